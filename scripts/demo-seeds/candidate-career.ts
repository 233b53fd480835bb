import { employerProfiles } from './employer-profiles.js';
import { jobFamilies } from './job-families.js';
import { experienceNote, foreignQualifications } from './candidate-texts.js';
import { genderedLabel, resolveOccupation } from './labels.js';
import type { Lang, Occupation, ReferenceData } from './reference-data.js';
import type { Random } from './random.js';

export type Gender = 'female' | 'male';

export interface CareerOccupation {
  occupation: Occupation;
  family: string;
  weight: number;
}

/** How much more (or less) often each gender has worked in a job family, following Italian labour statistics. */
const genderBias: Record<Gender, Record<string, number>> = {
  female: { homeCare: 5, residentialCare: 3, cleaning: 2, hotel: 2.5, retail: 1.5, building: 0.03, installation: 0.05, driving: 0.1, livestock: 0.4, production: 0.6 },
  male: { homeCare: 0.2, residentialCare: 0.5, hotel: 0.4, building: 2.5, installation: 1.5, driving: 2, warehouse: 1.5, fieldwork: 1.3 },
};

/** The occupations candidates have worked in: those the demo employers hire for, weighted by how often. */
export function buildCareerPool(reference: ReferenceData): CareerOccupation[] {
  const pool = new Map<string, CareerOccupation>();
  for (const profile of employerProfiles) {
    for (const [label, weight, family] of profile.occupations) {
      const known = pool.get(label);
      const share = weight * profile.weight;
      if (known) known.weight += share;
      else pool.set(label, { occupation: resolveOccupation(reference, label), family, weight: share });
    }
  }
  return [...pool.values()];
}

export function pickCareer(random: Random, pool: CareerOccupation[], gender: Gender, count: number): CareerOccupation[] {
  const weighted = pool.map((entry) => [entry, entry.weight * (genderBias[gender][entry.family] ?? 1)] as const);
  const first = random.weighted(weighted);
  const career = [first];
  for (let i = 1; i < count; i++) {
    // People mostly stay within one job family, so later jobs prefer the family of the first one.
    const next = random.weighted(weighted.map(([entry, weight]) => [entry, entry.family === first.family ? weight * 4 : weight] as const));
    if (!career.includes(next)) career.push(next);
  }
  return career;
}

export function buildExperience(random: Random, entry: CareerOccupation, lang: Lang, gender: Gender, country: string, maxYears: number) {
  const years = Math.max(0.5, Math.min(maxYears, random.pick([0.5, 1, 1, 1.5, 2, 2, 3, 4, 5, 6, 8, 10])));
  const duties = jobFamilies[entry.family]?.duties ?? [];
  return {
    title: genderedLabel(entry.occupation.labels[lang], gender),
    occupation: entry.occupation.uri,
    years,
    ...(random.chance(0.5) ? { description: experienceNote(random, lang, duties) } : {}),
    country,
  };
}

const evidenceLevels = [['self-declared', 60], ['assessed', 25], ['validated', 10], ['certified', 5]] as const;

export function buildSkills(random: Random, career: CareerOccupation[]) {
  const uris = new Set<string>();
  for (const entry of career) {
    for (const uri of random.sample(entry.occupation.essentialSkills, random.int(2, 6))) uris.add(uri);
    for (const uri of random.sample(entry.occupation.optionalSkills, random.int(0, 2))) uris.add(uri);
  }
  return [...uris].map((uri) => ({ uri, evidence: random.weighted(evidenceLevels) }));
}

const italianQualifications: Record<string, [string, number | undefined]> = {
  residentialCare: ['Qualifica di Operatore Socio Sanitario (OSS)', 3],
  homeCare: ['Attestato di assistente familiare (Regione Piemonte)', 2],
  kitchen: ['Attestato di formazione HACCP', undefined],
  foodProcessing: ['Attestato di formazione HACCP', undefined],
  warehouse: ['Abilitazione alla conduzione di carrelli elevatori', undefined],
  building: ['Attestato corso sicurezza lavoratori (rischio alto, 16 ore)', undefined],
};

export function buildQualifications(random: Random, lang: Lang, country: string, career: CareerOccupation[]) {
  const qualifications = [];
  if (random.chance(0.75)) {
    const [title, eqfLevel] = random.weighted(foreignQualifications[lang].map((entry) => [entry, 1] as const));
    const recognition = country === 'IT' ? 'not-needed' : random.weighted([['none', 50], ['requested', 20], ['recognised', 15], ['not-needed', 15]] as const);
    qualifications.push({ title, country, eqfLevel, recognition });
  }
  const local = career[0] ? italianQualifications[career[0].family] : undefined;
  if (local && random.chance(0.45)) {
    const [title, eqfLevel] = local;
    qualifications.push({ title, country: 'IT', ...(eqfLevel ? { eqfLevel } : {}), recognition: 'not-needed' });
  }
  if (country !== 'IT' && random.chance(0.15)) {
    qualifications.push({ title: 'Licenza conclusiva del primo ciclo di istruzione (CPIA)', country: 'IT', eqfLevel: 1, recognition: 'not-needed' });
  }
  return qualifications;
}
