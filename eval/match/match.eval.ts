import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../../src/modules/taxonomy/taxonomy.loader.js';
import { loadRecognizer } from '../../src/modules/taxonomy/taxonomy.recognizer.js';
import { createMatchContext } from '../../src/modules/matching/match-context.js';
import { MatchEngine } from '../../src/modules/matching/match-engine.js';
import { buildCandidateProfile } from '../../src/modules/matching/candidate-profile.builder.js';
import { generateDevSet, type DevSet } from './dev-set.js';
import { summarise, type MetricSummary } from './graded-metrics.js';
import { Bm25Baseline } from './bm25-baseline.js';
import { naiveBridgeRanking } from './naive-bridge.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    write: { type: 'string' },
    occupations: { type: 'string', default: '300' },
    per: { type: 'string', default: '5' },
    candidates: { type: 'string', default: '800' },
    seed: { type: 'string', default: '7' },
    skills: { type: 'string', default: '3' },
  },
});
const int = (v: string | undefined): number => Number.parseInt(String(v), 10);
const readJsonl = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const taxonomy = loadTaxonomy();
const recognizer = loadRecognizer();
const dir = positionals[0];
const set: DevSet = dir
  ? { vacancies: readJsonl(path.join(dir, 'vacancies.jsonl')), candidates: readJsonl(path.join(dir, 'candidates.jsonl')),
      truth: JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) }
  : generateDevSet(taxonomy, { occupations: int(values.occupations), vacanciesPer: int(values.per), candidates: int(values.candidates), seed: int(values.seed), maxSkills: int(values.skills) });
if (values.write) {
  mkdirSync(values.write, { recursive: true });
  writeFileSync(path.join(values.write, 'vacancies.jsonl'), set.vacancies.map((v) => JSON.stringify(v)).join('\n') + '\n');
  writeFileSync(path.join(values.write, 'candidates.jsonl'), set.candidates.map((c) => JSON.stringify(c)).join('\n') + '\n');
  writeFileSync(path.join(values.write, 'truth.json'), JSON.stringify(set.truth));
}

const unitOf = (uri: string | undefined) => (uri ? taxonomy.getOccupation(uri)?.iscoGroup : undefined);
const gain = (candidateId: string, vacancyId: string): number => {
  const [c, v] = [set.truth[candidateId], set.truth[vacancyId]];
  if (!c || !v) return 0;
  return c === v ? 2 : unitOf(c) === unitOf(v) ? 1 : 0;
};
const idealFor = (candidateId: string) => set.vacancies.map((v) => gain(candidateId, v.id)).filter((g) => g > 0);
const runOf = (candidateId: string, ranked: readonly string[]) => ({ gains: ranked.map((v) => gain(candidateId, v)), ideal: idealFor(candidateId) });

const context = createMatchContext({ taxonomy, recognizer });
const engine = new MatchEngine(context, { today: () => '2026-12-01' });
set.vacancies.forEach((v) => engine.upsertVacancy(v));
const byLang = new Map<string, { gains: number[]; ideal: number[] }[]>();
const engineRuns = set.candidates.map((c) => {
  const profile = buildCandidateProfile(context, c);
  const run = runOf(c.id, engine.vacanciesForCandidate(profile, { top: 10 }).map((m) => m.vacancyId));
  byLang.set(c.lang ?? '?', [...(byLang.get(c.lang ?? '?') ?? []), run]);
  return run;
});

const candidateText = (c: DevSet['candidates'][number]) => [c.summary ?? '', ...(c.experiences ?? []).map((e) => e.title ?? '')].join(' ');
const bm25 = new Bm25Baseline(set.vacancies.map((v) => ({ id: v.id, text: `${v.title} ${v.description ?? ''}` })));
const bm25Runs = set.candidates.map((c) => runOf(c.id, bm25.rank(candidateText(c), 10)));
const bridgeRuns = naiveBridgeRanking(recognizer, set).map(({ candidateId, ranked }) => runOf(candidateId, ranked));

const line = (label: string, m: MetricSummary) =>
  `${label.padEnd(34)} nDCG@10 ${m.ndcg10.toFixed(3)}   MRR ${m.mrr.toFixed(3)}   recall@10 ${m.recall10.toFixed(3)}`;
console.log(`dev set: ${set.vacancies.length} Italian vacancies, ${set.candidates.length} candidates (en/fr/es/ar), ${dir ? `from ${dir}` : `generated, seed ${values.seed}, up to ${values.skills} ESCO skills per candidate`}`);
console.log(line('engine (skills+occupation+text)', summarise(engineRuns)));
for (const [lang, runs] of [...byLang].sort()) console.log(line(`  candidates writing in ${lang}`, summarise(runs)));
console.log(line('baseline: BM25 over raw texts', summarise(bm25Runs)));
console.log(line('baseline: naive concept bridge', summarise(bridgeRuns)));
