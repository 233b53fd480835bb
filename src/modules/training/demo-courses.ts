import type { CourseInput } from './course.schema.js';
import { pick, seededRandom } from '../../platform/seeded-random.js';

/** What the generator needs from a demo vacancy. */
export interface DemoVacancy {
  occupation?: string;
  skills?: readonly { uri: string; essential?: boolean }[];
  province: string;
}

export interface DemoCentre {
  comune: string;
  province: string;
}

export interface DemoCourseOptions {
  /** Vocational courses per province (the most demanded occupations get one each, then a second round). */
  perProvince: number;
  /** Courses start between these days (the demo calendar runs from 2026-11-30). */
  firstStart: string;
  seed: number;
}

const providers = ['Agenzia Formativa Subalpina', 'Formazione Lavoro Piemonte Soc. Coop.', 'Centro Servizi Formativi Langhe', 'Istituto Professionale Serale del Po', 'Ente Scuola Edile Territoriale'];
const italianLevels = ['A1', 'A2', 'B1', 'B2'] as const;


const addDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** The most demanded (occupation, its most frequent skills) pairs of one province. */
function topOccupations(vacancies: readonly DemoVacancy[], province: string): { occupation: string; skills: string[] }[] {
  const counts = new Map<string, { n: number; skills: Map<string, number> }>();
  for (const v of vacancies) {
    if (v.province !== province || !v.occupation) continue;
    let entry = counts.get(v.occupation);
    if (!entry) counts.set(v.occupation, (entry = { n: 0, skills: new Map() }));
    entry.n += 1;
    for (const s of v.skills ?? []) entry.skills.set(s.uri, (entry.skills.get(s.uri) ?? 0) + (s.essential === false ? 1 : 2));
  }
  return [...counts].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)).map(([occupation, e]) => ({
    occupation,
    skills: [...e.skills].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([uri]) => uri),
  }));
}

/**
 * Deterministic demo catalogue: vocational courses teaching the skills the province's vacancies ask
 * for most, CPIA Italian courses A1–B2 at each centre, and a few online courses.
 */
export function generateDemoCourses(
  vacancies: readonly DemoVacancy[],
  centres: readonly DemoCentre[],
  occupationLabel: (uri: string) => string,
  options: DemoCourseOptions,
): CourseInput[] {
  const random = seededRandom(options.seed);
  const courses: CourseInput[] = [];
  const provinces = [...new Set(centres.map((c) => c.province))].sort();
  for (const province of provinces) {
    const seats = centres.filter((c) => c.province === province);
    const targets = topOccupations(vacancies, province);
    for (let i = 0; i < options.perProvince && targets.length > 0; i++) {
      const target = targets[i % targets.length]!;
      const round = Math.floor(i / targets.length);
      const size = 2 + Math.floor(random() * 4);
      const skills = target.skills.slice(round * 2, round * 2 + size);
      if (skills.length === 0) continue;
      const start = addDays(options.firstStart, Math.floor(random() * 120) - 10);
      const hours = 40 + 20 * Math.floor(random() * 9);
      const online = random() < 0.1;
      courses.push({
        id: `demo-course-${province.toLowerCase()}-${String(i + 1).padStart(3, '0')}`,
        provider: pick(random, providers),
        title: `Corso di ${occupationLabel(target.occupation)}${round > 0 ? ' – livello avanzato' : ''}`,
        kind: 'vocational',
        skills,
        location: online ? { online: true } : { online: false, comune: pick(random, seats).comune },
        startDate: start,
        endDate: addDays(start, Math.ceil(hours / 20) * 7),
        hours,
        hoursPerWeek: 20,
        language: random() < 0.08 ? pick(random, ['en', 'fr']) : 'it',
        minItalianLevel: random() < 0.3 ? 'B1' : random() < 0.8 ? 'A2' : undefined,
        seats: 8 + Math.floor(random() * 17),
        costEur: 0,
        funding: pick(random, ['FSE+', 'GOL', 'GOL', 'FAMI', 'regional'] as const),
      });
    }
    courses.push(...italianCourses(province, seats, options.firstStart, random));
  }
  return courses;
}

/** CPIA Italian courses: every level at every centre, starting in turn across the season. */
function italianCourses(province: string, centres: readonly DemoCentre[], firstStart: string, random: () => number): CourseInput[] {
  return centres.flatMap((centre, c) => italianLevels.map((level, l): CourseInput => {
    const start = addDays(firstStart, (c * 11 + l * 23 + Math.floor(random() * 10)) % 90);
    return {
      id: `demo-cpia-${province.toLowerCase()}-${centre.comune}-${level.toLowerCase()}`,
      provider: `CPIA ${province}`,
      title: `Italiano per stranieri – livello ${level}`,
      kind: 'italian-language',
      skills: [],
      location: { online: false, comune: centre.comune },
      startDate: start,
      endDate: addDays(start, 84),
      hours: level === 'A1' || level === 'A2' ? 100 : 120,
      hoursPerWeek: 9,
      language: 'it',
      minItalianLevel: l === 0 ? undefined : italianLevels[l - 1],
      italianLevelTaught: level,
      seats: 20,
      costEur: 0,
      funding: 'FAMI',
    };
  }));
}
