import type { Lang } from '../taxonomy.types.js';
import { englishTitleAbbreviations, englishTitleNoise, italianTitleNoise } from './title-vocabulary.js';

/*
 * Vacancy titles carry words that say nothing about the occupation: seniority ("senior", "jr"), the kind of contract
 * ("internship", "part time"), the spoken language wanted ("Mandarin speaker"), gender markers ("m/f/d"), salaries
 * and reference numbers. Left in, they match unrelated ESCO labels: Porter stems "internship" and "international"
 * alike, and "senior" names hundreds of labels. Abbreviations ("mgr", "asst", "hr") are spelled out so the labels
 * can match them.
 */

const genderMarker = /[([]?\b(?:m|f|w|h|d|x)\s*\/\s*(?:m|f|w|h|d|x)(?:\s*\/\s*(?:m|f|w|h|d|x))?\b[)\]]?/gi;
// "public speaking" is a skill ("public speaking coach"), not a language wanted.
const spokenLanguage = /\b(?:native\s+)?(?!public\b)[\p{L}]+\s+(?:speakers?|speaking)\b/giu;
const schedule = /\b(?:full|part)[\s-]?time(?:rs?)?\b/gi;
const numberLike = /\b(?:rm|usd|eur|€|\$)?\s?\d[\d.,]*\s?(?:k|rm)?\b/giu;
const wordPattern = /[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+|\+\+|#)?/gu;

/**
 * The English title with noise removed and abbreviations spelled out (Italian: see cleanItalianTitle); the original
 * title when no word would be left.
 */
export function cleanTitle(title: string, lang: Lang): string {
  if (lang === 'it') return cleanItalianTitle(title);
  if (lang !== 'en') return title;
  let kept = 0;
  const cleaned = title
    .replace(genderMarker, ' ')
    .replace(spokenLanguage, ' ')
    .replace(schedule, ' ')
    .replace(numberLike, ' ')
    .replace(wordPattern, (word) => {
      const lower = word.toLowerCase();
      if (englishTitleNoise.has(lower)) return ' ';
      kept += 1;
      // "IT" in capitals is information technology, not the pronoun the stopword list drops.
      return word === 'IT' ? 'ICT' : (englishTitleAbbreviations.get(lower) ?? word);
    });
  return kept > 0 ? cleaned : title;
}

/** Italian ads wrap the title in recruiting words ("Cercasi cameriere", "commesso (m/f) - assunzione immediata"). */
function cleanItalianTitle(title: string): string {
  let kept = 0;
  const cleaned = title
    .replace(genderMarker, ' ')
    .replace(schedule, ' ')
    .replace(numberLike, ' ')
    .replace(wordPattern, (word) => {
      if (italianTitleNoise.has(word.toLowerCase())) return ' ';
      kept += 1;
      return word;
    });
  return kept > 0 ? cleaned : title;
}
