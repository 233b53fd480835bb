/**
 * Every number that shapes a match score, in one place, each with the reason it has this value.
 * The component weights add up to 1, so the total is a weighted mean scaled to 0–100.
 */
export const componentWeights = {
  /** The heart of fit: what the person can do against what the job needs, essential skills first. */
  skills: 0.35,
  /** Having done the same job is the strongest single signal staff use; skills cover the nuance. */
  occupation: 0.25,
  /** Free text catches what the taxonomy misses, but it is noisy and language-bound, so it stays small. */
  text: 0.1,
  /** Italian level decides whether a placement lasts; a graded gap, never a hard cut-off. */
  language: 0.1,
  /** Commuting beyond the stated radius is the most common reason a proposed match is declined. */
  location: 0.12,
  /** Licences, contract, hours and dates are negotiable, so they nudge rather than decide. */
  practical: 0.08,
} as const;

export type ComponentName = keyof typeof componentWeights;
export const componentNames = Object.keys(componentWeights) as ComponentName[];

/** Components computed from shared concepts or terms; the rest can be bounded without looking at them. */
export const conceptComponents: readonly ComponentName[] = ['skills', 'occupation', 'text'];
export const boundedRestWeight = componentWeights.language + componentWeights.location + componentWeights.practical;

/** How much a candidate's skill counts, by how it is known. Certified proof is worth the full skill. */
export const evidenceCredit = {
  'self-declared': 0.7,
  assessed: 0.8,
  validated: 0.9,
  certified: 1,
} as const;

export const skillCredit = {
  /** A skill ESCO lists as essential for an occupation the person worked in: likely, not proven. */
  impliedEssential: 0.6,
  /** Optional skills of that occupation are only sometimes practised. */
  impliedOptional: 0.35,
  /** Recognised in the person's own text: they mentioned it, but recognition can be wrong. */
  recognisedInText: 0.5,
  /** A related skill (ESCO skill relation, broader or narrower) transfers about half. */
  relatedFactor: 0.5,
} as const;

/** Within the skills component: missing an essential skill matters far more than an optional one. */
export const essentialShare = 0.75;

/** Occupation levels: ISCO unit groups share tasks; minor groups share only the field. */
export const occupationLevel = { same: 1, unitGroup: 0.6, minorGroup: 0.3 } as const;

/** Confidence of an occupation that was classified from a title rather than stated, by rank. */
export const classifiedOccupationConfidence = [0.9, 0.5, 0.3] as const;

/** Language: each CEFR level short costs this much of the requirement; Italian counts double. */
export const languageGapCost = 0.35;
export const italianRequirementWeight = 2;
/** When the person's languages were never recorded, we neither reward nor punish fully. */
export const unknownLanguageValue = 0.5;

/** Location: full marks nearby, 0.7 at the mobility radius, nothing at three times the radius. */
export const defaultMobilityKm = 30;
export const locationAtRadius = 0.7;
export const locationZeroAtRadii = 3;
/** No coordinates on one side: a neutral value, so missing data neither helps nor hurts much. */
export const unknownLocationValue = 0.5;
