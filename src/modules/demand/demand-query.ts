import { z } from 'zod';
import type { AreaDemand } from './demand.types.js';

export const demandQuerySchema = z.strictObject({
  province: z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter province code such as TO').transform((s) => s.toUpperCase()).optional(),
  region: z.string().regex(/^\d{2}$/, 'a two-digit ISTAT region code such as 01').optional(),
  occupation: z.url().max(300).optional(),
  skill: z.url().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  figures: z.coerce.number().int().min(0).max(100).default(8),
}).refine((q) => !(q.province && q.region), { message: 'give a province or a region, not both' });
export type DemandQuery = z.output<typeof demandQuerySchema>;

/** Narrows an area's tables to one occupation or skill when asked, and to the first `limit` rows. */
export function filterAreaDemand(area: AreaDemand, query: Pick<DemandQuery, 'occupation' | 'skill' | 'limit'>): AreaDemand {
  const pick = <R extends { key: string }>(rows: R[], key: string | undefined): R[] => (key ? rows.filter((r) => r.key === key) : rows).slice(0, query.limit);
  const onlyOne = query.occupation !== undefined || query.skill !== undefined;
  return {
    ...area,
    occupations: onlyOne && !query.occupation ? [] : pick(area.occupations, query.occupation),
    skills: onlyOne && !query.skill ? [] : pick(area.skills, query.skill),
    isco: onlyOne ? [] : area.isco.slice(0, query.limit),
    employersToContact: area.employersToContact.slice(0, query.limit),
  };
}
