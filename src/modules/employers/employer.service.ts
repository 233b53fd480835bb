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

  /** Seeding and bulk import: keyed by tax code, rewritten only when something differs. */
  async function upsertEmployerByTaxCode(input: EmployerInput): Promise<EmployerUpsertOutcome> {
    const existing = await repository.findEmployerByTaxCode(input.taxCode);
    if (!existing) {
      await repository.insertEmployer(toEmployerData(input.id ?? new Types.ObjectId().toHexString(), input));
      return 'created';
    }
    const data = toEmployerData(existing.id, input);
    const { createdAt: _c, updatedAt: _u, ...current } = existing;
    if (JSON.stringify(current) === JSON.stringify(data)) return 'unchanged';
    await repository.replaceEmployerData(data);
    return 'updated';
  }

  return {
    createEmployer: (input: EmployerInput): Promise<Employer> =>
      repository.insertEmployer(toEmployerData(input.id ?? new Types.ObjectId().toHexString(), input)),
    getEmployer,
    replaceEmployer,
    patchEmployer,
    upsertEmployerByTaxCode,
    listEmployers: (query: EmployerListQuery): Promise<Page<Employer>> => repository.listEmployers(query),
    findEmployerById: repository.findEmployerById,
    findEmployerByTaxCode: repository.findEmployerByTaxCode,
    countEmployers: repository.countEmployers,
  };
}
