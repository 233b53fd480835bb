import mongoose from 'mongoose';
import { AreaDemandModel, ExternalFigureModel, type AreaDemandDocument, type ExternalFigureDocument } from './demand.model.js';
import type { AreaDemand, AreaScope } from './demand.types.js';
import { externalFigureId, type ExternalFigure } from './external-figures.js';
import { bulkWriteInChunks } from '../../platform/db/chunked-bulk-write.js';

const areaId = (scope: AreaScope, code: string): string => `${scope}:${code}`;

function toAreaDemand(doc: AreaDemandDocument): AreaDemand {
  const { scope, code, asOf, activeVacancies, candidates, occupations, isco, skills, employersToContact } = doc;
  return { scope: scope as AreaScope, code, asOf, activeVacancies, candidates, occupations, isco, skills, employersToContact } as AreaDemand;
}

/** Replaces each area's table whole (one document each), then drops areas that no longer have vacancies. */
export async function saveAreaDemand(areas: readonly AreaDemand[], refreshedAt: Date): Promise<void> {
  if (areas.length > 0) {
    await bulkWriteInChunks(
      AreaDemandModel,
      areas.map((a) => ({ replaceOne: { filter: { _id: areaId(a.scope, a.code) }, replacement: { _id: areaId(a.scope, a.code), ...a, refreshedAt }, upsert: true } })),
    );
  }
  const keep = new Set(areas.map((a) => areaId(a.scope, a.code)));
  const stale = (await AreaDemandModel.find({}, { _id: 1 }).lean()).map((d) => d._id).filter((id) => !keep.has(id));
  if (stale.length > 0) await AreaDemandModel.deleteMany({ _id: mongoose.trusted({ $in: stale }) });
}

export async function findAreaDemand(scope: AreaScope, code: string): Promise<(AreaDemand & { refreshedAt: Date }) | undefined> {
  const doc = await AreaDemandModel.findById(areaId(scope, code)).lean<AreaDemandDocument>();
  return doc ? { ...toAreaDemand(doc), refreshedAt: doc.refreshedAt } : undefined;
}

export async function listAreaDemand(): Promise<AreaDemand[]> {
  return (await AreaDemandModel.find({}).lean<AreaDemandDocument[]>()).map(toAreaDemand);
}

/**
 * Idempotent: the id is derived from source, period, area and indicator, so a re-import replaces.
 * New ids go in with insertMany: on FerretDB an upsert that inserts costs tens of milliseconds.
 */
export async function upsertExternalFigures(figures: readonly ExternalFigure[], importedAt = new Date()): Promise<number> {
  if (figures.length === 0) return 0;
  const documents = figures.map((f) => ({ _id: externalFigureId(f), ...f, importedAt }));
  const existing = new Set((await ExternalFigureModel.find({ source: mongoose.trusted({ $in: [...new Set(figures.map((f) => f.source))] }) }, { _id: 1 }).lean()).map((d) => d._id));
  const fresh = documents.filter((d) => !existing.has(d._id));
  const known = documents.filter((d) => existing.has(d._id));
  if (fresh.length > 0) await ExternalFigureModel.insertMany(fresh, { ordered: false });
  if (known.length > 0) {
    await bulkWriteInChunks(ExternalFigureModel, known.map((d) => ({ replaceOne: { filter: { _id: d._id }, replacement: d, upsert: true } })));
  }
  return figures.length;
}

export async function listExternalFigures(filter: { scope?: string; area?: string; source?: string }): Promise<ExternalFigure[]> {
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(filter)) if (v !== undefined) query[k] = v;
  const docs = await ExternalFigureModel.find(query).sort({ periodStart: -1, indicator: 1 }).limit(500).lean<ExternalFigureDocument[]>();
  return docs.map(({ source, period, periodStart, scope, area, indicator, value, sector, occupation }) => ({
    source, period, scope: scope as ExternalFigure['scope'], area, indicator, value,
    ...(periodStart ? { periodStart } : {}), ...(sector ? { sector } : {}), ...(occupation ? { occupation } : {}),
  }));
}

export async function countExternalFigures(source: string): Promise<number> {
  return ExternalFigureModel.countDocuments({ source });
}

export async function countAreaDemand(): Promise<number> {
  return AreaDemandModel.countDocuments();
}
