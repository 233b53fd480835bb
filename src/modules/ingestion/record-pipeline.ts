import type { FieldIssue } from '../../platform/errors.js';
import { toFieldIssues } from '../../platform/validation.js';
import { toResolvedPlace, type ResolvedPlace } from '../reference/place-resolution.js';
import type { ComuneMatch } from '../reference/reference-data.js';
import type { ConceptRecognizer, Lang } from '../taxonomy/taxonomy.types.js';
import { vacancyRecordSchema, type VacancyRecord } from '../vacancies/vacancy.schema.js';
import { duplicateKeys } from './dedup/duplicate-key.js';
import { contentHash } from './normalise/content-hash.js';
import { isPlainObject } from './parse/object-path.js';
import type { RawRecord } from './parse/raw-record.js';
import type { RiskAssessor, RiskFlag } from './risk/risk-flags.js';

export interface AnalysisDeps {
  resolveComune: (codeOrName: string) => ComuneMatch | undefined;
  risk: RiskAssessor;
  /** Optional: without it, records keep only the occupation and skills their publisher gave. */
  recognizer?: ConceptRecognizer;
  iscoGroupOf?: (occupationUri: string) => string | undefined;
}

export type CheckedRecord =
  | { ok: true; externalId: string; record: VacancyRecord; contentHash: string }
  | { ok: false; externalId?: string; reasons: FieldIssue[] };

export interface AnalysedVacancy {
  externalId: string;
  record: VacancyRecord;
  contentHash: string;
  location?: ResolvedPlace & { remote?: boolean };
  riskFlags: RiskFlag[];
  duplicateKeys: string[];
}

const idOf = (value: unknown): string | undefined => (isPlainObject(value) && typeof value.id === 'string' ? value.id : undefined);

/** zod decides; the hash is taken before any enrichment, so it changes only when the publisher's record does. */
export function checkRecord(raw: RawRecord): CheckedRecord {
  if (raw.readError) return { ok: false, externalId: idOf(raw.raw), reasons: [{ path: '(record)', message: raw.readError }] };
  const parsed = vacancyRecordSchema.safeParse(raw.candidate);
  if (!parsed.success) return { ok: false, externalId: idOf(raw.candidate), reasons: toFieldIssues(parsed.error) };
  return { ok: true, externalId: parsed.data.id, record: parsed.data, contentHash: contentHash(parsed.data) };
}

export class UnresolvableRecordError extends Error {
  constructor(readonly reasons: FieldIssue[]) {
    super(reasons.map((r) => `${r.path}: ${r.message}`).join('; '));
  }
}

/** Fills what the publisher left out (language, occupation, skills) from the recognizer, when there is one. */
function enrich(record: VacancyRecord, recognizer: ConceptRecognizer | undefined): VacancyRecord {
  if (!recognizer) return record;
  const text = `${record.title}\n${record.description ?? ''}`;
  const lang = (record.lang ?? recognizer.detectLanguage(text)) as Lang;
  const occupation = record.occupation ?? recognizer.classifyOccupation(record.title, { lang, text: record.description, top: 1 })[0]?.uri;
  const skills = record.skills?.length ? record.skills : recognizer.extractSkills(text, { lang, top: 15 }).map((s) => ({ uri: s.uri, essential: false }));
  return { ...record, lang, ...(occupation ? { occupation } : {}), ...(skills.length > 0 ? { skills } : {}) };
}

function resolveLocation(record: VacancyRecord, deps: AnalysisDeps): AnalysedVacancy['location'] {
  const comune = record.location?.comune;
  if (!comune) return undefined;
  const match = deps.resolveComune(comune);
  if (!match) throw new UnresolvableRecordError([{ path: 'location.comune', message: `"${comune}" is not an ISTAT code or comune name` }]);
  const place = toResolvedPlace(match.comune);
  return { ...place, lat: record.location?.lat ?? place.lat, lon: record.location?.lon ?? place.lon, ...(record.location?.remote !== undefined ? { remote: record.location.remote } : {}) };
}

/** Resolution, recognition, risk flags and duplicate keys: the "analyse" share of a run's time. */
export function analyseRecord(checked: Extract<CheckedRecord, { ok: true }>, deps: AnalysisDeps): AnalysedVacancy {
  const location = resolveLocation(checked.record, deps);
  const record = enrich(checked.record, deps.recognizer);
  const iscoGroup = record.occupation ? deps.iscoGroupOf?.(record.occupation) : undefined;
  const riskFlags = deps.risk.assess({ ...record, ...(iscoGroup ? { iscoGroup } : {}) });
  const keys = duplicateKeys({ employer: record.employer, location: { comune: location?.istat }, occupation: record.occupation });
  return { externalId: checked.externalId, record, contentHash: checked.contentHash, ...(location ? { location } : {}), riskFlags, duplicateKeys: keys };
}
