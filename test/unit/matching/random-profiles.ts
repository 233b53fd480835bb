import type { CandidateProfile, VacancyProfile } from '../../../src/modules/matching/match-profile.types.js';
import { normalise, type SparseVector } from '../../../src/modules/matching/sparse-vector.js';
import { pick, seededRandom } from '../../../src/platform/seeded-random.js';

export { seededRandom };

function randomVector(rnd: () => number, base: number, span: number, count: number, unit = false): SparseVector {
  const ids = new Set<number>();
  for (let i = 0; i < count; i++) ids.add(base + Math.floor(rnd() * span));
  const sorted = [...ids].sort((a, b) => a - b);
  // Weights on a coarse grid make exact score ties common, so the id tie-break is exercised too.
  const vector = { ids: Int32Array.from(sorted), weights: Float64Array.from(sorted, () => Math.ceil(rnd() * 4) / 4) };
  return unit ? normalise(vector) : vector;
}

const provinces = ['MI', 'TO', 'RM', 'NA'];
const places = () => ({ lat: 0, lon: 0 });

/** Groups derived from the occupations as the profile builders derive them (each weighted by its best occupation). */
function hierarchy(occupations: SparseVector): Pick<VacancyProfile, 'unitGroups' | 'minorGroups' | 'hierarchical'> {
  const group = (base: number, size: number): SparseVector => {
    const best = new Map<number, number>();
    occupations.ids.forEach((id, i) => best.set(base + Math.floor((id - 1000) / size), Math.max(best.get(base + Math.floor((id - 1000) / size)) ?? 0, occupations.weights[i]!)));
    const ids = [...best.keys()].sort((a, b) => a - b);
    return { ids: Int32Array.from(ids), weights: Float64Array.from(ids, (id) => best.get(id)!) };
  };
  return { unitGroups: group(2000, 3), minorGroups: group(3000, 6), hierarchical: true };
}

function shared(rnd: () => number) {
  const occ = Math.floor(rnd() * 12);
  const occupations = randomVector(rnd, 1000 + occ, 3, 1 + Math.floor(rnd() * 2));
  // Most profiles have the ISCO hierarchy the builders produce (the engine's tighter occupation bound);
  // the others have unrelated group weights, so the plain bound is exercised against both.
  const groups = rnd() < 0.7 ? hierarchy(occupations) : {
    unitGroups: randomVector(rnd, 2000 + Math.floor(occ / 3), 2, 1),
    minorGroups: randomVector(rnd, 3000 + Math.floor(occ / 6), 1, 1),
  };
  return {
    occupations,
    ...groups,
    terms: randomVector(rnd, 4000, 40, Math.floor(rnd() * 6), true),
    concepts: randomVector(rnd, 5000, 30, Math.floor(rnd() * 4), true),
    place: rnd() < 0.1 ? undefined : { ...places(), lat: 45 + rnd() * 2, lon: 8 + rnd() * 4, province: pick(rnd, provinces) },
    lang: 'it' as const,
  };
}

export function randomVacancy(rnd: () => number, id: string): VacancyProfile {
  const skills = randomVector(rnd, 0, 60, Math.floor(rnd() * 8));
  const total = skills.weights.reduce((s, w) => s + w, 0) || 1;
  return {
    id,
    ...shared(rnd),
    skills: { ids: skills.ids, weights: skills.weights.map((w) => w / total) },
    essential: Uint8Array.from(skills.ids, () => (rnd() < 0.6 ? 1 : 0)),
    languages: rnd() < 0.5 ? [{ lang: 'it', level: 1 + Math.floor(rnd() * 5) }] : [],
    remote: rnd() < 0.05,
    licences: rnd() < 0.2 ? ['B'] : [],
    contractType: pick(rnd, ['permanent', 'fixed-term', 'seasonal', undefined]),
    hoursPerWeek: rnd() < 0.5 ? 20 + Math.floor(rnd() * 4) * 5 : undefined,
    validFromDay: 20_400 + Math.floor(rnd() * 60),
    validThroughDay: rnd() < 0.1 ? 20_380 : 20_470 + Math.floor(rnd() * 60),
    open: rnd() > 0.05,
  };
}

export function randomCandidate(rnd: () => number, id: string): CandidateProfile {
  const skills = randomVector(rnd, 0, 60, Math.floor(rnd() * 12));
  const status = pick(rnd, ['eu-citizen', 'permit', 'asylum-applicant', 'pending', 'none'] as const);
  return {
    id,
    ...shared(rnd),
    skills: { ids: skills.ids, weights: skills.weights.map((w) => Math.min(1, w)) },
    skillSourceIndex: new Uint8Array(skills.ids.length),
    languages: rnd() < 0.2 ? undefined : new Map([['it', Math.floor(rnd() * 6)]]),
    mobilityKm: 10 + Math.floor(rnd() * 50),
    licences: rnd() < 0.5 ? ['B'] : [],
    availableFromDay: rnd() < 0.5 ? 20_400 + Math.floor(rnd() * 90) : undefined,
    contractTypes: rnd() < 0.5 ? ['permanent'] : undefined,
    maxHoursPerWeek: rnd() < 0.5 ? 30 : undefined,
    authorisation: rnd() < 0.2 ? undefined : {
      status,
      permitReason: status === 'permit' ? pick(rnd, ['LAVOR', 'STUDI', 'LASTA']) : undefined,
      validUntil: status === 'permit' ? pick(rnd, ['2025-12-01', '2026-06-30', '2027-12-31']) : undefined,
      applicationDate: status === 'asylum-applicant' || status === 'pending' ? pick(rnd, ['2025-10-01', '2025-12-20']) : undefined,
    },
  };
}
