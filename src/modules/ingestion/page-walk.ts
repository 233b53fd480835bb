import { PageCacheModel } from './page-cache.model.js';
import { PageFetcher } from './fetch/page-fetcher.js';
import type { FeedAddressGuard } from './fetch/feed-address-guard.js';
import { firstPageUrl, nextPageUrl } from './fetch/pagination.js';
import { parsePage } from './parse/page.parser.js';
import type { RawRecord } from './parse/raw-record.js';
import { processBatch, type BatchContext } from './record-batch.js';
import { saveRunProgress, type RunCheckpoint } from './run.repository.js';
import { SightingModel } from './sighting.model.js';
import { streamedFormats, type SourceDefinition } from './source.schema.js';

const BATCH_SIZE = 500;

async function* inBatches(records: AsyncIterable<RawRecord>, size: number): AsyncIterable<RawRecord[]> {
  let batch: RawRecord[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function requestHeaders(source: SourceDefinition): Record<string, string> {
  return { ...source.headers, ...(source.apiKey ? { [source.apiKeyHeader]: source.apiKey } : {}) };
}

interface PageResult {
  seen: string[];
  recordCount: number;
  linkNext?: string;
  nextFromBody?: string;
}

/** Fetches and processes one page; a 304 replays what the page listed last time, from the page cache. */
async function processPageAt(url: string, fetcher: PageFetcher, source: SourceDefinition, ctx: BatchContext): Promise<PageResult> {
  const cached = await PageCacheModel.findOne({ source: source.name, url }).lean();
  let clock = performance.now();
  const page = await fetcher.fetch({ url, headers: requestHeaders(source), stream: streamedFormats.includes(source.format), conditional: cached ? { etag: cached.etag ?? undefined, lastModified: cached.lastModified ?? undefined } : undefined });
  if (page.kind === 'not-modified' && cached) {
    ctx.timings.fetchMs += Math.round(performance.now() - clock);
    ctx.counts.fetched += cached.recordCount;
    ctx.counts.unchanged += cached.recordCount;
    return { seen: cached.externalIds, recordCount: cached.recordCount, nextFromBody: cached.next ?? undefined };
  }
  if (page.kind === 'not-modified') throw new Error(`feed answered 304 for ${url} without a cached copy`);
  const parsed = parsePage(page, source);
  const seen: string[] = [];
  let recordCount = 0;
  for await (const batch of inBatches(parsed.records, BATCH_SIZE)) {
    // Time spent waiting on the iterator is download and parse time: it counts as fetching.
    ctx.timings.fetchMs += Math.round(performance.now() - clock);
    recordCount += batch.length;
    seen.push(...(await processBatch(batch, ctx)));
    clock = performance.now();
  }
  ctx.timings.fetchMs += Math.round(performance.now() - clock);
  if (page.etag || page.lastModified) {
    const entry = { etag: page.etag, lastModified: page.lastModified, externalIds: seen, recordCount, next: parsed.nextFromBody ?? page.linkNext };
    await PageCacheModel.updateOne({ source: source.name, url }, { $set: entry }, { upsert: true });
  }
  return { seen, recordCount, linkNext: page.linkNext, nextFromBody: parsed.nextFromBody };
}

/**
 * Walks the feed page by page from `resume` (a crashed run's checkpoint) or the first page. After each
 * page the ids it listed are stored as sightings and the checkpoint moves on, so a killed process loses
 * at most the page in hand, which the next run fetches again and upserts idempotently.
 */
export async function walkPages(
  source: SourceDefinition,
  ctx: BatchContext,
  resume: RunCheckpoint | undefined,
  { shouldStop, guard }: { shouldStop: () => boolean; guard: FeedAddressGuard },
): Promise<void> {
  const fetcher = new PageFetcher(source.fetch, source.requestsPerSecond, guard);
  let url: string | undefined = resume?.url ?? firstPageUrl(source);
  for (let pageIndex = resume?.pageIndex ?? 0; url !== undefined; pageIndex += 1) {
    if (pageIndex >= source.fetch.maxPages) throw new Error(`more than ${source.fetch.maxPages} pages; raise fetch.maxPages if the feed is really that long`);
    if (shouldStop()) throw new Error('lease lost: another process took over this source');
    const result = await processPageAt(url, fetcher, source, ctx);
    await SightingModel.create({ source: source.name, seq: ctx.seq, runId: ctx.runId, pageIndex, externalIds: result.seen });
    ctx.counts.pages += 1;
    url = nextPageUrl(source, { pageIndex, url, ...result });
    await saveRunProgress(ctx.runId, ctx.counts, ctx.timings, url ? { pageIndex: pageIndex + 1, url } : undefined);
  }
}
