/** Italian partita IVA (11 digits): the last digit is a Luhn-style check digit. */
export function isValidPartitaIva(code: string): boolean {
  if (!/^\d{11}$/.test(code) || /^0{11}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = Number(code[i]);
    const doubled = digit * 2;
    sum += i % 2 === 0 ? digit : doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10 === Number(code[10]);
}

/** Values of characters in odd (1st, 3rd, …) positions of a codice fiscale, digits and letters alike. */
const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function charIndex(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
}

/** Personal codice fiscale (16 characters): the last letter is a check character over the first 15. */
export function isValidCodiceFiscale(code: string): boolean {
  const upper = code.toUpperCase();
  if (!/^[A-Z0-9]{15}[A-Z]$/.test(upper)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const index = charIndex(upper[i]!);
    sum += i % 2 === 0 ? oddValues[index]! : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === upper[15];
}

/** An employer tax code is verifiable when it is a well-formed partita IVA or codice fiscale (an "IT" prefix is allowed). */
export function isVerifiableEmployerTaxCode(taxCode: string | undefined): boolean {
  if (!taxCode) return false;
  const code = taxCode.replace(/\s+/g, '').toUpperCase().replace(/^IT/, '');
  return isValidPartitaIva(code) || isValidCodiceFiscale(code);
}
