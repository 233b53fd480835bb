import { TaxonomyRecognizer } from '../src/modules/taxonomy/taxonomy.recognizer.js';
import type { RecognizedOccupation } from '../src/modules/taxonomy/taxonomy.types.js';
import { Cp2011Titles } from '../src/modules/taxonomy/recognition/cp2011-titles.js';
import { OccupationClassifier } from '../src/modules/taxonomy/recognition/occupation-classifier.js';
import { listCp2011Entries } from '../src/modules/taxonomy/recognition/index-builders.js';

/**
 * Italian titles classified with the CP2011 entries carrying that very title (and identical strings) left out, so
 * only the unit's other titles, its name and the crosswalk can carry it, as for a real title that is not word for word
 * in the table. A classifier of its own over the service's prebuilt index (same IDF, priors and crosswalk), so the
 * service's classes hold no evaluation state.
 */
export class Cp2011LeaveOneOut {
  private readonly entriesByTitle = new Map<string, number[]>();
  private leftOut: ReadonlySet<number> = new Set();
  private readonly recognizer: TaxonomyRecognizer;

  constructor(service: TaxonomyRecognizer) {
    const { taxonomy, occupations } = service.parts;
    const position = new Map(occupations.uris.map((uri, i) => [uri, i]));
    listCp2011Entries(taxonomy.data, position).forEach((entry, i) => {
      const key = titleKey(entry.title);
      this.entriesByTitle.set(key, [...(this.entriesByTitle.get(key) ?? []), i]);
    });
    const cp2011 = new Cp2011Titles(occupations.snapshot.cp2011, (entry) => this.leftOut.has(entry));
    this.recognizer = new TaxonomyRecognizer({ ...service.parts, occupations: new OccupationClassifier(occupations.snapshot, cp2011) });
  }

  /** The CP2011 entries whose title is `title` once trimmed and lower-cased. */
  entriesTitled(title: string): number[] {
    return this.entriesByTitle.get(titleKey(title)) ?? [];
  }

  classify(title: string, top: number): RecognizedOccupation[] {
    this.leftOut = new Set(this.entriesTitled(title));
    return this.recognizer.classifyOccupation(title, { lang: 'it', top });
  }
}

const titleKey = (title: string): string => title.trim().toLowerCase();

/** The service's recognizer with every CP2011 entry left out: Italian titles reach occupations through ESCO's labels only. */
export function withoutCp2011(service: TaxonomyRecognizer): TaxonomyRecognizer {
  const { occupations } = service.parts;
  const none = new Cp2011Titles(occupations.snapshot.cp2011, () => true);
  return new TaxonomyRecognizer({ ...service.parts, occupations: new OccupationClassifier(occupations.snapshot, none) });
}
