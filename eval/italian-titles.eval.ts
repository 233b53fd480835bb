/**
 * Italian job titles: `npm run eval:titles-it`. Queries are the CP2011 detailed titles (shipped ANPAL data); the
 * relevant ESCO occupations are those the AI4ESCO crosswalk maps their CP2011 unit to. Reported twice: with the
 * CP2011 path (which has seen these titles, so an upper bound) and with ESCO Italian labels only (a fair figure).
 */
import { loadRecognizer } from '../src/modules/taxonomy/taxonomy.recognizer.js';
import { evaluateRankings } from './metrics.js';

const recognizer = loadRecognizer();
const taxonomy = recognizer.parts.taxonomy;
const cases = taxonomy.data.cp2011Titles
  .filter((t) => !t.code.endsWith('.0'))
  .map((t) => ({ title: t.title.toLowerCase(), relevant: new Set(taxonomy.escoOccupationsForCp2011(t.unit).map((m) => m.uri)) }))
  .filter((c) => c.relevant.size > 0);

function report(name: string): void {
  const m = evaluateRankings(cases.map((c) => ({ ranked: recognizer.classifyOccupation(c.title, { lang: 'it', top: 10 }).map((o) => o.uri), relevant: c.relevant })));
  console.log(`${name.padEnd(36)} MRR ${m.mrr.toFixed(3)}  R@1 ${m.recallAt[1]!.toFixed(3)}  R@5 ${m.recallAt[5]!.toFixed(3)}  R@10 ${m.recallAt[10]!.toFixed(3)}`);
}

console.log(`CP2011 titles with a crosswalked ESCO occupation: ${cases.length}`);
report('with CP2011 titles + crosswalk');
recognizer.parts.occupations.useCp2011 = false;
report('ESCO Italian labels only');
