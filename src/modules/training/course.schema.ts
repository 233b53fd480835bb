import { z } from 'zod';

export const courseKinds = ['vocational', 'italian-language', 'workplace-safety', 'digital', 'soft-skills', 'licence'] as const;
export const fundingLines = ['FSE+', 'FAMI', 'GOL', 'regional', 'private', 'none'] as const;
const cefr = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const courseFields = {
  provider: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  kind: z.enum(courseKinds),
  /** ESCO skill URIs the course teaches. */
  skills: z.array(z.url().max(300)).max(100).default([]),
  location: z.strictObject({
    /** ISTAT code or name; required unless the course is online. */
    comune: z.string().trim().min(1).max(100).optional(),
    online: z.boolean().default(false),
  }),
  startDate: isoDate,
  endDate: isoDate,
  hours: z.number().int().min(1).max(3000),
  hoursPerWeek: z.number().min(1).max(60).optional(),
  /** Language of instruction (ISO 639-1). */
  language: z.string().min(2).max(3).default('it'),
  minItalianLevel: cefr.optional(),
  /** Italian-language courses (CPIA): the level reached at the end. */
  italianLevelTaught: cefr.optional(),
  seats: z.number().int().min(0).max(10_000),
  costEur: z.number().min(0).max(100_000).default(0),
  funding: z.enum(fundingLines),
  url: z.url().max(500).optional(),
};

type CourseShape = { startDate: string; endDate: string; kind: string; italianLevelTaught?: string; location: { online: boolean; comune?: string } };

function checkCourse(course: CourseShape, ctx: z.RefinementCtx): void {
  if (course.endDate < course.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'ends before it starts' });
  if (!course.location.online && !course.location.comune) ctx.addIssue({ code: 'custom', path: ['location', 'comune'], message: 'a comune is required unless the course is online' });
  if (course.kind === 'italian-language' && !course.italianLevelTaught) {
    ctx.addIssue({ code: 'custom', path: ['italianLevelTaught'], message: 'Italian-language courses state the level they teach' });
  }
}

export const courseIdSchema = z.string().min(1).max(120).regex(/^[\w.:-]+$/, 'letters, digits, _ . : - only');
export const courseBodySchema = z.strictObject(courseFields).superRefine(checkCourse);
export const courseInputSchema = z.strictObject({ id: courseIdSchema, ...courseFields }).superRefine(checkCourse);
export type CourseInput = z.output<typeof courseInputSchema>;

export const courseParamsSchema = z.strictObject({ id: courseIdSchema });

export const courseListQuerySchema = z.strictObject({
  province: z.string().regex(/^[A-Za-z]{2}$/).transform((s) => s.toUpperCase()).optional(),
  skill: z.url().optional(),
  kind: z.enum(courseKinds).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const courseImportSchema = z.strictObject({
  format: z.enum(['json', 'jsonl', 'csv']),
  /** The file's content: a JSON array, JSON Lines or CSV with a header row. */
  content: z.string().min(1).max(5_000_000),
});

export const courseFeedSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  format: z.enum(['json', 'jsonl', 'csv']),
});
