import type { Lang } from './reference-data.js';
import type { Random } from './random.js';

export interface SummaryFacts {
  lang: Lang;
  gender: 'female' | 'male';
  /** Occupation labels in `lang`, most recent first, with years in each. */
  jobs: { label: string; years: number; inItaly: boolean }[];
  comuneName: string;
  hasLicenceB: boolean;
  italianLevel: string;
}

function yearsText(lang: Lang, years: number): string {
  const n = Math.round(years);
  if (years < 1) return { it: 'alcuni mesi', en: 'a few months', fr: 'quelques mois', es: 'unos meses', ar: 'بضعة أشهر' }[lang];
  switch (lang) {
    case 'it': return `${n} ann${n === 1 ? 'o' : 'i'}`;
    case 'en': return `${n} year${n === 1 ? '' : 's'}`;
    case 'fr': return `${n} an${n === 1 ? '' : 's'}`;
    case 'es': return `${n} año${n === 1 ? '' : 's'}`;
    case 'ar': return n === 1 ? 'سنة واحدة' : n === 2 ? 'سنتين' : n <= 10 ? `${n} سنوات` : `${n} سنة`;
  }
}

const where: Record<Lang, [string, string]> = {
  it: ['in Italia', 'nel mio paese'], en: ['in Italy', 'in my home country'], fr: ['en Italie', 'dans mon pays'],
  es: ['en Italia', 'en mi país'], ar: ['في إيطاليا', 'في بلدي'],
};

function jobSentence(lang: Lang, job: SummaryFacts['jobs'][number]): string {
  const years = yearsText(lang, job.years);
  const place = where[lang][job.inItaly ? 0 : 1];
  switch (lang) {
    case 'it': return `Ho lavorato per ${years} come ${job.label} ${place}.`;
    case 'en': return `I worked for ${years} as ${/^[aeiou]/i.test(job.label) ? 'an' : 'a'} ${job.label} ${place}.`;
    case 'fr': return `J'ai travaillé pendant ${years} comme ${job.label} ${place}.`;
    case 'es': return `Trabajé durante ${years} como ${job.label} ${place}.`;
    case 'ar': return `عملت في وظيفة ${job.label} لمدة ${years} ${place}.`;
  }
}

const newcomer: Record<Lang, string> = {
  it: 'Sono arrivat{o|a} in Italia da poco e cerco il mio primo lavoro.',
  en: 'I arrived in Italy recently and I am looking for my first job here.',
  fr: 'Je suis arrivé{|e} en Italie récemment et je cherche mon premier emploi.',
  es: 'Llegué a Italia hace poco y busco mi primer trabajo.',
  ar: 'وصلت إلى إيطاليا مؤخرا وأبحث عن أول عمل لي.',
};

const strengths: Record<Lang, string[]> = {
  it: ['Sono una persona puntuale e abituata al lavoro di squadra.', 'Imparo in fretta e non ho problemi con il lavoro fisico.', 'Sono disponibile a lavorare su turni e nei fine settimana.'],
  en: ['I am punctual and used to working in a team.', 'I learn quickly and I am fine with physical work.', 'I am available for shift work and weekends.'],
  fr: ['Je suis ponctuel{|le} et j\'aime travailler en équipe.', 'J\'apprends vite et le travail physique ne me dérange pas.', 'Je suis disponible pour travailler en équipes et le week-end.'],
  es: ['Soy puntual y estoy acostumbrad{o|a} a trabajar en equipo.', 'Aprendo rápido y no tengo problemas con el trabajo físico.', 'Estoy disponible para trabajar por turnos y los fines de semana.'],
  ar: ['أنا شخص منضبط في المواعيد وأحب العمل ضمن فريق.', 'أتعلم بسرعة ولا أمانع العمل البدني.', 'أنا مستعد للعمل بنظام الورديات وفي عطلة نهاية الأسبوع.'],
};

function closing(lang: Lang, facts: SummaryFacts): string {
  const licence = facts.hasLicenceB;
  switch (lang) {
    case 'it': return `Cerco lavoro nella zona di ${facts.comuneName}${licence ? ' e ho la patente B' : ''}. Il mio livello di italiano è ${facts.italianLevel}.`;
    case 'en': return `I am looking for work around ${facts.comuneName}${licence ? ' and I have a B driving licence' : ''}. My Italian is at level ${facts.italianLevel}.`;
    case 'fr': return `Je cherche du travail dans la région de ${facts.comuneName}${licence ? ' et j\'ai le permis B' : ''}. Mon niveau d'italien est ${facts.italianLevel}.`;
    case 'es': return `Busco trabajo en la zona de ${facts.comuneName}${licence ? ' y tengo carné de conducir B' : ''}. Mi nivel de italiano es ${facts.italianLevel}.`;
    case 'ar': return `أبحث عن عمل في منطقة ${facts.comuneName}${licence ? ' ولدي رخصة قيادة من الفئة B' : ''}. مستواي في اللغة الإيطالية ${facts.italianLevel}.`;
  }
}

export function buildSummary(random: Random, facts: SummaryFacts): string {
  const opening = facts.jobs.length === 0 ? [newcomer[facts.lang]] : facts.jobs.slice(0, 2).map((job) => jobSentence(facts.lang, job));
  const text = [...opening, random.pick(strengths[facts.lang]), closing(facts.lang, facts)].join(' ');
  return agree(text, facts.gender);
}

/** Resolves "{masculine|feminine}" endings in the templates. */
function agree(text: string, gender: 'female' | 'male'): string {
  return text.replace(/\{([^|}]*)\|([^}]*)\}/g, (_, masculine: string, feminine: string) => (gender === 'female' ? feminine : masculine));
}

const experienceNotes: Record<Exclude<Lang, 'it'>, string[]> = {
  en: ['Daily work in a team, following the safety rules.', 'Worked for a small family business.', 'Seasonal work, paid by the day.'],
  fr: ['Travail en équipe, dans le respect des règles de sécurité.', 'Travail dans une petite entreprise familiale.', 'Travail saisonnier, payé à la journée.'],
  es: ['Trabajo en equipo, respetando las normas de seguridad.', 'Trabajé en una pequeña empresa familiar.', 'Trabajo de temporada, pagado por día.'],
  ar: ['العمل ضمن فريق مع احترام قواعد السلامة.', 'عملت في شركة عائلية صغيرة.', 'عمل موسمي بأجر يومي.'],
};

/** A short note on an experience, in the candidate's language; Italian notes reuse the duties of the job family. */
export function experienceNote(random: Random, lang: Lang, duties: string[]): string {
  if (lang === 'it') return `Mi occupavo di ${random.sample(duties, 2).join(' e di ')}.`;
  return random.pick(experienceNotes[lang]);
}

export const foreignQualifications: Record<Lang, [string, number][]> = {
  it: [['Licenza media', 1], ['Diploma di istruzione secondaria superiore', 4], ['Qualifica professionale triennale', 3], ['Laurea triennale', 6]],
  en: [['Primary school leaving certificate', 1], ['Secondary school certificate', 3], ['High school diploma', 4], ['Vocational training certificate', 3], ['Bachelor\'s degree', 6]],
  fr: [['Certificat d\'études primaires', 1], ['Brevet des collèges', 2], ['Baccalauréat', 4], ['CAP (certificat d\'aptitude professionnelle)', 3], ['Licence', 6]],
  es: [['Certificado de educación primaria', 1], ['Educación secundaria', 3], ['Bachillerato', 4], ['Técnico superior', 5], ['Licenciatura', 6]],
  ar: [['الشهادة الابتدائية', 1], ['شهادة التعليم الإعدادي', 2], ['شهادة الثانوية العامة', 4], ['دبلوم التكوين المهني', 3], ['الإجازة الجامعية', 6]],
};
