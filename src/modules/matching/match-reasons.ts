import type { IneligibilityReason } from './eligibility.js';
import type { LanguageGap, PracticalIssue } from './fit-components.js';
import type { MatchScore } from './match-scorer.js';

export interface ReasonSentences {
  it: string[];
  en: string[];
}

export interface ReasonFacts {
  score: MatchScore;
  occupationLabel: { it: string; en: string } | undefined;
  essentialMatched: number;
  essentialTotal: number;
  missingLabels: { it: string[]; en: string[] };
  mobilityKm: number;
  remote: boolean;
}

const languageNames: Record<string, [string, string]> = {
  it: ['Italiano', 'Italian'], en: ['Inglese', 'English'], fr: ['Francese', 'French'], es: ['Spagnolo', 'Spanish'],
  ar: ['Arabo', 'Arabic'], de: ['Tedesco', 'German'],
};

const ineligibleText: Record<IneligibilityReason, [string, string]> = {
  'vacancy-closed': ['Offerta chiusa', 'The vacancy is closed'],
  'vacancy-expired': ['Offerta scaduta', 'The vacancy has expired'],
  'not-authorised': ['Autorizzazione al lavoro assente per questo impiego', 'No authorisation to work in this job'],
  'permit-validity-missing': ['Scadenza del permesso non indicata', 'Permit expiry date not recorded'],
  'application-date-missing': ['Data della domanda non indicata', 'Application date not recorded'],
  'permit-expires-before-start': ["Il permesso scade prima dell'inizio", 'The permit expires before the start'],
  'waiting-period-after-application': [
    'Non ancora trascorsi i giorni richiesti dalla domanda di asilo', 'The waiting period after the asylum application has not passed',
  ],
  'permit-hours-limit': ['Ore settimanali oltre il limite del permesso', 'Weekly hours exceed the permit limit'],
  'permit-contract-limit': ['Tipo di contratto non consentito dal permesso', 'Contract type not allowed by the permit'],
};

const practicalText: Record<PracticalIssue, [string, string]> = {
  'driving-licence': ['Manca una patente richiesta', 'A required driving licence is missing'],
  'contract-type': ['Contratto diverso da quello preferito', 'Contract differs from the preferred one'],
  hours: ['Orario oltre quello desiderato', 'Hours above the preferred maximum'],
  availability: ['Disponibile solo dopo la data di inizio', 'Available only after the start date'],
};

function languageSentence(gap: LanguageGap): [string, string] {
  const [itName, enName] = languageNames[gap.lang] ?? [gap.lang, gap.lang];
  if (gap.gap === 0) return [`${itName} ${gap.required} richiesto: livello adeguato`, `${enName} ${gap.required} required: level met`];
  if (gap.candidate === 'unknown') {
    return [`${itName} richiesto ${gap.required}, livello non indicato`, `${enName} ${gap.required} required, level not recorded`];
  }
  return [
    `${itName} richiesto ${gap.required}, livello ${gap.candidate} (${gap.gap} ${gap.gap > 1 ? 'livelli' : 'livello'} sotto)`,
    `${enName} ${gap.required} required, candidate has ${gap.candidate} (${gap.gap} level${gap.gap > 1 ? 's' : ''} short)`,
  ];
}

function occupationSentence(facts: ReasonFacts): [string, string] | undefined {
  const label = facts.occupationLabel;
  switch (facts.score.occupationMatch) {
    case 'same-occupation':
      return [`Esperienza nella stessa professione (${label?.it})`, `Experience in the same occupation (${label?.en})`];
    case 'same-unit-group':
      return [`Esperienza in una professione affine (${label?.it})`, `Experience in a closely related occupation (${label?.en})`];
    case 'same-minor-group':
      return ['Esperienza nello stesso ambito professionale', 'Experience in the same occupational field'];
    default:
      return undefined;
  }
}

function distanceSentence(facts: ReasonFacts): [string, string] | undefined {
  if (facts.remote) return ['Lavoro da remoto', 'Remote work'];
  const km = facts.score.distanceKm;
  if (km === undefined) return undefined;
  return km <= facts.mobilityKm
    ? [`A ${km} km, entro il raggio di ${facts.mobilityKm} km`, `${km} km away, within the ${facts.mobilityKm} km radius`]
    : [`A ${km} km, oltre il raggio di ${facts.mobilityKm} km`, `${km} km away, beyond the ${facts.mobilityKm} km radius`];
}

/** Short sentences in Italian and English, most important first, for staff reading a match. */
export function reasonSentences(facts: ReasonFacts): ReasonSentences {
  const pairs: [string, string][] = facts.score.ineligibleReasons.map((r) => ineligibleText[r]);
  const occupation = occupationSentence(facts);
  if (occupation) pairs.push(occupation);
  if (facts.essentialTotal > 0) {
    pairs.push([
      `Copre ${facts.essentialMatched} di ${facts.essentialTotal} competenze essenziali`,
      `Covers ${facts.essentialMatched} of ${facts.essentialTotal} essential skills`,
    ]);
  }
  if (facts.missingLabels.en.length > 0) {
    pairs.push([`Mancano: ${facts.missingLabels.it.slice(0, 3).join(', ')}`, `Missing: ${facts.missingLabels.en.slice(0, 3).join(', ')}`]);
  }
  pairs.push(...facts.score.languageGaps.map(languageSentence));
  const distance = distanceSentence(facts);
  if (distance) pairs.push(distance);
  pairs.push(...facts.score.practicalIssues.map((i) => practicalText[i]));
  return { it: pairs.map((p) => p[0]), en: pairs.map((p) => p[1]) };
}
