import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Logger } from '../../platform/logger.js';
import { parseLabourFlowsCsv } from './external-figures.js';
import { countExternalFigures } from './demand.repository.js';
import type { DemandService } from './demand.service.js';

export const LABOUR_FLOWS_SOURCE = 'Ministero del Lavoro, comunicazioni obbligatorie (golDatasets)';
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds/demand/labour-flows-regional-quarterly.csv.gz');

/** Loads the shipped regional hiring flows once; later seeds leave them as they are. */
export async function seedLabourFlows(demand: DemandService, logger: Logger): Promise<number> {
  if ((await countExternalFigures(LABOUR_FLOWS_SOURCE)) > 0) return 0;
  const parsed = parseLabourFlowsCsv(gunzipSync(readFileSync(file)).toString('utf8'), LABOUR_FLOWS_SOURCE);
  if (parsed.errors.length > 0) logger.warn({ errors: parsed.errors.length }, 'seed: some labour-flow rows were not readable');
  const stored = await demand.importFigures(parsed.figures);
  logger.info({ figures: stored }, 'seed: regional hiring flows loaded');
  return stored;
}
