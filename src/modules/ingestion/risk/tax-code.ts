import { isValidCompanyTaxCode, isValidPersonTaxCode, normaliseTaxCode, taxCodeKind } from '../../employers/tax-code.js';

/** The employers module owns the Italian tax-code checks; ingestion names them as its risk rules read. */
export const isValidPartitaIva = isValidCompanyTaxCode;

export const isValidCodiceFiscale = (code: string): boolean => isValidPersonTaxCode(code.toUpperCase());

/** An employer tax code is verifiable when it is a well-formed partita IVA or codice fiscale (an "IT" prefix is allowed). */
export function isVerifiableEmployerTaxCode(taxCode: string | undefined): boolean {
  return taxCode ? taxCodeKind(normaliseTaxCode(taxCode)) !== undefined : false;
}
