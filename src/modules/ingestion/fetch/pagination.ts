import type { SourceDefinition } from '../source.schema.js';

type PagedSource = Pick<SourceDefinition, 'url' | 'pagination' | 'pageSize'>;

export interface PageOutcome {
  pageIndex: number;
  url: string;
  recordCount: number;
  linkNext?: string;
  nextFromBody?: string;
}

function withParams(url: string, params: Record<string, string | number>): string {
  const parsed = new URL(url);
  for (const [key, value] of Object.entries(params)) parsed.searchParams.set(key, String(value));
  return parsed.toString();
}

/** The URL of page `index` for page/offset pagination, including the page-size parameter when named. */
function numberedPageUrl(source: PagedSource, index: number): string {
  const p = source.pagination;
  if (p.type !== 'page' && p.type !== 'offset') return source.url;
  const position = p.type === 'page' ? p.firstPage + index : index * source.pageSize;
  const size = p.sizeParam ? { [p.sizeParam]: source.pageSize } : {};
  return withParams(source.url, { [p.param]: position, ...size });
}

export function firstPageUrl(source: PagedSource): string {
  return numberedPageUrl(source, 0);
}

/**
 * The next page to fetch, or undefined when the feed is exhausted. Numbered pages stop at the first
 * short page, so a feed that ignores the page parameter cannot loop forever on its first page.
 */
export function nextPageUrl(source: PagedSource, outcome: PageOutcome): string | undefined {
  const p = source.pagination;
  if (p.type === 'none') return undefined;
  if (p.type === 'next-link') {
    const next = outcome.nextFromBody ?? outcome.linkNext;
    return next ? new URL(next, outcome.url).toString() : undefined;
  }
  if (outcome.recordCount === 0 || outcome.recordCount < source.pageSize) return undefined;
  return numberedPageUrl(source, outcome.pageIndex + 1);
}
