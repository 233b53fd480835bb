/** Turns the date forms feeds use (ISO date-time, ISO date, dd/mm/yyyy) into an ISO date "YYYY-MM-DD". */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (italian) return validDate(`${italian[3]}-${italian[2]!.padStart(2, '0')}-${italian[1]!.padStart(2, '0')}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return validDate(text);
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

function validDate(isoDate: string): string | undefined {
  const parsed = new Date(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === isoDate ? isoDate : undefined;
}
