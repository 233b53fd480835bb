import type { Lang, TaxonomyIndex } from '../../src/modules/taxonomy/taxonomy.types.js';
import type { CandidateRecord as MatchCandidateInput } from '../../src/modules/candidates/candidate.schema.js';
import type { VacancyRecord as MatchVacancyInput } from '../../src/modules/vacancies/vacancy.schema.js';
import { pick, sample, seededRandom } from '../../src/platform/seeded-random.js';

/** A cross-lingual dev set: Italian vacancies, candidates writing in en/fr/es/ar, with true occupations. */
export interface DevSet {
  vacancies: MatchVacancyInput[];
  candidates: MatchCandidateInput[];
  /** Record id → the ESCO occupation it was generated from (never shown to the engine). */
  truth: Record<string, string>;
}

const first = (label: string | undefined): string => (label ?? '').split('/')[0]!.trim();

const vacancyTitles = [
  (t: string) => t,
  (t: string) => `${t} (m/f)`,
  (t: string) => `Cercasi ${t}`,
  (t: string) => `${t} - assunzione immediata`,
];
const vacancyTexts = [
  (t: string) => `Per ampliamento del personale cerchiamo un/una ${t} con voglia di lavorare.`,
  (t: string) => `La risorsa, inserita come ${t}, collaborerà con il responsabile di reparto.`,
  (t: string) => `Si valutano anche profili junior da formare nel ruolo di ${t}.`,
];
const candidateTexts: Record<string, ((t: string) => string)[]> = {
  en: [(t) => `I have worked as ${t} for several years.`, (t) => `Previous job: ${t}. Hard-working and punctual.`],
  fr: [(t) => `J'ai travaillé comme ${t} pendant plusieurs années.`, (t) => `Emploi précédent : ${t}. Motivé et ponctuel.`],
  es: [(t) => `He trabajado como ${t} durante varios años.`, (t) => `Trabajo anterior: ${t}. Trabajador y puntual.`],
  ar: [(t) => `عملت ${t} لعدة سنوات.`, (t) => `العمل السابق: ${t}. مجتهد وملتزم بالمواعيد.`],
};

export function generateDevSet(taxonomy: TaxonomyIndex, options: { occupations: number; vacanciesPer: number; candidates: number; seed: number; maxSkills: number }): DevSet {
  const rnd = seededRandom(options.seed);
  const langs: Lang[] = ['en', 'fr', 'es', 'ar'];
  const usable = [...taxonomy.allOccupations()]
    .filter((o) => o.essentialSkills.length >= 3 && langs.every((l) => taxonomy.occupationLabel(o.uri, l) !== o.label || l === 'en'))
    .filter((o) => taxonomy.occupationLabel(o.uri, 'it') !== o.label)
    .sort((a, b) => (a.uri < b.uri ? -1 : 1));
  const occupations = sample(rnd, usable, options.occupations);
  const truth: Record<string, string> = {};
  const vacancies: MatchVacancyInput[] = [];
  occupations.forEach((o, i) => {
    const title = first(taxonomy.occupationLabel(o.uri, 'it'));
    for (let j = 0; j < options.vacanciesPer; j++) {
      const id = `dv${i}-${j}`;
      truth[id] = o.uri;
      vacancies.push({ id, title: pick(rnd, vacancyTitles)(title), description: pick(rnd, vacancyTexts)(title), lang: 'it' });
    }
  });
  const candidates: MatchCandidateInput[] = [];
  for (let i = 0; i < options.candidates; i++) {
    const o = pick(rnd, occupations);
    const lang = langs[i % langs.length]!;
    const title = first(taxonomy.occupationLabel(o.uri, lang));
    const id = `dc${i}`;
    truth[id] = o.uri;
    candidates.push({
      id, lang, summary: pick(rnd, candidateTexts[lang]!)(title), experiences: [{ title }],
      skills: sample(rnd, o.essentialSkills, options.maxSkills === 0 ? 0 : 1 + Math.floor(rnd() * options.maxSkills)).map((uri) => ({ uri, evidence: 'self-declared' as const })),
    });
  }
  return { vacancies, candidates, truth };
}
