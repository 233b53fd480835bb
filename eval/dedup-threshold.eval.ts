import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { textSimilarity } from '../src/modules/ingestion/dedup/text-similarity.js';
import { DUPLICATE_SIMILARITY_THRESHOLD } from '../src/modules/ingestion/record-batch.js';
import { pick as pickWith, sample, seededRandom } from '../src/platform/seeded-random.js';

/**
 * Measures precision and recall of the near-duplicate text threshold on generated pairs that already
 * share employer, comune and occupation (what the blocking key guarantees): positives are one vacancy
 * re-published by another portal (sentences reordered, words swapped, boilerplate added, text cut);
 * negatives are other vacancies of the same employer for the same occupation (hard negatives).
 * usage: npm run eval:dedup -- [--pairs N] [--seed S] [--out pairs.jsonl]
 */
const { values } = parseArgs({ options: { pairs: { type: 'string', default: '2000' }, seed: { type: 'string', default: '7' }, out: { type: 'string' } } });

const random = seededRandom(Number(values.seed));
const pick = <T>(items: readonly T[]): T => pickWith(random, items);

const roles = ['magazziniere', 'cuoco', 'cameriere di sala', 'operatore socio-sanitario', 'saldatore', 'muratore', 'addetto alle pulizie', 'autista con patente C', 'operaio agricolo', 'aiuto cuoco'];
const shifts = ['turno di mattina', 'turno serale', 'turni a rotazione', 'turno notturno', 'orario spezzato', 'part-time pomeridiano'];
const contracts = ['contratto a tempo determinato di 6 mesi', 'contratto a tempo indeterminato', 'contratto stagionale', 'apprendistato', 'somministrazione di 3 mesi'];
const needs = ['esperienza di almeno un anno', 'patente B', 'conoscenza base della lingua italiana', 'disponibilità nei fine settimana', 'attestato HACCP', 'uso del muletto', 'attestato sicurezza'];
const perks = ['buoni pasto', 'possibilità di alloggio', 'formazione pagata', 'rimborso trasporti', 'premio di produzione'];
const boilerplate = ['Candidati ora sul nostro portale.', 'Annuncio pubblicato da un\'agenzia per il lavoro autorizzata.', 'Il presente annuncio è rivolto a candidati di ambo i sessi.', 'Invia il CV indicando il codice annuncio.'];
const synonyms: Record<string, string> = { cerca: 'ricerca', richiesta: 'richiesta obbligatoria', offre: 'propone', esperienza: 'pratica', disponibilità: 'flessibilità' };

interface Ad { sentences: string[] }

function makeAd(role: string, employer: string, comune: string): Ad {
  const chosen = sample(random, needs, 2 + Math.floor(random() * 2));
  return {
    sentences: [
      `${employer} cerca ${role} per la sede di ${comune}.`,
      `Si offre ${pick(contracts)}, ${pick(shifts)}.`,
      `Requisiti: ${chosen.join(', ')}.`,
      `L'azienda offre ${pick(perks)}.`,
      `Rif. ${Math.floor(random() * 9000 + 1000)}.`,
    ],
  };
}

/** The same vacancy as another portal republishes it. */
function republish(ad: Ad): string {
  let sentences = [...ad.sentences];
  if (random() < 0.5) sentences = [sentences[0]!, ...sample(random, sentences.slice(1), sentences.length - 1)];
  let text = sentences.join(' ');
  for (const [word, other] of Object.entries(synonyms)) if (random() < 0.4) text = text.replace(word, other);
  if (random() < 0.6) text = `${text} ${pick(boilerplate)}`;
  if (random() < 0.4) text = text.slice(0, Math.floor(text.length * (0.7 + random() * 0.3)));
  return random() < 0.3 ? text.toUpperCase() : text;
}

const pairs: { a: string; b: string; duplicate: boolean; similarity: number }[] = [];
for (let i = 0; i < Number(values.pairs); i += 1) {
  const role = pick(roles);
  const employer = `Impresa ${String.fromCharCode(65 + (i % 26))}${i} S.r.l.`;
  const comune = pick(['Torino', 'Milano', 'Bari', 'Verona', 'Latina']);
  const title = role.charAt(0).toUpperCase() + role.slice(1);
  const original = makeAd(role, employer, comune);
  const a = `${title}\n${original.sentences.join(' ')}`;
  const duplicate = i % 2 === 0;
  const b = duplicate ? `${title}\n${republish(original)}` : `${title}\n${republish(makeAd(role, employer, comune))}`;
  pairs.push({ a, b, duplicate, similarity: textSimilarity(a, b) });
}
if (values.out) writeFileSync(values.out, pairs.map((p) => JSON.stringify(p)).join('\n'));

console.log(`eval:dedup — ${pairs.length} generated pairs (half duplicates), seed ${values.seed}`);
console.log('threshold  precision  recall  F1');
let best = { threshold: 0, f1: 0 };
for (let t = 0.3; t <= 0.951; t += 0.05) {
  const predicted = pairs.filter((p) => p.similarity >= t);
  const tp = predicted.filter((p) => p.duplicate).length;
  const precision = predicted.length ? tp / predicted.length : 1;
  const recall = tp / pairs.filter((p) => p.duplicate).length;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  if (f1 > best.f1) best = { threshold: t, f1 };
  const mark = Math.abs(t - DUPLICATE_SIMILARITY_THRESHOLD) < 1e-9 ? '  <- configured' : '';
  console.log(`${t.toFixed(2).padStart(9)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}  ${f1.toFixed(3)}${mark}`);
}
console.log(`best F1 ${best.f1.toFixed(3)} at ${best.threshold.toFixed(2)}; configured threshold ${DUPLICATE_SIMILARITY_THRESHOLD}`);
