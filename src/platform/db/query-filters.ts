import mongoose from 'mongoose';
import type { CursorPosition } from '../pagination.js';

/**
 * Operators we build ourselves, marked trusted: the connection runs with sanitizeFilter, which would
 * otherwise neutralise every `$gt` in a filter, ours included.
 */
export function afterCursor<Id>(position: CursorPosition | undefined, toId: (id: string) => Id): Record<string, unknown> {
  if (!position) return {};
  return {
    $or: [
      { updatedAt: mongoose.trusted({ $gt: position.updatedAt }) },
      { updatedAt: position.updatedAt, _id: mongoose.trusted({ $gt: toId(position.id) }) },
    ],
  };
}

export function updatedSince(since: string | undefined): Record<string, unknown> {
  return since ? { updatedAt: mongoose.trusted({ $gte: new Date(since) }) } : {};
}
