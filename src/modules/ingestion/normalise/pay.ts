import { isPlainObject } from '../parse/object-path.js';

/** Average weeks per month (52/12), used to turn weekly and hourly pay into monthly pay. */
const WEEKS_PER_MONTH = 52 / 12;
const DEFAULT_HOURS_PER_WEEK = 40;
const DAYS_PER_WEEK = 5;

export type PayUnit = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/**
 * Gross pay per month in EUR. A yearly figure is divided by 12 even where Italian contracts pay 13 or
 * 14 instalments: staff compare monthly-equivalent pay, and a floor check should not flatter the offer.
 */
export function toMonthlyGrossEur(amount: number, unit: PayUnit, hoursPerWeek = DEFAULT_HOURS_PER_WEEK): number {
  const perMonth: Record<PayUnit, number> = {
    HOUR: amount * hoursPerWeek * WEEKS_PER_MONTH,
    DAY: amount * DAYS_PER_WEEK * WEEKS_PER_MONTH,
    WEEK: amount * WEEKS_PER_MONTH,
    MONTH: amount,
    YEAR: amount / 12,
  };
  return Math.round(perMonth[unit]);
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  // "1.500,50" (Italian) and "1,500.50" (English) both occur in feeds.
  const cleaned = value.replace(/[^\d.,-]/g, '');
  const normalised = /,\d{1,2}$/.test(cleaned) ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/,/g, '');
  const n = Number(normalised);
  return cleaned !== '' && Number.isFinite(n) ? n : undefined;
}

/** Reads schema.org baseSalary (MonetaryAmount with a QuantitativeValue) into monthly gross EUR. */
export function monthlyPayFromBaseSalary(baseSalary: unknown, hoursPerWeek?: number): number | undefined {
  if (!isPlainObject(baseSalary)) return undefined;
  const currency = typeof baseSalary.currency === 'string' ? baseSalary.currency.toUpperCase() : 'EUR';
  if (currency !== 'EUR') return undefined;
  const quantity = isPlainObject(baseSalary.value) ? baseSalary.value : { value: baseSalary.value };
  // A range is read at its lower end: the floor check must see the least the vacancy promises.
  const amount = toNumber(quantity.value) ?? toNumber(quantity.minValue) ?? toNumber(quantity.maxValue);
  const unit = String(quantity.unitText ?? baseSalary.unitText ?? 'MONTH').toUpperCase();
  if (amount === undefined || !isPayUnit(unit)) return undefined;
  return toMonthlyGrossEur(amount, unit, hoursPerWeek);
}

function isPayUnit(unit: string): unit is PayUnit {
  return ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'].includes(unit);
}

/** "40 hours per week", "38,5 ore settimanali", "40" → 40; anything unreadable → undefined. */
export function parseHoursPerWeek(value: unknown): number | undefined {
  const n = typeof value === 'string' ? toNumber(/\d+(?:[.,]\d+)?/.exec(value)?.[0]) : toNumber(value);
  return n !== undefined && n > 0 && n <= 80 ? n : undefined;
}

export { toNumber };
