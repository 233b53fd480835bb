import type { Logger } from '../../platform/logger.js';
import { defaultTaxonomyDir, loadTaxonomySnapshot } from './taxonomy.loader.js';
import { taxonomySeedKey } from './taxonomy.snapshot.js';
import { upsertTaxonomy } from './taxonomy.repository.js';

/** The seed step for the shipped taxonomy: skipped in milliseconds when the stored seed key matches. */
export async function seedTaxonomy(logger: Logger, dir = defaultTaxonomyDir): Promise<void> {
  const started = Date.now();
  const outcome = await upsertTaxonomy(taxonomySeedKey(dir), () => loadTaxonomySnapshot(dir).data, logger);
  logger.info({ outcome, ms: Date.now() - started }, 'seed: taxonomy');
}
