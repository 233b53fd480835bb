import axios, { AxiosError, type AxiosResponse } from 'axios';
import type { Readable } from 'node:stream';
import type { FetchPolicy } from '../source.schema.js';
import { FeedAddressRefusedError, type FeedAddressGuard } from './feed-address-guard.js';
import { backoffDelayMs, isRetryableStatus, parseRetryAfterMs, RequestPacer, sleep } from './backoff.js';

export interface ConditionalHeaders {
  etag?: string;
  lastModified?: string;
}

export interface PageRequest {
  url: string;
  headers: Record<string, string>;
  conditional?: ConditionalHeaders;
  stream: boolean;
}

interface PageMeta {
  url: string;
  attempts: number;
  etag?: string;
  lastModified?: string;
  linkNext?: string;
}

export type PageResponse =
  | ({ kind: 'not-modified' } & PageMeta)
  | ({ kind: 'text'; text: string; contentType: string } & PageMeta)
  | ({ kind: 'stream'; stream: Readable; contentType: string } & PageMeta);

export class FeedFetchError extends Error {
  override name = 'FeedFetchError';
  constructor(
    message: string,
    readonly url: string,
    readonly attempts: number,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The guard's refusal behind the HTTP client's wrapping (redirect and connection errors carry it as `cause`). */
function refusalIn(err: unknown): FeedAddressRefusedError | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (e instanceof FeedAddressRefusedError) return e;
  }
  return undefined;
}

/**
 * Fetches feed pages with timeouts, bounded retries, Retry-After, conditional requests and a size cap, and only
 * from public addresses (or allow-listed hosts): feed URLs come from users, so they must not reach internal services.
 */
export class PageFetcher {
  private readonly pacer: RequestPacer;
  constructor(
    private readonly policy: FetchPolicy,
    requestsPerSecond: number,
    private readonly guard: FeedAddressGuard,
  ) {
    this.pacer = new RequestPacer(requestsPerSecond);
  }

  async fetch(request: PageRequest): Promise<PageResponse> {
    this.guard.assertUrl(request.url);
    for (let attempt = 0; ; attempt += 1) {
      await this.pacer.wait();
      try {
        return toPageResponse(await this.send(request), request.url, attempt + 1);
      } catch (err) {
        const refusal = refusalIn(err);
        if (refusal) throw refusal;
        const status = err instanceof AxiosError ? err.response?.status : undefined;
        const retryable = isRetryableStatus(status) && !isSizeLimit(err);
        if (!retryable || attempt >= this.policy.retries) throw toFetchError(err, request.url, attempt + 1, status);
        const retryAfter = err instanceof AxiosError ? parseRetryAfterMs(err.response?.headers['retry-after']) : undefined;
        await sleep(Math.min(retryAfter ?? backoffDelayMs(attempt, this.policy), this.policy.backoffMaxMs));
      }
    }
  }

  private send(request: PageRequest): Promise<AxiosResponse> {
    const headers: Record<string, string> = { accept: 'application/json, application/ld+json, text/html, text/csv, */*', ...request.headers };
    if (request.conditional?.etag) headers['if-none-match'] = request.conditional.etag;
    if (request.conditional?.lastModified) headers['if-modified-since'] = request.conditional.lastModified;
    return axios.get(request.url, {
      headers,
      timeout: this.policy.timeoutMs,
      maxContentLength: this.policy.maxBytes,
      maxRedirects: 5,
      lookup: this.guard.lookup,
      beforeRedirect: (options: { hostname?: string }) => this.guard.assertHost(options.hostname ?? ''),
      responseType: request.stream ? 'stream' : 'text',
      // Keep the raw text: JSON is parsed by the format parser, which reports a malformed body properly.
      transformResponse: (data: unknown) => data,
      validateStatus: (status) => (status >= 200 && status < 300) || status === 304,
    });
  }
}

function isSizeLimit(err: unknown): boolean {
  return err instanceof AxiosError && /maxContentLength/.test(err.message);
}

function toFetchError(err: unknown, url: string, attempts: number, status?: number): FeedFetchError {
  const reason = err instanceof AxiosError ? (err.code ?? 'HTTP_ERROR') : err instanceof Error ? err.name : 'ERROR';
  const detail = status ? `HTTP ${status}` : err instanceof Error ? err.message : String(err);
  return new FeedFetchError(`${reason}: ${detail} after ${attempts} attempt(s)`, url, attempts, status);
}

function header(response: AxiosResponse, name: string): string | undefined {
  const value: unknown = response.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The URL with rel="next" in an RFC 8288 Link header, resolved against the page URL. */
export function parseLinkNext(link: string | undefined, baseUrl: string): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (match?.[2] && /rel="?[^"]*\bnext\b/i.test(match[2])) return new URL(match[1]!, baseUrl).toString();
  }
  return undefined;
}

function toPageResponse(response: AxiosResponse, url: string, attempts: number): PageResponse {
  const meta: PageMeta = {
    url,
    attempts,
    etag: header(response, 'etag'),
    lastModified: header(response, 'last-modified'),
    linkNext: parseLinkNext(header(response, 'link'), url),
  };
  if (response.status === 304) return { kind: 'not-modified', ...meta };
  const contentType = header(response, 'content-type') ?? '';
  if (typeof response.data === 'string') return { kind: 'text', text: response.data, contentType, ...meta };
  return { kind: 'stream', stream: response.data as Readable, contentType, ...meta };
}
