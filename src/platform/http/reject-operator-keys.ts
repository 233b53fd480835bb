import type { RequestHandler } from 'express';
import { ValidationError, type FieldIssue } from '../errors.js';

const MAX_DEPTH = 32;

function findOperatorKeys(value: unknown, path: string[], found: FieldIssue[], depth = 0): void {
  if (found.length >= 20 || value === null || typeof value !== 'object') return;
  if (depth > MAX_DEPTH) {
    found.push({ path: path.join('.'), message: 'nested too deeply' });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('$') || key.includes('\u0000')) {
      found.push({ path: [...path, key].join('.'), message: 'keys starting with "$" are not allowed' });
    }
    findOperatorKeys(child, [...path, key], found, depth + 1);
  }
}

/**
 * Rejects `$`-prefixed keys anywhere in body or query, including inside free-form `extra` objects,
 * so no MongoDB operator can ever reach a query or be stored as a field name.
 */
export const rejectOperatorKeys: RequestHandler = (req, _res, next) => {
  const found: FieldIssue[] = [];
  findOperatorKeys(req.body, ['body'], found);
  findOperatorKeys(req.query, ['query'], found);
  if (found.length > 0) throw new ValidationError('Operator keys are not allowed', found);
  next();
};
