import { buildFairnessReport, type FairnessRecord, type FairnessReport } from './fairness.report.js';

/** Supplies one record per candidate: protected attributes, best match score, recommended, placed. */
export type FairnessSource = () => Promise<FairnessRecord[]>;

/**
 * The only reader of protected attributes outside eligibility rules. The matching module plugs its
 * data in with setSource; until it does, the report covers no candidates rather than guessing.
 */
export function createFairnessAudit(minGroupSize: number) {
  let source: FairnessSource | undefined;
  return {
    setSource: (value: FairnessSource) => void (source = value),
    /** k may be raised per request but never lowered below the configured minimum. */
    report: async (k?: number): Promise<FairnessReport> => {
      const records = source ? await source() : [];
      return buildFairnessReport(records, { minGroupSize: Math.max(k ?? minGroupSize, minGroupSize), referenceYear: new Date().getUTCFullYear() });
    },
  };
}

export type FairnessAudit = ReturnType<typeof createFairnessAudit>;
