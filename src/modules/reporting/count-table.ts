import type { IndicatorRow, InteropCodes } from './indicator.types.js';
import { suppressTable, type AdditiveRelation } from './suppression.js';

interface Cell {
  breakdown: string;
  category: string;
  codes?: InteropCodes;
  value: number;
}

const keyOf = (breakdown: string, category: string): string => `${breakdown}|${category}`;

/**
 * The cells of one indicator and the additive relations among them, so suppression sees every way a
 * hidden cell could be recomputed. Cells keep insertion order for a stable export.
 */
export class CountTable {
  private readonly cells = new Map<string, Cell>();
  private readonly relations: AdditiveRelation[] = [];

  constructor(readonly indicator: string) {}

  set(breakdown: string, category: string, value: number, codes?: InteropCodes): void {
    this.cells.set(keyOf(breakdown, category), { breakdown, category, value, ...(codes ? { codes } : {}) });
  }

  add(breakdown: string, category: string, codes?: InteropCodes): void {
    const current = this.cells.get(keyOf(breakdown, category));
    this.set(breakdown, category, (current?.value ?? 0) + 1, codes ?? current?.codes);
  }

  /** Declares that the cells of `partBreakdown` (present now) sum to the cell (totalBreakdown, totalCategory). */
  relate(totalBreakdown: string, totalCategory: string, partBreakdown: string, partCategories?: string[]): void {
    const parts = partCategories ?? [...this.cells.values()].filter((c) => c.breakdown === partBreakdown).map((c) => c.category);
    this.relations.push({ total: keyOf(totalBreakdown, totalCategory), parts: parts.map((p) => keyOf(partBreakdown, p)) });
  }

  rows(threshold: number): IndicatorRow[] {
    const values = new Map([...this.cells].map(([key, cell]) => [key, cell.value]));
    const hidden = suppressTable(values, this.relations, threshold);
    return [...this.cells].map(([key, cell]) => {
      const reason = hidden.get(key);
      return {
        indicator: this.indicator,
        breakdown: cell.breakdown,
        category: cell.category,
        ...(cell.codes ? { codes: cell.codes } : {}),
        value: reason ? null : cell.value,
        ...(reason ? { suppressed: reason } : {}),
      };
    });
  }
}
