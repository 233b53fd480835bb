/**
 * One record as it came out of a feed page: the untouched payload (kept for quarantine, so staff see
 * exactly what the publisher sent) and the candidate interchange record mapped from it.
 */
export interface RawRecord {
  raw: unknown;
  candidate?: unknown;
  /** Set when the record could not even be read (a malformed JSON line, a CSV row with a broken quote). */
  readError?: string;
}

export interface ParsedPage {
  records: AsyncIterable<RawRecord>;
  /** A next-page URL found in the body (for next-link pagination with `bodyPath`). */
  nextFromBody?: string;
}

export class MalformedPageError extends Error {
  override name = 'MalformedPageError';
}
