import { Readable } from 'node:stream';
import type { PageResponse } from '../fetch/page-fetcher.js';
import type { SourceDefinition } from '../source.schema.js';
import { parseCsvStream } from './csv.parser.js';
import { collectJobPostings, mapJobPosting } from './jobposting.mapper.js';
import { extractJsonLd } from './jsonld-html.parser.js';
import { parseJsonLinesStream } from './jsonl.parser.js';
import { isPlainObject, readPath } from './object-path.js';
import { MalformedPageError, type ParsedPage, type RawRecord } from './raw-record.js';

type ParserSource = Pick<SourceDefinition, 'format' | 'fieldMapping' | 'recordsPath' | 'csvDelimiter' | 'pagination'>;
type BodyPage = Exclude<PageResponse, { kind: 'not-modified' }>;

async function* fromArray(records: RawRecord[]): AsyncIterable<RawRecord> {
  yield* records;
}

function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    // Truncated and malformed bodies land here; the page fails and the run says so (nothing is closed).
    throw new MalformedPageError(`body is not valid JSON (${text.length} bytes): ${(err as Error).message.slice(0, 120)}`);
  }
}

/** The records array of a JSON body: at `recordsPath`, or the body when it is an array or a single record. */
function recordsOf(body: unknown, recordsPath: string | undefined): unknown[] {
  const located = recordsPath ? readPath(body, recordsPath) : body;
  if (Array.isArray(located)) return located;
  if (recordsPath && located === undefined) throw new MalformedPageError(`no array at "${recordsPath}"`);
  return located === undefined || located === null ? [] : [located];
}

function nextLinkFromBody(body: unknown, source: ParserSource): string | undefined {
  if (source.pagination.type !== 'next-link' || !source.pagination.bodyPath) return undefined;
  const next = readPath(body, source.pagination.bodyPath);
  return typeof next === 'string' && next !== '' ? next : undefined;
}

function jobPostingRecords(values: unknown[], source: ParserSource): RawRecord[] {
  return values.flatMap((value): RawRecord[] => {
    const postings = collectJobPostings(value);
    // A node that is not a JobPosting at all is still the publisher's record: quarantine it, do not drop it.
    if (postings.length === 0 && isPlainObject(value) && !('@graph' in value)) return [{ raw: value, readError: 'not a schema.org JobPosting' }];
    return postings.map((posting) => ({ raw: posting, candidate: mapJobPosting(posting, source.fieldMapping) }));
  });
}

function parseTextPage(text: string, source: ParserSource): ParsedPage {
  if (source.format === 'jobposting-jsonld-html') {
    const { values, malformed } = extractJsonLd(text);
    const broken: RawRecord[] = malformed.map((raw) => ({ raw, readError: 'malformed JSON-LD block' }));
    return { records: fromArray([...broken, ...jobPostingRecords(values, source)]) };
  }
  const body = parseJsonBody(text);
  const items = recordsOf(body, source.recordsPath);
  const records: RawRecord[] =
    source.format === 'jobposting-json' ? jobPostingRecords(items, source) : items.map((item) => ({ raw: item, candidate: item }));
  return { records: fromArray(records), nextFromBody: nextLinkFromBody(body, source) };
}

/** Turns one fetched page into records according to the source's format. */
export function parsePage(page: BodyPage, source: ParserSource): ParsedPage {
  const stream = page.kind === 'stream' ? page.stream : Readable.from([page.text]);
  if (source.format === 'csv') return { records: parseCsvStream(stream, source.csvDelimiter, source.fieldMapping) };
  if (source.format === 'interchange-jsonl') return { records: parseJsonLinesStream(stream) };
  if (page.kind === 'stream') throw new MalformedPageError(`format ${source.format} is not read as a stream`);
  return parseTextPage(page.text, source);
}
