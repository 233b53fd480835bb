/**
 * `npm run bench:nlp`: index load time and RSS, skill extraction sentences/s, occupation classification titles/s and
 * autocomplete p99, on one core. Inputs are generated from the shipped taxonomy (ESCO descriptions and labels).
 * Each figure is given in wall time and in this process's CPU time: on a shared, overloaded machine the wall figure
 * mostly measures waiting for a core, the CPU figure what one core does.
 */
import { loadavg } from 'node:os';
import { loadRecognizer } from '../src/modules/taxonomy/taxonomy.recognizer.js';
import { TaxonomyAutocomplete } from '../src/modules/taxonomy/taxonomy.autocomplete.js';

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

function timeIt(label: string, count: number, unit: string, run: () => void): void {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  run();
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuSeconds(cpuStart);
  console.log(`${label}: ${(count / cpu).toFixed(0)} ${unit}/s CPU, ${(count / seconds).toFixed(0)} ${unit}/s wall (${count} in ${cpu.toFixed(2)} s CPU, ${seconds.toFixed(2)} s wall)`);
}

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const loadStart = performance.now();
const loadCpuStart = process.cpuUsage();
const recognizer = loadRecognizer();
const loadSeconds = (performance.now() - loadStart) / 1000;
const rss = process.memoryUsage().rss / 1024 / 1024;
console.log(`index load (taxonomy + recognizer, prebuilt file): ${loadSeconds.toFixed(2)} s wall, ${cpuSeconds(loadCpuStart).toFixed(2)} s CPU, RSS ${rss.toFixed(0)} MB`);

const { data } = recognizer.parts.taxonomy;
const sentences = data.occupations.flatMap((o) => (o.desc.en ?? '').split(/(?<=\.)\s+/)).filter((s) => s.length > 20).slice(0, 4000);
const italian = data.occupations.flatMap((o) => (o.desc.it ?? '').split(/(?<=\.)\s+/)).filter((s) => s.length > 20).slice(0, 2000);
const titles = data.occupations.flatMap((o) => (o.labels.en.alt ?? []).slice(0, 3)).slice(0, 8000);
const titlesIt = data.occupations.flatMap((o) => (o.labels.it?.alt ?? []).slice(0, 2)).slice(0, 4000);

recognizer.extractSkills('warm up the caches', { lang: 'en' });
timeIt('skill extraction, English sentences', sentences.length, 'sentences', () => sentences.forEach((s) => recognizer.extractSkills(s, { lang: 'en', top: 10 })));
// The first pass also warms the JIT (and stems words outside the ESCO vocabulary, whose stems the index file carries);
// a long-running service is in the second pass's state. Both are printed, for titles too.
timeIt('skill extraction, English sentences, second pass', sentences.length, 'sentences', () => sentences.forEach((s) => recognizer.extractSkills(s, { lang: 'en', top: 10 })));
timeIt('skill extraction, Italian sentences (lang detected)', italian.length, 'sentences', () => italian.forEach((s) => recognizer.extractSkills(s, { top: 10 })));
for (const pass of ['', ', second pass']) {
  timeIt(`occupation classification, English titles${pass}`, titles.length, 'titles', () => titles.forEach((t) => recognizer.classifyOccupation(t, { lang: 'en', top: 10 })));
  timeIt(`occupation classification, Italian titles (lang detected)${pass}`, titlesIt.length, 'titles', () => titlesIt.forEach((t) => recognizer.classifyOccupation(t, { top: 10 })));
}

const autocomplete = new TaxonomyAutocomplete(recognizer.parts.taxonomy);
autocomplete.suggestSkills('a', 'en');
autocomplete.suggestOccupations('a', 'it');
const queries = [...titles.slice(0, 1000), ...titlesIt.slice(0, 1000)].flatMap((t) => [t.slice(0, 2), t.slice(0, 4), t.slice(0, 8)]);
const latencies: number[] = [];
const cpuLatencies: number[] = [];
for (const [i, q] of queries.entries()) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  if (i % 2 === 0) autocomplete.suggestSkills(q, 'en', 10);
  else autocomplete.suggestOccupations(q, 'it', 10);
  cpuLatencies.push(cpuSeconds(cpuStart) * 1000);
  latencies.push(performance.now() - start);
}
const p = (values: number[], q: number): string => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!.toFixed(2);
console.log(`autocomplete (${latencies.length} prefixes): CPU p50 ${p(cpuLatencies, 0.5)} ms, p99 ${p(cpuLatencies, 0.99)} ms; wall p50 ${p(latencies, 0.5)} ms, p99 ${p(latencies, 0.99)} ms`);
console.log(`RSS after benchmark: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
