import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { MatchableCandidate, MatchableVacancy } from '../matching/matching.records.js';
import type { CandidateLike, VacancyLike } from './demand-records.js';

export type MarketVacancy = MatchableVacancy & VacancyLike;

export type MarketCandidate = MatchableCandidate & CandidateLike & {
  qualifications?: readonly { title?: string; country?: string; eqfLevel?: number; recognition?: string }[];
  /** The employment centre that holds the record (row-level access). */
  centreId?: string;
};

/**
 * Where demand and recommendations read vacancies and candidates from. The vacancies and candidates
 * modules provide the stored records; the demo files and the benchmarks provide in-memory ones.
 */
export interface MarketSource {
  /** Every vacancy, including closed ones and duplicates: the demand model needs both. */
  listVacancies(): Promise<MarketVacancy[]>;
  listCandidates(): Promise<MarketCandidate[]>;
  findCandidate(id: string): Promise<MarketCandidate | undefined>;
}

export function inMemoryMarketSource(vacancies: MarketVacancy[], candidates: MarketCandidate[]): MarketSource {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return {
    listVacancies: async () => vacancies,
    listCandidates: async () => candidates,
    findCandidate: async (id) => byId.get(id),
  };
}

export const defaultDemoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds/demo');

function readJsonLines(file: string): unknown[] {
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
}

/** The shipped demo region (seeds/demo): vacancies as they are, candidates with their centre. */
export function readDemoMarket(dir = defaultDemoDir): { vacancies: MarketVacancy[]; candidates: MarketCandidate[] } {
  const vacancies = readJsonLines(path.join(dir, 'vacancies.jsonl.gz')) as MarketVacancy[];
  const candidates = (readJsonLines(path.join(dir, 'candidates.jsonl.gz')) as { candidate: MarketCandidate; centreId?: string }[])
    .map((row) => ({ ...row.candidate, centreId: row.centreId }));
  return { vacancies, candidates };
}
