import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadTaxonomy } from '../../src/modules/taxonomy/taxonomy.loader.js';
import { loadRecognizer } from '../../src/modules/taxonomy/taxonomy.recognizer.js';
import { loadReferenceData } from '../../src/modules/reference/reference-data.js';
import type { Lang } from '../../src/modules/taxonomy/taxonomy.types.js';
import { createMatchContext, resolveLang, type MatchContext } from '../../src/modules/matching/match-context.js';
import { termVector, textTerms } from '../../src/modules/matching/profile-features.js';
import type { SparseVector } from '../../src/modules/matching/sparse-vector.js';
import type { CandidateRecord } from '../../src/modules/candidates/candidate.schema.js';
import type { VacancyRecord } from '../../src/modules/vacancies/vacancy.schema.js';
import { buildWorld, syntheticCandidates, syntheticVacancies } from './synthetic-market.js';
import { nodeCpuMs } from '../process-cpu.js';
import { garbageCollector } from './bench-stats.js';

/**
 * Does the textTerms memo earn its keep? For the demo data and the bench market: how often the texts of a
 * profile repeat, and the CPU and memory of building every term vector with the memo as shipped (digest
 * key), with the texts themselves as the key (before session 3), and with no memo.
 * Run: npx tsx bench/match/text-terms-memo.ts
 */
const collectGarbage = garbageCollector();
const taxonomy = loadTaxonomy();
const recognizer = loadRecognizer();
const freshContext = (): MatchContext => createMatchContext({ taxonomy, recognizer });
const langContext = freshContext();
type Call = { texts: string[]; lang: Lang };

// The texts and language exactly as the profile builders pass them.
const vacancyCall = (v: VacancyRecord): Call => ({
  texts: [v.title, v.title, v.description ?? ''], lang: resolveLang(langContext, v.lang, [v.title, v.description ?? ''].join('\n')),
});
function candidateCall(c: CandidateRecord): Call {
  const texts = [c.summary ?? '', ...(c.experiences ?? []).flatMap((e) => [e.title ?? '', e.description ?? ''])];
  return { texts, lang: resolveLang(langContext, c.lang, texts.join('\n')) };
}

function textKeyedMemo(): typeof textTerms {
  const memo = new Map<string, SparseVector>();
  return (context, texts, lang) => {
    const key = `${lang}\u0001${texts.join('\u0001')}`;
    let vector = memo.get(key);
    if (!vector) memo.set(key, (vector = termVector(context, texts, lang)));
    return vector;
  };
}

const kept = (): number => {
  collectGarbage();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

function measure(name: string, calls: Call[]): void {
  const distinct = new Set(calls.map((c) => `${c.lang}\u0001${c.texts.join('\u0001')}`)).size;
  console.log(`${name}: ${calls.length} profiles, ${distinct} distinct text lists → whole-text hit rate ${(100 * (1 - distinct / calls.length)).toFixed(1)}%`);
  const variants: [string, () => typeof textTerms][] = [['digest key (shipped)', () => textTerms], ['text key (before)', textKeyedMemo], ['no memo', () => termVector]];
  // The previous variant's vectors and memo are dropped before the next one's baseline is taken.
  let vectors: SparseVector[] = [];
  for (const [label, make] of [...variants, ...variants]) {
    vectors = [];
    const before = kept();
    const context = freshContext();
    const terms = make();
    const t0 = nodeCpuMs();
    vectors = calls.map((c) => terms(context, c.texts, c.lang));
    const cpu = nodeCpuMs() - t0;
    console.log(`  ${label.padEnd(21)} ${cpu.toFixed(0).padStart(5)} cpu-ms, kept (vectors, memo, context) ${((kept() - before) / 1e6).toFixed(1)} MB for ${vectors.length} profiles`);
  }
}

const jsonl = (file: string): unknown[] => gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
const demo = path.join(import.meta.dirname, '../../seeds/demo');
measure('demo vacancies', (jsonl(path.join(demo, 'vacancies.jsonl.gz')) as VacancyRecord[]).map(vacancyCall));
measure('demo candidates', (jsonl(path.join(demo, 'candidates.jsonl.gz')) as { candidate: CandidateRecord }[]).map((c) => candidateCall(c.candidate)));
const world = buildWorld(taxonomy, loadReferenceData().tables.comuni, 1500, 42);
measure('bench vacancies', [...syntheticVacancies(world, 200_000, 43, '2026-12-01')].map(vacancyCall));
measure('bench candidates', [...syntheticCandidates(world, 100_000, 44, '2026-12-01', ['it', 'en', 'fr'])].map(candidateCall));
