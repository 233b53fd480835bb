/**
 * Coarse groups over the protected attributes, used only by the fairness audit. Coarse on purpose:
 * per-country groups would mostly fall under the suppression threshold and single people out.
 */
const euMembers = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);
const regionByCountry: Record<string, string> = {
  AL: 'europe-non-eu', UA: 'europe-non-eu', MD: 'europe-non-eu', RS: 'europe-non-eu', MK: 'europe-non-eu', BA: 'europe-non-eu', XK: 'europe-non-eu', GE: 'europe-non-eu', RU: 'europe-non-eu', TR: 'europe-non-eu',
  MA: 'north-africa', TN: 'north-africa', EG: 'north-africa', DZ: 'north-africa', LY: 'north-africa',
  NG: 'sub-saharan-africa', SN: 'sub-saharan-africa', GM: 'sub-saharan-africa', CI: 'sub-saharan-africa', GN: 'sub-saharan-africa', ML: 'sub-saharan-africa', GH: 'sub-saharan-africa', ER: 'sub-saharan-africa', SO: 'sub-saharan-africa', SD: 'sub-saharan-africa', BF: 'sub-saharan-africa', CM: 'sub-saharan-africa', ET: 'sub-saharan-africa',
  PK: 'asia', BD: 'asia', IN: 'asia', AF: 'asia', SY: 'asia', CN: 'asia', PH: 'asia', LK: 'asia', IQ: 'asia', IR: 'asia',
  PE: 'americas', EC: 'americas', BR: 'americas', CO: 'americas', VE: 'americas', DO: 'americas', CU: 'americas', AR: 'americas',
};

export function nationalityGroup(iso: string | undefined): string {
  if (!iso) return 'unknown';
  const code = iso.toUpperCase();
  if (code === 'IT') return 'italy';
  if (euMembers.has(code)) return 'eu';
  return regionByCountry[code] ?? 'other';
}

export function ageBand(birthYear: number | undefined, referenceYear: number): string {
  if (birthYear === undefined) return 'unknown';
  const age = referenceYear - birthYear;
  if (age < 25) return 'under-25';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55-plus';
}

/** Any kind of international or temporary protection, versus none; the detailed statuses are too small to report. */
export function protectionGroup(status: string | undefined): string {
  if (!status) return 'unknown';
  return status === 'none' ? 'none' : status === 'asylum-applicant' ? 'asylum-applicant' : 'protection-holder';
}

export interface ProtectedAttributes {
  nationality?: string;
  gender?: string;
  birthYear?: number;
  protectionStatus?: string;
}

export const fairnessAttributes = ['nationalityGroup', 'gender', 'protectionStatus', 'ageBand'] as const;
export type FairnessAttribute = (typeof fairnessAttributes)[number];

export function groupsOf(attributes: ProtectedAttributes, referenceYear: number): Record<FairnessAttribute, string> {
  return {
    nationalityGroup: nationalityGroup(attributes.nationality),
    gender: attributes.gender?.toLowerCase() || 'unknown',
    protectionStatus: protectionGroup(attributes.protectionStatus),
    ageBand: ageBand(attributes.birthYear, referenceYear),
  };
}
