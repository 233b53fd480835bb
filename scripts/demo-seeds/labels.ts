import type { Occupation, ReferenceData } from './reference-data.js';

/** ESCO labels of the form "cuoco/cuoca" carry both genders; pick one, or keep the label whole when unsure. */
export function genderedLabel(label: string, gender: 'female' | 'male'): string {
  const parts = label.split('/').map((part) => part.trim()).filter(Boolean);
  if (parts.length !== 2) return label;
  return (gender === 'female' ? parts[1] : parts[0]) ?? label;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('it') + text.slice(1);
}

export function resolveOccupation(reference: ReferenceData, englishLabel: string): Occupation {
  const occupation = reference.occupationsByEnglishLabel.get(englishLabel);
  if (!occupation) throw new Error(`ESCO occupation "${englishLabel}" has no Italian label or does not exist`);
  if (occupation.essentialSkills.length < 3) throw new Error(`ESCO occupation "${englishLabel}" has too few skills`);
  return occupation;
}
