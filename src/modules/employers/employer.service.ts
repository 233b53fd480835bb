import { Types } from 'mongoose';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import type { Page } from '../../platform/pagination.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { resolvePlaceOrThrow } from '../reference/place-resolution.js';
import * as repository from './employer.repository.js';
import type { EmployerData } from './employer.repository.js';
import type { Employer, EmployerInput, EmployerListQuery, EmployerPatch } from './employer.schema.js';
import { taxCodeKind } from './tax-code.js';

export type EmployerService = ReturnType<typeof createEmployerService>;
export type EmployerUpsertOutcome = 'created' | 'updated' | 'unchanged';

/** Use cases of employers: sector checked against ATECO, every site resolved to a comune. */
export function createEmployerService(reference: ReferenceData) {
  function toEmployerData(id: string, input: Omit<EmployerInput, 'id'>): EmployerData {
    if (!reference.isAtecoCode(input.ateco)) {
      throw new ValidationError('Unknown ATECO code', [{ path: 'ateco', message: `"${input.ateco}" is not an ATECO 2007 code` }]);
    }
    const sites = input.sites.map((site, index) => ({
      ...(site.name ? { name: site.name } : {}),
      comune: resolvePlaceOrThrow(reference, site.comune, `sites.${index}.comune`),
    }));
    // The schema has already refused codes whose check character is wrong.
    return { id, name: input.name, taxCode: input.taxCode, taxCodeKind: taxCodeKind(input.taxCode) ?? 'company', ateco: input.ateco, sites };
  }

  async function getEmployer(id: string): Promise<Employer> {
    const employer = await repository.findEmployerById(id);
    if (!employer) throw new NotFoundError('Employer', id);
    return employer;
  }

  async function replaceEmployer(id: string, input: EmployerInput): Promise<Employer> {
    if (input.id !== undefined && input.id !== id) {
      throw new ValidationError('Id mismatch', [{ path: 'id', message: 'must match the id in the path' }]);
    }
    const updated = await repository.replaceEmployerData(toEmployerData(id, input));
    if (!updated) throw new NotFoundError('Employer', id);
    return updated;
  }

  async function patchEmployer(id: string, patch: EmployerPatch): Promise<Employer> {
    const current = await getEmployer(id);
    const sites = patch.sites ?? current.sites.map((s) => ({ ...(s.name ? { name: s.name } : {}), comune: s.comune.istat }));
    return replaceEmployer(id, { name: patch.name ?? current.name, taxCode: patch.taxCode ?? current.taxCode, ateco: patch.ateco ?? current.ateco, sites });
  }

  /** Stored (with timestamps) or pending (without) data against new data, timestamps aside. */
  const sameData = ({ createdAt: _c, updatedAt: _u, ...current }: EmployerData & Partial<Pick<Employer, 'createdAt' | 'updatedAt'>>, data: EmployerData) =>
    JSON.stringify(current) === JSON.stringify(data);

  /** Seeding and bulk import: keyed by tax code, rewritten only when something differs. */
  async function upsertEmployerByTaxCode(input: EmployerInput): Promise<EmployerUpsertOutcome> {
    const existing = await repository.findEmployerByTaxCode(input.taxCode);
    if (!existing) {
      await repository.insertEmployer(toEmployerData(input.id ?? new Types.ObjectId().toHexString(), input));
      return 'created';
    }
    const data = toEmployerData(existing.id, input);
    if (sameData(existing, data)) return 'unchanged';
    await repository.replaceEmployerData(data);
    return 'updated';
  }

  /**
   * The same decisions as upsertEmployerByTaxCode, line by line in order, but over one read of every employer and
   * one bulk insert: per line, a lookup by tax code would cost a collection scan on FerretDB.
   */
  async function upsertEmployersByTaxCode(inputs: EmployerInput[]): Promise<Record<EmployerUpsertOutcome, number>> {
    const known = new Map((await repository.listAllEmployers()).map((e) => [e.taxCode, e]));
    const fresh = new Map<string, EmployerData>();
    const changed = new Map<string, EmployerData>();
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const input of inputs) {
      const code = input.taxCode;
      const pending = fresh.get(code) ?? changed.get(code);
      const existing = known.get(code);
      const current = pending ?? existing;
      if (!current) {
        fresh.set(code, toEmployerData(input.id ?? new Types.ObjectId().toHexString(), input));
        counts.created += 1;
        continue;
      }
      const data = toEmployerData(current.id, input);
      const same = sameData(current, data);
      counts[same ? 'unchanged' : 'updated'] += 1;
      if (!same) (fresh.has(code) ? fresh : changed).set(code, data);
    }
    await repository.insertEmployers([...fresh.values()]);
    for (const data of changed.values()) await repository.replaceEmployerData(data);
    return counts;
  }

  return {
    createEmployer: (input: EmployerInput): Promise<Employer> =>
      repository.insertEmployer(toEmployerData(input.id ?? new Types.ObjectId().toHexString(), input)),
    getEmployer,
    replaceEmployer,
    patchEmployer,
    upsertEmployerByTaxCode,
    upsertEmployersByTaxCode,
    listAllEmployers: repository.listAllEmployers,
    listEmployers: (query: EmployerListQuery): Promise<Page<Employer>> => repository.listEmployers(query),
    findEmployerById: repository.findEmployerById,
    findEmployerByTaxCode: repository.findEmployerByTaxCode,
    countEmployers: repository.countEmployers,
  };
}
