/** Case and accent folding, and the Arabic normalisation that spelling variation needs. */
const combiningMarks = /[\u0300-\u036f]/g;
const arabicDiacritics = /[\u064B-\u065F\u0670\u0640]/g;

export function foldArabic(text: string): string {
  return text
    .replace(arabicDiacritics, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

/** Lower-cases and strips accents (è→e, ç→c); Arabic letters are normalised instead. */
export function foldText(text: string): string {
  // Most tokens are plain ASCII: lower-casing is all they need, and it is much cheaper than normalisation.
  if (/^[ -~]*$/.test(text)) return text.toLowerCase();
  const lower = text.toLowerCase();
  const stripped = lower.normalize('NFD').replace(combiningMarks, '').normalize('NFC');
  return /[\u0600-\u06FF]/.test(stripped) ? foldArabic(stripped) : stripped;
}
