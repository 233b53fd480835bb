import { expect } from 'chai';
import { buildOccupationSkillRoute } from '../../../src/modules/taxonomy/recognition/occupation-skill-route-builder.js';
import { OccupationSkillRoute } from '../../../src/modules/taxonomy/recognition/occupation-skill-route.js';
import { ScoreBoard } from '../../../src/modules/taxonomy/recognition/score-board.js';
import { analyseTerms } from '../../../src/modules/taxonomy/text/analyzer.js';
import type { OccupationRecord, SkillRecord, TaxonomyData } from '../../../src/modules/taxonomy/taxonomy.records.js';

const skill = (uri: string, label: string, alt?: string[]): SkillRecord => ({ uri, type: 'skill', reuse: 'sector-specific', label, alt });
const occupation = (uri: string, essential: string[], optional: string[] = []): OccupationRecord => ({ uri, isco: '2512', code: '2512.1', labels: { en: { pref: uri } }, desc: {}, essential, optional });

// Four occupations so that a skill needed by one or two of them still has a positive IDF over occupations; the
// cook's skills make "manage" a common word of skill labels, as it is in ESCO.
const data = {
  skills: [skill('java', 'Java', ['Java programming']), skill('payroll', 'manage payroll'), skill('unused', 'juggling'), skill('staff', 'manage staff'), skill('budget', 'manage budgets')],
  occupations: [occupation('developer', ['java']), occupation('payroll clerk', ['payroll']), occupation('tester', [], ['java']), occupation('cook', ['staff', 'budget'])],
} as unknown as TaxonomyData;

function scoresFor(title: string): Map<string, number> {
  const route = new OccupationSkillRoute(buildOccupationSkillRoute(data));
  const scores = new ScoreBoard(data.occupations.length);
  route.score(analyseTerms(title, 'en'), scores, new ScoreBoard(data.occupations.length), 1);
  return new Map([...scores.keys()].map((o) => [data.occupations[o]!.uri, scores.get(o)]));
}

describe('occupation skill route', () => {
  it('when a title names a skill, then the occupation needing it scores 1 and one having it as optional scores less', () => {
    const scores = scoresFor('Senior Java Developer');
    expect(scores.get('developer')).to.equal(1);
    expect(scores.get('tester')).to.be.within(0.01, 0.99);
    expect(scores.has('payroll clerk')).to.equal(false);
  });

  it('when a title holds the informative half of a skill label, then the skill counts ("payroll" of "manage payroll")', () => {
    expect([...scoresFor('Payroll Officer').keys()]).to.deep.equal(['payroll clerk']);
  });

  it('when a title holds only the common word of a skill label, or a skill no occupation needs, then nothing is added', () => {
    expect(scoresFor('Office Manager').size).to.equal(0);
    expect(scoresFor('juggling').size).to.equal(0);
  });

  it('when a skill is found by two of its labels, then it counts once', () => {
    expect(scoresFor('Java programming').get('tester')).to.equal(scoresFor('Java').get('tester'));
  });
});
