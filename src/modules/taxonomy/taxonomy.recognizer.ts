import type { ConceptRecognizer, Lang, RecognitionOptions, RecognizedOccupation, RecognizedSkill } from './taxonomy.types.js';
import type { EscoTaxonomy } from './taxonomy.index.js';
import { defaultTaxonomyDir, loadTaxonomy, loadTaxonomySnapshot } from './taxonomy.loader.js';
import { LanguageDetector } from './text/language-detector.js';
import { AnalysedText } from './text/analyzer.js';
import { primeStems } from './text/stemmer.js';
import { OccupationClassifier } from './recognition/occupation-classifier.js';
import { SkillExtractor } from './recognition/skill-extractor.js';
import {
  buildOccupationSkills, defaultRecognitionWeights, extractSkills, type OccupationSkills, type SkillRecognitionWeights,
} from './recognition/skill-recognition.js';
import { classifyOccupation, OccupationQuery } from './recognition/occupation-recognition.js';
import type { TaxonomySnapshot } from './taxonomy.snapshot.js';

export interface RecognizerParts {
  taxonomy: EscoTaxonomy;
  detector: LanguageDetector;
  occupations: OccupationClassifier;
  skills: SkillExtractor;
  /** Each occupation's essential and optional skills as skill numbers: what an occupation named in a text adds. */
  occupationSkills: OccupationSkills;
  weights: SkillRecognitionWeights;
}

/** The ConceptRecognizer of the project: pure, in memory, built once per process from the prebuilt taxonomy index. */
export class TaxonomyRecognizer implements ConceptRecognizer {
  constructor(readonly parts: RecognizerParts) {}

  detectLanguage(text: string): Lang {
    return this.parts.detector.detect(text);
  }

  extractSkills(text: string, options: RecognitionOptions = {}): RecognizedSkill[] {
    return this.analyseSkills(text, options).skills;
  }

  /** The skills of a text and the language they were read in (detected when not given), from one tokenisation. */
  analyseSkills(text: string, options: RecognitionOptions = {}): { lang: Lang; skills: RecognizedSkill[] } {
    const analysed = new AnalysedText(text);
    const lang = options.lang ?? this.parts.detector.detectTokens(text, analysed.tokens);
    return { lang, skills: extractSkills(this.parts, analysed, lang, options.top ?? 10) };
  }

  classifyOccupation(title: string, options: RecognitionOptions & { text?: string } = {}): RecognizedOccupation[] {
    return this.analyseOccupation(title, options).occupations;
  }

  /**
   * The occupations of a title (and optional description) and the language they were read in (detected on both
   * when not given); the description is tokenised once, for detection and for matching occupation descriptions.
   */
  analyseOccupation(title: string, options: RecognitionOptions & { text?: string } = {}): { lang: Lang; occupations: RecognizedOccupation[] } {
    const query = new OccupationQuery(title, options.text);
    const lang = options.lang ?? this.parts.detector.detectTokens(query.whole.text, query.whole.tokens);
    return { lang, occupations: classifyOccupation(this.parts, query, lang, options.top ?? 10) };
  }
}

export function buildRecognizer(taxonomy: EscoTaxonomy, snapshot: TaxonomySnapshot, weights = defaultRecognitionWeights): TaxonomyRecognizer {
  for (const [lang, table] of Object.entries(snapshot.stems)) primeStems(lang as Lang, table);
  const occupations = new OccupationClassifier(snapshot.occupations);
  const skills = new SkillExtractor(snapshot.skills);
  const occupationSkills = buildOccupationSkills(taxonomy, occupations.uris, skills);
  return new TaxonomyRecognizer({ taxonomy, detector: new LanguageDetector(snapshot.detector), occupations, skills, occupationSkills, weights });
}

const cache = new Map<string, TaxonomyRecognizer>();

/** The recognizer of this process (and its taxonomy), built on first use and then shared. */
export function loadRecognizer(dir = defaultTaxonomyDir): TaxonomyRecognizer {
  let recognizer = cache.get(dir);
  if (!recognizer) {
    recognizer = buildRecognizer(loadTaxonomy(dir), loadTaxonomySnapshot(dir));
    cache.set(dir, recognizer);
  }
  return recognizer;
}
