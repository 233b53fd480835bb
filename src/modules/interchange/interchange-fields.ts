import { z } from 'zod';
import { cefrLevels } from '../reference/reference.types.js';

/**
 * Field schemas shared by the Vacancy and Candidate interchange records (CONTRACTS.md §1). Pure zod:
 * the API, bulk import, ingestion and the CLI all parse with them, so nothing here touches a database.
 */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Intl throws on malformed codes; the regex check beside it already reports those. */
const isKnown = (names: Intl.DisplayNames, code: string): boolean => {
  try {
    return names.of(code) !== undefined;
  } catch {
    return false;
  }
};

export const recordId = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^\P{Cc}+$/u, 'must not contain control characters');

export const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

export const isoDate = z.iso.date('must be a real calendar date as YYYY-MM-DD');

export const languageCode = z
  .string()
  .regex(/^[a-z]{2}$/, { message: 'must be a lowercase ISO 639-1 code such as "it"', abort: true })
  .refine((code) => isKnown(languageNames, code), 'is not an ISO 639-1 language code');

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be an uppercase ISO 3166-1 alpha-2 code such as "IT"', abort: true })
  // Intl knows "XK" (Kosovo) and a few groupings; "ZZ" is its "unknown region" and is refused.
  .refine((code) => code !== 'ZZ' && isKnown(regionNames, code), 'is not an ISO 3166-1 country code');

export const cefrLevel = z.enum(cefrLevels, { error: 'must be one of A1, A2, B1, B2, C1, C2' });

const ESCO = 'http://data.europa.eu/esco';
export const escoSkillUri = z
  .string()
  .regex(/^http:\/\/data\.europa\.eu\/esco\/skill\/[A-Za-z0-9][A-Za-z0-9.-]{0,63}$/, `must be an ESCO skill URI (${ESCO}/skill/…)`);
export const escoOccupationUri = z
  .string()
  .regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[A-Za-z0-9][A-Za-z0-9.-]{0,63}$/, `must be an ESCO occupation URI (${ESCO}/occupation/…)`);

export const latitude = z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90');
export const longitude = z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180');

/** ISTAT code or comune name; resolved against the reference data by the services, not here. */
export const comuneRef = z.string().trim().min(1, 'must not be empty').max(120);

export const drivingLicence = z.enum(['AM', 'A1', 'A2', 'A', 'B1', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE', 'CQC', 'KB'], {
  error: 'must be a driving licence category such as B or C1E',
});

export const contractType = z.enum(['permanent', 'fixed-term', 'seasonal', 'apprenticeship', 'internship', 'temporary-agency', 'other']);

export const languageRequirement = z.strictObject({ lang: languageCode, level: cefrLevel });

/** Free-form extension data; `$` keys are refused earlier by the HTTP middleware and the importers. */
export const extra = z.record(z.string(), z.unknown());

export const hasBothOrNeitherCoordinate = (location: { lat?: number; lon?: number }): boolean =>
  (location.lat === undefined) === (location.lon === undefined);

/** Reports the index of the first repeated value, so the client knows which entry to fix. */
export function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (items: T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} "${value}"`, path: [index] });
      seen.add(value);
    });
  };
}
