import type { Lang } from '../taxonomy.types.js';
import type { TaxonomyData } from '../taxonomy.records.js';
import { analyseTerms } from '../text/analyzer.js';
import { LabelIndexBuilder } from './label-index.js';
import { Bm25IndexBuilder } from './bm25-index.js';
import { analysedOccupationLabels } from './occupation-labels.js';
import { packLists } from './packed-lists.js';
import type { SkillLexiconEntry } from './skill-lexicon.js';
import type { SkillExtractorSnapshot } from './skill-extractor.js';
import type { OccupationClassifierSnapshot } from './occupation-classifier.js';
import type { Cp2011Snapshot } from './cp2011-titles.js';
import { buildOccupationPrior, buildOccupationSpecificity } from './occupation-prior.js';
import { buildOccupationSkillRoute } from './occupation-skill-route-builder.js';
import { buildTitleSpelling } from './title-spelling.js';

/*
 * Building the recognizer's indexes means analysing every label and description of ESCO (seconds of stemming),
 * so it runs once and its result is stored in the prebuilt index file (see taxonomy.snapshot.ts).
 */

const occupationLabelLangs: readonly Lang[] = ['en', 'it', 'fr', 'es', 'ar'];

/*
 * How much a crosswalk relation says about a CP2011 title's ESCO occupation: an exact or close match is nearly as
 * good as the ESCO label itself; a broad match means the ESCO occupation is one of several inside the CP2011 unit.
 */
const crosswalkWeight: Record<string, number> = { exactMatch: 0.9, closeMatch: 0.85, narrowMatch: 0.7, broadMatch: 0.6 };

export function buildSkillIndexes(data: TaxonomyData, lexicon: readonly SkillLexiconEntry[]): SkillExtractorSnapshot {
  const uris = data.skills.map((r) => r.uri);
  const position = new Map(uris.map((uri, i) => [uri, i]));
  const labels = { en: new LabelIndexBuilder(), fr: new LabelIndexBuilder(), it: new LabelIndexBuilder(), es: new LabelIndexBuilder() };
  const descriptions = new Bm25IndexBuilder();
  const labelBags = new Bm25IndexBuilder();
  data.skills.forEach((r, i) => {
    labels.en.add(i, analyseTerms(r.label, 'en'), 1);
    for (const alt of r.alt ?? []) labels.en.add(i, analyseTerms(alt, 'en'), 0.95);
    for (const hidden of r.hidden ?? []) labels.en.add(i, analyseTerms(hidden, 'en'), 0.8);
    if (r.fr) [r.fr.label, ...(r.fr.alt ?? [])].forEach((l) => labels.fr.add(i, analyseTerms(l, 'fr'), 1));
    if (r.desc) descriptions.add(i, analyseTerms(r.desc, 'en'));
    labelBags.add(i, analyseTerms([r.label, ...(r.alt ?? [])].join(' '), 'en'));
  });
  for (const entry of lexicon) {
    const skill = position.get(entry.uri);
    if (skill === undefined) continue;
    for (const lang of ['it', 'es', 'fr', 'en'] as const) {
      for (const label of entry.labels[lang] ?? []) labels[lang].add(skill, analyseTerms(label, lang), 1);
    }
  }
  return {
    uris,
    labelIndexes: Object.fromEntries(Object.entries(labels).map(([lang, builder]) => [lang, builder.build().snapshot])),
    descriptions: descriptions.build().snapshot,
    labelBags: labelBags.build().snapshot,
  };
}

export function buildOccupationIndexes(data: TaxonomyData): OccupationClassifierSnapshot {
  const records = data.occupations;
  const uris = records.map((r) => r.uri);
  const labelIndexes: OccupationClassifierSnapshot['labelIndexes'] = {};
  for (const lang of occupationLabelLangs) {
    const builder = new LabelIndexBuilder();
    for (const label of analysedOccupationLabels(records, lang)) builder.add(label.occupation, label.terms, label.weight);
    labelIndexes[lang] = builder.build().snapshot;
  }
  const descriptions: OccupationClassifierSnapshot['descriptions'] = {};
  for (const lang of ['en', 'it'] as const) {
    const bm25 = new Bm25IndexBuilder();
    records.forEach((r, i) => r.desc[lang] && bm25.add(i, analyseTerms(r.desc[lang], lang)));
    descriptions[lang] = bm25.build().snapshot;
  }
  const cp2011 = buildCp2011Index(data, new Map(uris.map((uri, i) => [uri, i])));
  return { uris, labelIndexes, prior: buildOccupationPrior(data), specificity: buildOccupationSpecificity(data), descriptions, cp2011, skillRoute: buildOccupationSkillRoute(data), spelling: buildTitleSpelling(data) };
}

/** A CP2011 detailed title or five-level unit name, with the ESCO occupations (by number) the crosswalk gives its unit. */
export interface Cp2011Entry {
  title: string;
  targets: { occupation: number; weight: number }[];
}

/** The entries of the CP2011 index in entry order: the titles, then the unit names, whose unit reaches a known occupation. */
export function listCp2011Entries(data: TaxonomyData, position: ReadonlyMap<string, number>): Cp2011Entry[] {
  const crosswalk = new Map<string, { uri: string; relation: string }[]>();
  // The crosswalk targets ESCO v1.0.8; a few of its occupations no longer exist in v1.1.1.
  for (const c of data.crosswalk.filter((c) => position.has(c.esco))) crosswalk.set(c.cp, [...(crosswalk.get(c.cp) ?? []), { uri: c.esco, relation: c.relation }]);
  const units = data.cp2011Units.filter((u) => u.level === 5).map((u) => ({ unit: u.code, title: u.label }));
  return [...data.cp2011Titles, ...units].flatMap(({ unit, title }) => {
    const targets = (crosswalk.get(unit) ?? []).map((t) => ({ occupation: position.get(t.uri)!, weight: crosswalkWeight[t.relation] ?? 0.5 }));
    return targets.length > 0 ? [{ title, targets }] : [];
  });
}

function buildCp2011Index(data: TaxonomyData, position: ReadonlyMap<string, number>): Cp2011Snapshot {
  const entries = listCp2011Entries(data, position);
  const titles = new LabelIndexBuilder();
  entries.forEach((entry, i) => titles.add(i, analyseTerms(entry.title, 'it')));
  return {
    titles: titles.build().snapshot,
    targets: packLists(entries.map((entry) => entry.targets.map((t) => t.occupation))),
    targetWeights: Float64Array.from(entries.flatMap((entry) => entry.targets), (t) => t.weight),
  };
}
