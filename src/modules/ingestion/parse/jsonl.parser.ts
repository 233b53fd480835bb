import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { RawRecord } from './raw-record.js';

/** Streams JSON Lines; a malformed line is quarantined with its text and the rest of the feed goes on. */
export async function* parseJsonLinesStream(input: Readable): AsyncIterable<RawRecord> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  input.on('error', (err) => lines.emit('error', err));
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      yield { raw: value, candidate: value };
    } catch {
      yield { raw: line.slice(0, 100_000), readError: 'malformed JSON line' };
    }
  }
}
