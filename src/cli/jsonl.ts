import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/**
 * Runs `handle` over each JSON line of `input` and writes one output line per input line, in order.
 * A malformed line, or one whose handler throws, becomes {"id", "error"} and the run goes on.
 */
export async function mapJsonLines(
  input: Readable,
  output: Writable,
  handle: (value: unknown) => unknown | Promise<unknown>,
): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  for await (const line of rl) {
    if (line.trim() === '') continue;
    lines += 1;
    let id: unknown = null;
    let result: unknown;
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === 'object' && 'id' in value) id = (value as { id: unknown }).id;
      result = await handle(value);
    } catch (err) {
      errors += 1;
      result = { id, error: err instanceof Error ? err.message : String(err) };
    }
    if (!output.write(`${JSON.stringify(result)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return { lines, errors };
}
