import type { z } from 'zod';
import { ValidationError, type FieldIssue } from './errors.js';

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/** Parses untrusted input and keeps the parsed value; throws a ValidationError with field-level messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(`Invalid ${what}`, toFieldIssues(result.error));
  return result.data;
}
