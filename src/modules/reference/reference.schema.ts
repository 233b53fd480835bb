import { z } from 'zod';

export const comuneSchema = z
  .object({
    istat: z.string().meta({ example: '015146' }),
    name: z.string().meta({ example: 'Milano' }),
    altName: z.string().optional(),
    cadastral: z.string(),
    postcode: z.string(),
    provinceCode: z.string(),
    provinceAbbrev: z.string(),
    regionCode: z.string(),
    region: z.string(),
    lat: z.number(),
    lon: z.number(),
    population: z.number(),
  })
  .meta({ id: 'Comune' });

export const provinceSchema = z
  .object({ code: z.string(), abbrev: z.string(), name: z.string(), regionCode: z.string(), region: z.string() })
  .meta({ id: 'Province' });

export const regionSchema = z.object({ code: z.string(), name: z.string() }).meta({ id: 'Region' });

export const permitReasonSchema = z
  .object({ code: z.string(), description: z.string(), active: z.boolean() })
  .meta({ id: 'PermitReason' });

export const cefrLevelSchema = z.object({ code: z.string(), rank: z.number(), description: z.string() }).meta({ id: 'CefrLevel' });

export const comuneSearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(80).optional().meta({ description: 'Name prefix; accents and case are ignored' }),
  province: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter province abbreviation')
    .transform((s) => s.toUpperCase())
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const itemsOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item) });
