import { evidenceGrantedBy, evidenceLevels, type EvidenceLevel, type Intervention, type RecognitionStatus } from './intervention.types.js';

export interface ProfileSkill {
  uri: string;
  evidence?: EvidenceLevel;
}

export interface ProfileQualification {
  title?: string;
  recognition?: RecognitionStatus;
  [key: string]: unknown;
}

/** The change an intervention makes to the candidate profile, computed from the intervention alone. */
export type ProfileEffect =
  | { kind: 'skill-evidence'; level: EvidenceLevel; skills: string[] }
  | { kind: 'qualification-recognition'; index: number; status: RecognitionStatus };

const rank = (level: EvidenceLevel | undefined): number => evidenceLevels.indexOf(level ?? 'self-declared');

/**
 * Only a completed assessment, validation or certification raises evidence: an interrupted course
 * proves nothing. A recognition event sets the status whatever the outcome, because "requested" and
 * a refusal ("none") are facts too.
 */
export function profileEffectOf(intervention: Pick<Intervention, 'type' | 'outcome' | 'details'>): ProfileEffect | undefined {
  const level = evidenceGrantedBy[intervention.type];
  const skills = intervention.details.skills ?? [];
  if (level && intervention.outcome === 'completed' && skills.length > 0) return { kind: 'skill-evidence', level, skills };
  const { qualificationIndex, recognition } = intervention.details;
  if (intervention.type === 'qualification-recognition' && qualificationIndex !== undefined && recognition) {
    return { kind: 'qualification-recognition', index: qualificationIndex, status: recognition };
  }
  return undefined;
}

/**
 * Raises each covered skill to `level` and adds covered skills the profile lacked (the assessment
 * established them). Never lowers a level, so applying the same effect twice changes nothing.
 */
export function upgradeSkillEvidence(skills: readonly ProfileSkill[], covered: readonly string[], level: EvidenceLevel): { skills: ProfileSkill[]; changed: boolean } {
  let changed = false;
  const wanted = new Set(covered);
  const upgraded = skills.map((skill) => {
    if (!wanted.has(skill.uri)) return skill;
    wanted.delete(skill.uri);
    if (rank(skill.evidence) >= rank(level)) return skill;
    changed = true;
    return { ...skill, evidence: level };
  });
  for (const uri of wanted) {
    upgraded.push({ uri, evidence: level });
    changed = true;
  }
  return { skills: upgraded, changed };
}

export function setQualificationRecognition<Q extends ProfileQualification>(qualifications: readonly Q[], index: number, status: RecognitionStatus): { qualifications: Q[]; changed: boolean } {
  const current = qualifications[index];
  if (!current || current.recognition === status) return { qualifications: [...qualifications], changed: false };
  const updated = qualifications.map((q, i) => (i === index ? { ...q, recognition: status } : q));
  return { qualifications: updated, changed: true };
}
