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
import { classifyOccupation } from './recognition/occupation-recognition.js';
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
    // Tokenised once: language detection, analysis per language and spans all start from the same tokens.
    const analysed = new AnalysedText(text);
    const lang = options.lang ?? this.parts.detector.detectTokens(text, analysed.tokens);
    return extractSkills(this.parts, analysed, lang, options.top ?? 10);
  }

  classifyOccupation(title: string, options: RecognitionOptions & { text?: string } = {}): RecognizedOccupation[] {
    const lang = options.lang ?? this.detectLanguage(options.text ? `${title} ${options.text}` : title);
    return classifyOccupation(this.parts, title, options.text, lang, options.top ?? 10);
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
