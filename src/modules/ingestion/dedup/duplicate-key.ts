import { isVerifiableEmployerTaxCode } from '../risk/tax-code.js';
import { tokenize } from './text-similarity.js';

/** Legal-form words that differ between feeds for the same employer ("Rossi S.r.l." vs "ROSSI SRL"). */
const legalForms = new Set(['srl', 'srls', 'spa', 'sas', 'snc', 'sapa', 'scarl', 'scrl', 'soc', 'societa', 'coop', 'cooperativa', 'ss', 'sc', 'di', 'e', 'c', 's', 'r', 'l', 'p', 'a']);

export interface DuplicateKeyInput {
  employer?: { name?: string; taxCode?: string };
  location?: { comune?: string };
  occupation?: string;
}

/** The employer as feeds write it: its verified tax code and its name without the legal form. */
export function employerKeys(employer: DuplicateKeyInput['employer']): string[] {
  const keys: string[] = [];
  const taxCode = employer?.taxCode?.replace(/\s+/g, '').toUpperCase().replace(/^IT/, '');
  if (taxCode && isVerifiableEmployerTaxCode(taxCode)) keys.push(`tax:${taxCode}`);
  const name = tokenize(employer?.name ?? '').filter((t) => !legalForms.has(t)).join(' ');
  if (name !== '') keys.push(`name:${name}`);
  return keys;
}

/**
 * Vacancies can only be near-duplicates when employer, comune and occupation agree. These blocking keys
 * (one per way of naming the employer) keep the text comparison to a handful of candidates; a missing
 * comune or occupation gives no keys, so no dedup.
 */
export function duplicateKeys(vacancy: DuplicateKeyInput): string[] {
  const comune = vacancy.location?.comune?.trim().toLowerCase();
  if (!comune || !vacancy.occupation) return [];
  return employerKeys(vacancy.employer).map((employer) => `${employer}|${comune}|${vacancy.occupation}`);
}
