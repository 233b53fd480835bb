import { toPage, type Page } from '../../platform/pagination.js';
import { afterCursor, updatedSince } from '../../platform/db/query-filters.js';
import { isDuplicateKeyError } from '../../platform/db/duplicate-key.js';
import { ConflictError } from '../../platform/errors.js';
import { insertManyReportingDuplicates } from '../../platform/db/insert-many-new.js';
import { EmployerModel, type EmployerDocument } from './employer.model.js';
import type { Employer, EmployerListQuery } from './employer.schema.js';

export type EmployerData = Omit<Employer, 'createdAt' | 'updatedAt'>;

function toEmployer(doc: EmployerDocument): Employer {
  const { _id, name, taxCode, taxCodeKind, ateco, sites, createdAt, updatedAt } = doc;
  return {
    id: _id,
    name,
    taxCode,
    taxCodeKind,
    ateco,
    sites: sites.map((s) => ({ ...(s.name ? { name: s.name } : {}), comune: s.comune })),
    createdAt,
    updatedAt,
  };
}

function conflictFrom(err: unknown, data: Pick<EmployerData, 'id' | 'taxCode'>): unknown {
  if (!isDuplicateKeyError(err)) return err;
  return new ConflictError('An employer with this id or tax code already exists', { reason: 'DUPLICATE_EMPLOYER', id: data.id, taxCode: data.taxCode });
}

export async function insertEmployer(data: EmployerData): Promise<Employer> {
  const { id, ...rest } = data;
  try {
    const created = await EmployerModel.create({ _id: id, ...rest });
    return toEmployer(created.toObject() as EmployerDocument);
  } catch (err) {
    throw conflictFrom(err, data);
  }
}

export async function replaceEmployerData(data: EmployerData): Promise<Employer | undefined> {
  const { id, ...rest } = data;
  try {
    const updated = await EmployerModel.findOneAndUpdate({ _id: id }, { $set: rest }, { returnDocument: 'after', runValidators: true }).lean<EmployerDocument>();
    return updated ? toEmployer(updated) : undefined;
  } catch (err) {
    throw conflictFrom(err, data);
  }
}

/** New employers in bulk; a tax code or id already taken is a conflict, as for one insert. */
export async function insertEmployers(data: EmployerData[]): Promise<void> {
  const refused = await insertManyReportingDuplicates(EmployerModel as never, data.map(({ id, ...rest }) => ({ _id: id, ...rest })));
  if (refused[0]) throw conflictFrom({ code: 11000 }, { id: refused[0]._id, taxCode: refused[0].taxCode });
}

/** Every employer in one read: on FerretDB each lookup by tax code is a collection scan, so bulk work decides in memory. */
export async function listAllEmployers(): Promise<Employer[]> {
  return (await EmployerModel.find().lean<EmployerDocument[]>()).map(toEmployer);
}

export async function findEmployerById(id: string): Promise<Employer | undefined> {
  const doc = await EmployerModel.findById(id).lean<EmployerDocument>();
  return doc ? toEmployer(doc) : undefined;
}

export async function findEmployerByTaxCode(taxCode: string): Promise<Employer | undefined> {
  const doc = await EmployerModel.findOne({ taxCode }).lean<EmployerDocument>();
  return doc ? toEmployer(doc) : undefined;
}

export async function listEmployers(query: EmployerListQuery): Promise<Page<Employer>> {
  const filter: Record<string, unknown> = { ...afterCursor(query.cursor, String), ...updatedSince(query.updatedSince) };
  if (query.province) filter['sites.comune.provinceAbbrev'] = query.province;
  const rows = await EmployerModel.find(filter).sort({ updatedAt: 1, _id: 1 }).limit(query.limit + 1).lean<EmployerDocument[]>();
  return toPage(rows.map(toEmployer), query.limit);
}

export async function countEmployers(): Promise<number> {
  return EmployerModel.countDocuments();
}
