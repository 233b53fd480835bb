/**
 * Folds a place name for lookup: accents, case, apostrophes and hyphens do not matter, so
 * "FORLI'", "Forlì" and "forli" meet, as do "Reggio nell'Emilia" and "reggio nell emilia".
 */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´\-./]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits "Castro (LE)" or "Castro, LE" into the name and the province abbreviation. */
export function splitProvinceQualifier(query: string): { name: string; provinceAbbrev?: string } {
  const match = /^(.*?)(?:\s*\(([A-Za-z]{2})\)|\s*,\s*([A-Za-z]{2}))\s*$/.exec(query);
  if (!match) return { name: query };
  return { name: match[1] ?? '', provinceAbbrev: (match[2] ?? match[3] ?? '').toUpperCase() };
}
