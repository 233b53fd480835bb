import { z } from 'zod';

/**
 * Opaque cursors over (updatedAt, id): a page continues strictly after the last record seen, so
 * records written while a client pages through move to the end instead of being skipped.
 */
export interface CursorPosition {
  updatedAt: Date;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.updatedAt.toISOString(), position.id])).toString('base64url');
}

const cursorTuple = z.tuple([z.iso.datetime(), z.string().min(1).max(200)]);

function decodeCursor(cursor: string): CursorPosition | undefined {
  try {
    const parsed = cursorTuple.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { updatedAt: new Date(parsed.data[0]), id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}

export const cursorParam = z
  .string()
  .max(400)
  .transform((value, ctx) => {
    const position = decodeCursor(value);
    if (!position) ctx.addIssue({ code: 'custom', message: 'is not a cursor returned by this API' });
    return position ?? z.NEVER;
  })
  .meta({ description: 'nextCursor of the previous page', override: { type: 'string' } });

export const limitParam = z.coerce.number().int().min(1).max(100).default(20);
export const updatedSinceParam = z.iso.datetime({ offset: true, message: 'must be an ISO date-time such as 2026-12-01T00:00:00Z' });

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Given limit+1 rows in (updatedAt, id) order, keeps `limit` and points the cursor after the last one. */
export function toPage<T extends { id: string; updatedAt: Date }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

export const pageSchemaOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
