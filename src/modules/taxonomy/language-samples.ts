import type { TaxonomyData } from './taxonomy.records.js';
import type { LanguageSample, LatinLang } from './text/language-detector.js';

/**
 * Training text for language detection, all from ESCO: occupation labels in en/it/fr/es, occupation descriptions
 * in en/it and French skill labels. `keep` selects occupations, so an accuracy check can hold some out.
 */
export function* languageSamples(taxonomy: { data: TaxonomyData }, keep: (uri: string) => boolean = () => true): Generator<LanguageSample> {
  for (const occupation of taxonomy.data.occupations) {
    if (!keep(occupation.uri)) continue;
    for (const lang of ['en', 'it', 'fr', 'es'] as LatinLang[]) {
      const set = occupation.labels[lang];
      if (set) yield { lang, text: [set.pref, ...(set.alt ?? [])].join(' ') };
    }
    if (occupation.desc.en) yield { lang: 'en', text: occupation.desc.en };
    if (occupation.desc.it) yield { lang: 'it', text: occupation.desc.it };
  }
  for (const skill of taxonomy.data.skills) {
    if (skill.fr) yield { lang: 'fr', text: [skill.fr.label, ...(skill.fr.alt ?? [])].join(' ') };
  }
}
