/**
 * Italian job titles: `npm run eval:titles-it`. Queries are the CP2011 detailed titles (shipped ANPAL data); the
 * relevant ESCO occupations are those the AI4ESCO crosswalk maps their CP2011 unit to. Reported three ways:
 * - ESCO Italian labels only (the CP2011 path switched off): a fair figure;
 * - leave-one-out through CP2011: for each query, the CP2011 entries carrying that very title (and identical
 *   strings) are left out of the CP2011 index, so only the unit's other titles, its name and the crosswalk can carry
 *   it, as for a real Italian title that is not word for word in the table: the fair figure for the product's path;
 * - with every CP2011 title, the query's own included: an upper bound only, since the index has seen the query.
 */
import { loadRecognizer } from '../src/modules/taxonomy/taxonomy.recognizer.js';
import { evaluateRankings } from './metrics.js';
import { Cp2011LeaveOneOut, withoutCp2011 } from './cp2011-leave-one-out.js';

const recognizer = loadRecognizer();
const taxonomy = recognizer.parts.taxonomy;
const cases = taxonomy.data.cp2011Titles
  .filter((t) => !t.code.endsWith('.0'))
  .map((t) => ({ title: t.title.toLowerCase(), relevant: new Set(taxonomy.escoOccupationsForCp2011(t.unit).map((m) => m.uri)) }))
  .filter((c) => c.relevant.size > 0);

function report(name: string, classify: (title: string) => { uri: string }[]): void {
  const ranked = cases.map((c) => ({ ranked: classify(c.title).map((o) => o.uri), relevant: c.relevant }));
  const m = evaluateRankings(ranked);
  console.log(`${name.padEnd(58)} MRR ${m.mrr.toFixed(3)}  R@1 ${m.recallAt[1]!.toFixed(3)}  R@5 ${m.recallAt[5]!.toFixed(3)}  R@10 ${m.recallAt[10]!.toFixed(3)}`);
}

console.log(`CP2011 titles with a crosswalked ESCO occupation: ${cases.length}`);
const classify = (title: string) => recognizer.classifyOccupation(title, { lang: 'it', top: 10 });
const leaveOneOut = new Cp2011LeaveOneOut(recognizer);
report('CP2011 leave-one-out + ESCO Italian labels (fair)', (title) => leaveOneOut.classify(title, 10));
report('upper bound: CP2011 index includes the query title itself', classify);
const labelsOnly = withoutCp2011(recognizer);
report('ESCO Italian labels only (fair)', (title) => labelsOnly.classifyOccupation(title, { lang: 'it', top: 10 }));
