import type { Term } from './analyzer.js';

/*
 * English names a worker by adding -er, -or, -ist, -ant or -ian to the activity, and Porter stems both alike:
 * "developer" and "development" → "develop", "retailer" and "retail" → "retail", "generator" and "general" → "gener",
 * "operator" and "operations" → "oper". For occupation names the difference is the point: a "Retail Assistant" is
 * not a retailer, a "Developer" not a "development engineer", a "General Worker" not a "generator worker". So English
 * occupation labels and job titles mark the worker form ("develop~"). The other form still matches, a little weaker
 * (see TitleLabelScorer): a "Marketing Executive" may well be the *online marketer*.
 */
const workerMark = '~';
const workerEnding = /(?:er|or|ist|ant|ian)s?$/;

/** The stems of English terms, worker nouns marked. */
export function markWorkerNouns(terms: readonly Term[]): string[] {
  return terms.map((t) => (workerEnding.test(t.text) ? t.term + workerMark : t.term));
}

/** The same stem in the other form: "develop~" ↔ "develop". */
export function otherWorkerForm(term: string): string {
  return term.endsWith(workerMark) ? term.slice(0, -workerMark.length) : term + workerMark;
}

/** The terms, then each one's other form: matching either. */
export function withBothWorkerForms(terms: readonly string[]): string[] {
  return [...terms, ...terms.map(otherWorkerForm)];
}
