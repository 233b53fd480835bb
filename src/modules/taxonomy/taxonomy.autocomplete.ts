import type { Lang } from './taxonomy.types.js';
import type { EscoTaxonomy } from './taxonomy.index.js';
import { AutocompleteIndex } from './recognition/autocomplete-index.js';
import { occupationLabelsIn } from './recognition/occupation-labels.js';

export interface ConceptSuggestion {
  uri: string;
  /** The label that matched the query. */
  matched: string;
  /** The preferred label in the requested language, or English. */
  label: string;
}

/** Multilingual autocomplete for skills and occupations, built lazily per language on first use. */
export class TaxonomyAutocomplete {
  private readonly skills = new Map<Lang, AutocompleteIndex>();
  private readonly occupations = new Map<Lang, AutocompleteIndex>();

  constructor(private readonly taxonomy: EscoTaxonomy) {}

  suggestSkills(query: string, lang: Lang, limit = 10): ConceptSuggestion[] {
    const skills = this.taxonomy.data.skills;
    let index = this.skills.get(lang);
    if (!index) {
      index = new AutocompleteIndex();
      skills.forEach((s, i) => {
        const labels = lang === 'fr' && s.fr ? [s.fr.label, ...(s.fr.alt ?? [])] : [s.label, ...(s.alt ?? [])];
        labels.forEach((l) => index!.add(i, l));
      });
      index.freeze();
      this.skills.set(lang, index);
    }
    return index.suggest(query, limit).map(({ concept, label }) => {
      const uri = skills[concept]!.uri;
      return { uri, matched: label, label: this.taxonomy.skillLabel(uri, lang) ?? label };
    });
  }

  suggestOccupations(query: string, lang: Lang, limit = 10): ConceptSuggestion[] {
    const occupations = this.taxonomy.data.occupations;
    let index = this.occupations.get(lang);
    if (!index) {
      index = new AutocompleteIndex();
      occupations.forEach((o, i) => [...occupationLabelsIn(o, lang), ...(lang === 'en' ? [] : occupationLabelsIn(o, 'en'))].forEach((l) => index!.add(i, l.text)));
      index.freeze();
      this.occupations.set(lang, index);
    }
    return index.suggest(query, limit).map(({ concept, label }) => {
      const uri = occupations[concept]!.uri;
      return { uri, matched: label, label: this.taxonomy.occupationLabel(uri, lang) ?? label };
    });
  }
}
