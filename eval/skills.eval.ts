/**
 * Skill extraction evaluation: `npm run eval:skills -- <folder>` with the CSV sets of Decorte et al. (sentence, esco_uri).
 * Prints RP@5, RP@10 and MRR per set for the recognizer and, in the same run, for the baselines.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadRecognizer } from '../src/modules/taxonomy/taxonomy.recognizer.js';
import { ExactLabelBaseline, TfIdfBaseline } from './baselines.js';
import { evaluateRankings } from './metrics.js';
import { formatMetric, readCsvRows } from './csv.js';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('usage: npm run eval:skills -- <folder with *.csv>\n');
  process.exit(2);
}

/** One case per sentence with all its annotated URIs; rows without a URI are ignored. */
function readSentences(file: string): { sentence: string; relevant: Set<string> }[] {
  const bySentence = new Map<string, Set<string>>();
  for (const row of readCsvRows(file)) {
    if (!row.esco_uri || !row.sentence) continue;
    const set = bySentence.get(row.sentence) ?? new Set<string>();
    set.add(row.esco_uri);
    bySentence.set(row.sentence, set);
  }
  return [...bySentence].map(([sentence, relevant]) => ({ sentence, relevant }));
}

const recognizer = loadRecognizer();
const skills = recognizer.parts.taxonomy.data.skills;
const systems: Record<string, (text: string) => string[]> = {
  'exact label match': ((b) => (t: string) => b.rank(t, 10))(new ExactLabelBaseline(skills.flatMap((s) => [s.label, ...(s.alt ?? [])].map((label) => ({ uri: s.uri, label }))))),
  'TF-IDF preferred labels': ((b) => (t: string) => b.rank(t, 10))(new TfIdfBaseline(skills.map((s) => ({ uri: s.uri, text: s.label })))),
  'TF-IDF preferred+alt labels': ((b) => (t: string) => b.rank(t, 10))(new TfIdfBaseline(skills.map((s) => ({ uri: s.uri, text: [s.label, ...(s.alt ?? [])].join(' ') })))),
  'PRIMA recognizer': (t) => recognizer.extractSkills(t, { lang: 'en', top: 10 }).map((s) => s.uri),
};

for (const file of readdirSync(folder).filter((f) => f.endsWith('.csv')).sort()) {
  const sentences = readSentences(path.join(folder, file));
  console.log(`\n${file}: ${sentences.length} sentences`);
  console.log(`${'system'.padEnd(30)} ${'RP@5'.padStart(6)} ${'RP@10'.padStart(6)} ${'MRR'.padStart(6)}`);
  for (const [name, rank] of Object.entries(systems)) {
    const m = evaluateRankings(sentences.map((s) => ({ ranked: rank(s.sentence), relevant: s.relevant })), [5, 10]);
    console.log(`${name.padEnd(30)} ${formatMetric(m.rpAt[5]!).padStart(6)} ${formatMetric(m.rpAt[10]!).padStart(6)} ${formatMetric(m.mrr).padStart(6)}`);
  }
}
