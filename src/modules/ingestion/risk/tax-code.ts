import { normaliseTaxCode, taxCodeKind } from '../../employers/tax-code.js';

/**
 * An employer tax code is verifiable when it is a well-formed partita IVA or codice fiscale (an "IT" prefix is
 * allowed); the employers module owns the checks themselves (check digit and check letter).
 */
export function isVerifiableEmployerTaxCode(taxCode: string | undefined): boolean {
  return taxCode ? taxCodeKind(normaliseTaxCode(taxCode)) !== undefined : false;
}
