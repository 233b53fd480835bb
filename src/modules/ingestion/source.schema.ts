import { z } from 'zod';
import cron from 'node-cron';

export const sourceFormats = ['jobposting-json', 'jobposting-jsonld-html', 'csv', 'interchange-json', 'interchange-jsonl'] as const;
export type SourceFormat = (typeof sourceFormats)[number];

/** Formats read line by line from a streamed response, so a huge feed never sits in memory whole. */
export const streamedFormats: readonly SourceFormat[] = ['csv', 'interchange-jsonl'];

const sourceName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, "-" and "_", at most 63');
const headerName = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'an HTTP header name');

const isTimezone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const paginationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  /** Follows `rel="next"` in the Link header, or the URL found at `bodyPath` in a JSON body. */
  z.strictObject({ type: z.literal('next-link'), bodyPath: z.string().min(1).max(100).optional() }),
  z.strictObject({
    type: z.literal('page'),
    param: z.string().min(1).max(40).default('page'),
    firstPage: z.number().int().min(0).default(1),
    sizeParam: z.string().min(1).max(40).optional(),
  }),
  z.strictObject({
    type: z.literal('offset'),
    param: z.string().min(1).max(40).default('offset'),
    sizeParam: z.string().min(1).max(40).optional(),
  }),
]);
export type Pagination = z.infer<typeof paginationSchema>;

/** Network behaviour; defaults suit real feeds, tests shrink the delays. */
export const fetchPolicySchema = z.strictObject({
  timeoutMs: z.number().int().min(100).max(300_000).default(20_000),
  retries: z.number().int().min(0).max(10).default(4),
  backoffBaseMs: z.number().int().min(1).max(60_000).default(500),
  backoffMaxMs: z.number().int().min(1).max(600_000).default(60_000),
  maxBytes: z.number().int().min(1024).max(2_000_000_000).default(100_000_000),
  maxPages: z.number().int().min(1).max(100_000).default(10_000),
});
export type FetchPolicy = z.infer<typeof fetchPolicySchema>;

const sourceFields = {
  url: z.url({ protocol: /^https?$/ }),
  format: z.enum(sourceFormats),
  headers: z.record(headerName, z.string().max(2000)).default({}),
  /** Sent in `apiKeyHeader`; stored, never logged and never returned by the API. */
  apiKey: z.string().min(1).max(2000).optional(),
  apiKeyHeader: headerName.default('x-api-key'),
  /** Interchange field path (e.g. "location.comune") → source column or dotted JSON path. */
  fieldMapping: z.record(z.string().min(1).max(100), z.string().min(1).max(200)).default({}),
  /** Where the array of records sits in a JSON body (dotted path); the body itself when absent. */
  recordsPath: z.string().min(1).max(100).optional(),
  csvDelimiter: z.enum([',', ';', '\t', '|']).default(','),
  pagination: paginationSchema.default({ type: 'none' }),
  schedule: z.string().refine((s) => cron.validate(s), 'not a valid cron expression').default('0 */4 * * *'),
  timezone: z.string().refine(isTimezone, 'not an IANA time zone').default('Europe/Rome'),
  enabled: z.boolean().default(true),
  pageSize: z.number().int().min(1).max(10_000).default(100),
  requestsPerSecond: z.number().positive().max(100).default(2),
  missingRunsBeforeClose: z.number().int().min(1).max(100).default(3),
  failedRunsBeforePause: z.number().int().min(1).max(100).default(5),
  fetch: fetchPolicySchema.default(fetchPolicySchema.parse({})),
};

export const sourceInputSchema = z.strictObject({ name: sourceName, ...sourceFields });
export type SourceInput = z.input<typeof sourceInputSchema>;
export type SourceDefinition = z.output<typeof sourceInputSchema>;

/** PATCH body: any subset of fields; `paused: false` resumes a source paused after repeated failures. */
export const sourcePatchSchema = z
  .strictObject({
    url: sourceFields.url,
    format: sourceFields.format,
    headers: z.record(headerName, z.string().max(2000)),
    apiKey: z.string().min(1).max(2000).nullable(),
    apiKeyHeader: headerName,
    fieldMapping: z.record(z.string().min(1).max(100), z.string().min(1).max(200)),
    recordsPath: z.string().min(1).max(100).nullable(),
    csvDelimiter: z.enum([',', ';', '\t', '|']),
    pagination: paginationSchema,
    schedule: z.string().refine((s) => cron.validate(s), 'not a valid cron expression'),
    timezone: z.string().refine(isTimezone, 'not an IANA time zone'),
    enabled: z.boolean(),
    paused: z.literal(false),
    pageSize: sourceFields.pageSize,
    requestsPerSecond: sourceFields.requestsPerSecond,
    missingRunsBeforeClose: sourceFields.missingRunsBeforeClose,
    failedRunsBeforePause: sourceFields.failedRunsBeforePause,
    fetch: fetchPolicySchema,
  })
  .partial();
export type SourcePatch = z.output<typeof sourcePatchSchema>;

export const sourceNameParamsSchema = z.strictObject({ name: sourceName });
