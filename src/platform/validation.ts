import type { z } from 'zod';
import { ValidationError, type FieldIssue } from './errors.js';

const joinPath = (path: PropertyKey[]): string => path.map(String).join('.') || '(root)';

/** One issue per field; an unknown key is reported at its own path so the client sees which field to drop. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: 'unknown field' }))
      : [{ path: joinPath(issue.path), message: issue.message }],
  );
}

/** Parses untrusted input and keeps the parsed value; throws a ValidationError with field-level messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(`Invalid ${what}`, toFieldIssues(result.error));
  return result.data;
}
