import type { Request } from 'express';
import type { z } from 'zod';
import { parseOrThrow } from '../validation.js';

/** Typed accessors that parse one part of a request with zod and return the parsed value. */
export const parseBody = <S extends z.ZodType>(req: Request, schema: S): z.output<S> => parseOrThrow(schema, req.body ?? {}, 'request body');
export const parseQuery = <S extends z.ZodType>(req: Request, schema: S): z.output<S> => parseOrThrow(schema, req.query, 'query');
export const parseParams = <S extends z.ZodType>(req: Request, schema: S): z.output<S> => parseOrThrow(schema, req.params, 'path parameters');
