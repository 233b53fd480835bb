import type { Lang, OccupationConcept, TaxonomyIndex } from '../../src/modules/taxonomy/taxonomy.types.js';
import type { CandidateRecord as MatchCandidateInput } from '../../src/modules/candidates/candidate.schema.js';
import type { VacancyRecord as MatchVacancyInput } from '../../src/modules/vacancies/vacancy.schema.js';
import type { Comune } from '../../src/modules/reference/reference.types.js';
import { pick, sample, seededRandom } from '../../src/platform/seeded-random.js';

/** The building blocks of a synthetic regional market: ESCO occupations with labels, and real comuni. */
export interface World {
  taxonomy: TaxonomyIndex;
  occupations: OccupationConcept[];
  comuni: Comune[];
  /** Cumulative population, so places are drawn as people and jobs are spread. */
  cumulative: Float64Array;
}

export function buildWorld(taxonomy: TaxonomyIndex, comuni: readonly Comune[], occupationCount: number, seed: number): World {
  const rnd = seededRandom(seed);
  const usable = [...taxonomy.allOccupations()]
    .filter((o) => o.essentialSkills.length >= 3 && taxonomy.occupationLabel(o.uri, 'it') !== o.label)
    .sort((a, b) => (a.uri < b.uri ? -1 : 1));
  const occupations = sample(rnd, usable, occupationCount);
  const sorted = [...comuni].sort((a, b) => a.istat.localeCompare(b.istat));
  const cumulative = new Float64Array(sorted.length);
  sorted.reduce((sum, c, i) => (cumulative[i] = sum + c.population), 0);
  return { taxonomy, occupations, comuni: sorted, cumulative };
}

/** "cuoco/cuoca" → "cuoco": the first gendered form reads as a job title. */
export function titleOf(world: World, uri: string, lang: Lang): string {
  return (world.taxonomy.occupationLabel(uri, lang) ?? '').split('/')[0]!.trim();
}

function placeOf(world: World, rnd: () => number): Comune {
  const target = rnd() * world.cumulative[world.cumulative.length - 1]!;
  let lo = 0;
  let hi = world.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (world.cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return world.comuni[lo]!;
}

const vacancyTemplates = [
  (t: string) => `Cerchiamo ${t} da inserire nel nostro organico. Richiesta esperienza nella mansione, serietà e puntualità.`,
  (t: string) => `Azienda in crescita assume ${t}. Si offre contratto regolare e formazione iniziale.`,
  (t: string) => `Offerta di lavoro: ${t}. Ambiente dinamico, orario da concordare.`,
];

const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const contracts = ['permanent', 'fixed-term', 'seasonal', 'apprenticeship', 'temporary-agency'] as const;
const isoDay = (base: string, days: number): string => new Date(Date.parse(base) + days * 86_400_000).toISOString().slice(0, 10);

export function* syntheticVacancies(world: World, count: number, seed: number, asOf: string): Generator<MatchVacancyInput> {
  const rnd = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const occupation = pick(rnd, world.occupations);
    const title = titleOf(world, occupation.uri, 'it');
    const stated = rnd() < 0.5;
    const place = placeOf(world, rnd);
    const start = Math.floor(rnd() * 40) - 10;
    yield {
      id: `v${String(i).padStart(7, '0')}`,
      title,
      description: pick(rnd, vacancyTemplates)(title),
      lang: 'it',
      ...(stated ? {
        occupation: occupation.uri,
        skills: [
          ...sample(rnd, occupation.essentialSkills, 8).map((uri) => ({ uri, essential: true })),
          ...sample(rnd, occupation.optionalSkills, 4).map((uri) => ({ uri, essential: false })),
        ],
      } : {}),
      location: rnd() < 0.04 ? { remote: true } : { comune: place.istat, lat: place.lat, lon: place.lon },
      languages: rnd() < 0.7 ? [{ lang: 'it', level: pick(rnd, levels.slice(0, 4)) }] : [],
      drivingLicences: rnd() < 0.15 ? ['B'] : [],
      contract: { type: pick(rnd, contracts), hoursPerWeek: pick(rnd, [20, 30, 36, 40]) },
      validFrom: isoDay(asOf, start),
      validThrough: isoDay(asOf, start + 30 + Math.floor(rnd() * 60)),
    };
  }
}

const summaryTemplates: Record<string, (t: string) => string> = {
  it: (t) => `Esperienza come ${t}. Persona affidabile e puntuale.`,
  en: (t) => `Experience as ${t}. Reliable and eager to learn.`,
  fr: (t) => `Expérience comme ${t}. Sérieux et motivé.`,
  es: (t) => `Experiencia como ${t}. Responsable y puntual.`,
  ar: (t) => `خبرة ك${t}. شخص موثوق.`,
};
const evidence = ['self-declared', 'assessed', 'validated', 'certified'] as const;
const permits = ['LAVOR', 'LAVOR', 'FAMIG', 'PROSU', 'STUDI', 'LASTA', 'UMAN1'];

function authorisation(rnd: () => number, asOf: string): MatchCandidateInput['workAuthorisation'] {
  const r = rnd();
  if (r < 0.2) return { status: 'eu-citizen' };
  if (r < 0.7) return { status: 'permit', permitReason: pick(rnd, permits), validUntil: isoDay(asOf, Math.floor(rnd() * 900) - 60) };
  if (r < 0.9) return { status: 'asylum-applicant', applicationDate: isoDay(asOf, -Math.floor(rnd() * 200)) };
  return r < 0.95 ? { status: 'pending', applicationDate: isoDay(asOf, -30) } : { status: 'none' };
}

export function* syntheticCandidates(
  world: World, count: number, seed: number, asOf: string, langs: readonly Lang[],
): Generator<MatchCandidateInput & { truth: string }> {
  const rnd = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const occupation = pick(rnd, world.occupations);
    const lang = pick(rnd, langs);
    const title = titleOf(world, occupation.uri, lang);
    const place = placeOf(world, rnd);
    yield {
      id: `c${String(i).padStart(7, '0')}`,
      truth: occupation.uri,
      summary: summaryTemplates[lang]!(title),
      lang,
      experiences: [{ title, ...(rnd() < 0.5 ? { occupation: occupation.uri } : {}), years: 1 + Math.floor(rnd() * 8) }],
      skills: sample(rnd, occupation.essentialSkills, Math.floor(rnd() * 6)).map((uri) => ({ uri, evidence: pick(rnd, evidence) })),
      languages: [{ lang: 'it', level: pick(rnd, levels) }],
      location: { comune: place.istat, lat: place.lat, lon: place.lon },
      mobilityKm: pick(rnd, [10, 20, 30, 50, 80]),
      drivingLicences: rnd() < 0.4 ? ['B'] : [],
      workAuthorisation: authorisation(rnd, asOf),
      availableFrom: isoDay(asOf, Math.floor(rnd() * 30)),
      protected: { nationality: pick(rnd, ['NG', 'UA', 'AF', 'MA', 'PK', 'SN']), birthYear: 1970 + Math.floor(rnd() * 35) },
    };
  }
}
