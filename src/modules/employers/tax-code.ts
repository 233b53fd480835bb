/**
 * Italian tax identifiers: the 16-character codice fiscale of a person and the 11-digit number that is
 * both a company's codice fiscale and its partita IVA. Both carry a check character, verified here.
 */
export type TaxCodeKind = 'person' | 'company';

const PERSON_PATTERN = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const COMPANY_PATTERN = /^\d{11}$/;

// Values of the characters in odd positions (1st, 3rd, …) for digits 0-9 and letters A-Z alike.
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

const charIndex = (ch: string): number => (ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 65);

export function isValidPersonTaxCode(code: string): boolean {
  if (!PERSON_PATTERN.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const index = charIndex(code[i] ?? '');
    sum += i % 2 === 0 ? (ODD_VALUES[index] ?? 0) : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15];
}

/** Partita IVA (and company codice fiscale): Luhn-style check digit over the first ten digits. */
export function isValidCompanyTaxCode(code: string): boolean {
  if (!COMPANY_PATTERN.test(code) || code.startsWith('0000000')) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = Number(code[i]);
    const doubled = digit * 2;
    sum += i % 2 === 0 ? digit : doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10 === Number(code[10]);
}

export function normaliseTaxCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase().replace(/^IT(?=\d{11}$)/, '');
}

/** The kind of a normalised tax code, or undefined when its format or check character is wrong. */
export function taxCodeKind(code: string): TaxCodeKind | undefined {
  if (isValidCompanyTaxCode(code)) return 'company';
  if (isValidPersonTaxCode(code)) return 'person';
  return undefined;
}
