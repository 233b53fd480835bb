import type { MatchContext } from './match-context.js';

/** Interned ids of an occupation's essential and optional skills, derived once per occupation. */
export function occupationSkillIds(context: MatchContext, uri: string): { essential: Int32Array; optional: Int32Array } {
  let found = context.memo.occupationSkills.get(uri);
  if (!found) {
    const concept = context.taxonomy.getOccupation(uri);
    const ids = (uris: readonly string[] | undefined): Int32Array =>
      Int32Array.from(uris ?? [], (skill) => context.dictionary.internFeature('s', skill));
    found = { essential: ids(concept?.essentialSkills), optional: ids(concept?.optionalSkills) };
    context.memo.occupationSkills.set(uri, found);
  }
  return found;
}

/** Interned ids of the skills one step away from a skill (see MatchContext.skillNeighbours). */
export function skillNeighbourIds(context: MatchContext, skillId: number): Int32Array {
  let found = context.memo.neighbourIds.get(skillId);
  if (!found) {
    const uri = context.dictionary.keyOf(skillId).slice(2);
    found = Int32Array.from(context.skillNeighbours(uri), (n) => context.dictionary.internFeature('s', n));
    context.memo.neighbourIds.set(skillId, found);
  }
  return found;
}
