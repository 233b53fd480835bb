/**
 * Language detection accuracy: `npm run eval:language`. Trains the detector on ESCO occupations whose URI hash is
 * even and tests on the preferred labels (it, en, fr, es, ar) of the others, so no test label was seen in training.
 */
import { createHash } from 'node:crypto';
import { loadTaxonomy } from '../src/modules/taxonomy/taxonomy.loader.js';
import { trainLanguageDetector } from '../src/modules/taxonomy/text/language-detector.js';
import { languageSamples } from '../src/modules/taxonomy/language-samples.js';
import type { Lang } from '../src/modules/taxonomy/taxonomy.types.js';

const inTraining = (uri: string): boolean => (createHash('md5').update(uri).digest()[0]! & 1) === 0;
const taxonomy = loadTaxonomy();
const detector = trainLanguageDetector(languageSamples(taxonomy, inTraining));
const langs: Lang[] = ['it', 'en', 'fr', 'es', 'ar'];
const tally = Object.fromEntries(langs.map((l) => [l, { right: 0, total: 0 }]));
const descriptions = { right: 0, total: 0 };
for (const occupation of taxonomy.data.occupations) {
  if (inTraining(occupation.uri)) continue;
  for (const lang of langs) {
    const label = occupation.labels[lang]?.pref;
    if (!label) continue;
    tally[lang]!.total += 1;
    if (detector.detect(label) === lang) tally[lang]!.right += 1;
  }
  for (const [lang, text] of Object.entries(occupation.desc)) {
    descriptions.total += 1;
    if (text && detector.detect(text) === lang) descriptions.right += 1;
  }
}
console.log('held-out ESCO occupation preferred labels (titles):');
for (const lang of langs) console.log(`  ${lang}: ${(tally[lang]!.right / tally[lang]!.total).toFixed(3)} of ${tally[lang]!.total}`);
const all = Object.values(tally).reduce((a, t) => ({ right: a.right + t.right, total: a.total + t.total }), { right: 0, total: 0 });
console.log(`  all: ${(all.right / all.total).toFixed(3)} of ${all.total}`);
console.log(`held-out occupation descriptions (en, it): ${(descriptions.right / descriptions.total).toFixed(3)} of ${descriptions.total}`);
