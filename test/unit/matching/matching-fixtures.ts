import { loadTaxonomy } from '../../../src/modules/taxonomy/taxonomy.loader.js';
import { loadRecognizer } from '../../../src/modules/taxonomy/taxonomy.recognizer.js';
import { createMatchContext, type MatchContext } from '../../../src/modules/matching/match-context.js';
import type { CandidateRecord as MatchCandidateInput } from '../../../src/modules/candidates/candidate.schema.js';
import type { VacancyRecord as MatchVacancyInput } from '../../../src/modules/vacancies/vacancy.schema.js';

let context: MatchContext | undefined;

/** The real ESCO taxonomy and recognizer (built once per test run; the recognizer takes seconds). */
export function realMatchContext(): MatchContext {
  context ??= createMatchContext({ taxonomy: loadTaxonomy(), recognizer: loadRecognizer() });
  return context;
}

export function occupationUri(label: string): string {
  for (const o of loadTaxonomy().allOccupations()) if (o.label === label) return o.uri;
  throw new Error(`no ESCO occupation labelled ${label}`);
}

export function vacancyRecord(overrides: Partial<MatchVacancyInput> = {}): MatchVacancyInput {
  return {
    id: 'v-cook',
    title: 'Cuoco',
    description: 'Ristorante cerca cuoco per la preparazione dei piatti e la pulizia della cucina.',
    lang: 'it',
    occupation: occupationUri('cook'),
    location: { comune: 'Milano', lat: 45.4642, lon: 9.19 },
    languages: [{ lang: 'it', level: 'B1' }],
    contract: { type: 'fixed-term', hoursPerWeek: 40 },
    validFrom: '2026-12-01',
    validThrough: '2027-01-31',
    ...overrides,
  };
}

export function candidateRecord(overrides: Partial<MatchCandidateInput> = {}): MatchCandidateInput {
  return {
    id: 'c-amina',
    summary: 'I cooked for three years in a busy restaurant kitchen and kept it clean.',
    lang: 'en',
    experiences: [{ title: 'cook', occupation: occupationUri('cook'), years: 3, country: 'NG' }],
    languages: [{ lang: 'it', level: 'B1' }, { lang: 'en', level: 'C1' }],
    location: { comune: 'Sesto San Giovanni', lat: 45.5333, lon: 9.2333 },
    mobilityKm: 25,
    drivingLicences: ['B'],
    workAuthorisation: { status: 'permit', permitReason: 'LAVOR', validUntil: '2027-12-31' },
    availableFrom: '2026-11-15',
    protected: { nationality: 'NG', gender: 'female', birthYear: 1994, protectionStatus: 'subsidiary', vulnerability: ['single-parent'] },
    extra: { name: 'Amina Okafor', email: 'amina@example.org', phone: '+39 333 0000000' },
    ...overrides,
  };
}
