import { VacancyModel } from '../vacancies/vacancy.model.js';
import { CandidateModel } from '../candidates/candidate.model.js';
import type { MarketCandidate, MarketSource, MarketVacancy } from '../demand/market-source.js';

interface VacancyRow {
  _id: { toHexString(): string };
  status: string;
  record: Record<string, unknown>;
  duplicateOf?: string;
  createdAt?: Date;
}

interface CandidateRow {
  _id: string;
  centreId?: string;
  record: Record<string, unknown>;
}

const toVacancy = (row: VacancyRow): MarketVacancy => ({
  ...(row.record as unknown as MarketVacancy),
  id: row._id.toHexString(),
  status: row.status,
  ...(row.duplicateOf ? { duplicateOf: row.duplicateOf } : {}),
  ...(row.createdAt ? { createdAt: row.createdAt } : {}),
});

const toCandidate = (row: CandidateRow): MarketCandidate => ({
  ...(row.record as unknown as MarketCandidate),
  id: row._id,
  ...(row.centreId ? { centreId: row.centreId } : {}),
});

/** Reads the stored vacancies and candidates (read-only, through the owning modules' models). */
export const databaseMarketSource: MarketSource = {
  listVacancies: async () =>
    (await VacancyModel.find({}, { status: 1, record: 1, duplicateOf: 1, createdAt: 1 }).lean<VacancyRow[]>()).map(toVacancy),
  listCandidates: async () => (await CandidateModel.find({}, { centreId: 1, record: 1 }).lean<CandidateRow[]>()).map(toCandidate),
  findCandidate: async (id) => {
    const row = await CandidateModel.findById(id, { centreId: 1, record: 1 }).lean<CandidateRow>();
    return row ? toCandidate(row) : undefined;
  },
};
