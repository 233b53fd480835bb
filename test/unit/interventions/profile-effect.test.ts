import { expect } from 'chai';
import { profileEffectOf, setQualificationRecognition, upgradeSkillEvidence } from '../../../src/modules/interventions/profile-effect.js';

describe('intervention profile effects', () => {
  const skills = [{ uri: 's1', evidence: 'self-declared' as const }, { uri: 's2', evidence: 'certified' as const }, { uri: 's3' }];

  it('when skills are validated, then weaker ones rise, stronger ones stay and missing ones are added', () => {
    const { skills: upgraded, changed } = upgradeSkillEvidence(skills, ['s1', 's2', 's3', 's4'], 'validated');
    expect(changed).to.equal(true);
    expect(upgraded).to.deep.equal([
      { uri: 's1', evidence: 'validated' }, { uri: 's2', evidence: 'certified' }, { uri: 's3', evidence: 'validated' }, { uri: 's4', evidence: 'validated' },
    ]);
  });

  it('when the same upgrade is applied twice, then the second changes nothing', () => {
    const once = upgradeSkillEvidence(skills, ['s1'], 'assessed').skills;
    expect(upgradeSkillEvidence(once, ['s1'], 'assessed').changed).to.equal(false);
  });

  it('when only an interrupted validation happened, then there is no profile effect', () => {
    expect(profileEffectOf({ type: 'competence-validation', outcome: 'interrupted', details: { skills: ['s1'] } })).to.equal(undefined);
    expect(profileEffectOf({ type: 'competence-certification', outcome: 'completed', details: { skills: ['s1'] } })).to.deep.equal({ kind: 'skill-evidence', level: 'certified', skills: ['s1'] });
  });

  it('when a recognition is recorded, then that qualification alone takes the new status', () => {
    const qualifications = [{ title: 'Diploma', recognition: 'requested' as const }, { title: 'HACCP', recognition: 'not-needed' as const }];
    const effect = profileEffectOf({ type: 'qualification-recognition', outcome: 'completed', details: { qualificationIndex: 0, recognition: 'recognised' } });
    expect(effect).to.deep.equal({ kind: 'qualification-recognition', index: 0, status: 'recognised' });
    const { qualifications: updated, changed } = setQualificationRecognition(qualifications, 0, 'recognised');
    expect(changed).to.equal(true);
    expect(updated.map((q) => q.recognition)).to.deep.equal(['recognised', 'not-needed']);
    expect(setQualificationRecognition(updated, 0, 'recognised').changed).to.equal(false);
  });
});
