import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Logger } from '../../platform/logger.js';
import { findSeedsDir } from '../reference/reference-seeds.js';
import { InterventionModel } from './intervention.model.js';
import { buildDemoInterventions, type DemoCandidateLine } from './demo-interventions.js';

/**
 * Inserts the demo service history for the demo candidates. Idempotent: ids are stable, and ids
 * already stored are skipped (insertMany of the rest, since an upsert per row is slow on FerretDB).
 */
export async function seedDemoInterventions(logger: Logger, file = path.join(findSeedsDir(), 'demo', 'candidates.jsonl.gz')): Promise<number> {
  if (!existsSync(file)) return 0;
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter((l) => l.length > 0);
  // Demo seeds are our own generated file; a malformed line is a build bug and should fail loudly.
  const recordedAt = new Date('2026-11-30T00:00:00Z');
  const interventions = lines.flatMap((line) => buildDemoInterventions(JSON.parse(line) as DemoCandidateLine, recordedAt));
  const existing = new Set((await InterventionModel.find({}, { _id: 1 }).lean()).map((doc) => String(doc._id)));
  const fresh = interventions.filter((i) => !existing.has(i.id)).map(({ id, ...fields }) => ({ _id: id, ...fields }));
  if (fresh.length > 0) await InterventionModel.insertMany(fresh, { ordered: false });
  logger.info({ inserted: fresh.length, total: interventions.length }, 'seed: demo interventions ready');
  return fresh.length;
}
