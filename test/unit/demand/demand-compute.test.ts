import { expect } from 'chai';
import { computeDemand, type DemandLookups } from '../../../src/modules/demand/demand.compute.js';
import { defaultDemandSettings, type DemandCandidate, type DemandVacancy } from '../../../src/modules/demand/demand.types.js';
import { hardToFillScore, trendOf, newAccumulator } from '../../../src/modules/demand/demand-signals.js';

const cook = 'http://esco/occupation/cook';
const knife = 'http://esco/skill/knife';
const solar = 'http://esco/skill/solar';

const lookups: DemandLookups = {
  occupation: (uri) => (uri === cook ? { label: 'cook', iscoGroup: '5120', essentialSkills: [knife], green: false, digital: false } : undefined),
  skill: (uri) => (uri === knife ? { label: 'knife', green: false, digital: false } : uri === solar ? { label: 'solar', green: true, digital: false } : undefined),
  iscoLabel: () => 'Cooks',
};

const torino = { province: 'TO', region: '01', lat: 45.07, lon: 7.69 };
const vacancy = (id: string, postedOn: string, extra: Partial<DemandVacancy> = {}): DemandVacancy => ({
  id, occupation: cook, skills: [{ uri: knife, essential: true }, { uri: solar }], ...torino, postedOn, ...extra,
});
const settings = defaultDemandSettings('2026-11-30');

describe('demand computation', () => {
  it('when a vacancy was reposted, then it is counted once as active and its repost is marked', () => {
    const vacancies = [vacancy('a', '2026-11-20'), vacancy('a-copy', '2026-11-25', { duplicateOf: 'a' }), vacancy('b', '2026-11-01')];
    const to = computeDemand(vacancies, [], lookups, settings).find((a) => a.code === 'TO')!;
    const row = to.occupations[0]!;
    expect(row.active).to.equal(2);
    expect(row.repostShare).to.equal(0.5);
    expect(to.activeVacancies).to.equal(2);
  });

  it('when vacancies are closed or expired, then they are not active but still count as posted for the trend', () => {
    const vacancies = [vacancy('a', '2026-11-20', { closed: true }), vacancy('b', '2026-11-21', { validThrough: '2026-11-25' }), vacancy('c', '2026-11-22')];
    const row = computeDemand(vacancies, [], lookups, settings).find((a) => a.code === 'TO')!.occupations[0]!;
    expect(row.active).to.equal(1);
    expect(row.newPerWeek).to.be.greaterThan(0);
    expect(row.trend).to.equal('new');
    expect(row.emerging).to.equal(true);
  });

  it('when candidates live within their mobility radius, then they count as supply and lower the shortage ratio', () => {
    const near: DemandCandidate = { id: 'c1', lat: 45.1, lon: 7.7, mobilityKm: 20, occupations: [cook], skills: [] };
    const far: DemandCandidate = { id: 'c2', lat: 41.9, lon: 12.5, mobilityKm: 20, occupations: [cook], skills: [] };
    const vacancies = [vacancy('a', '2026-11-20'), vacancy('b', '2026-11-21'), vacancy('c', '2026-11-22')];
    const to = computeDemand(vacancies, [near, far], lookups, settings).find((a) => a.code === 'TO')!;
    const row = to.occupations[0]!;
    expect(row.supply).to.equal(1);
    expect(row.shortageRatio).to.equal(1.5);
    expect(to.skills.find((s) => s.key === knife)!.supply).to.equal(1);
    expect(to.employersToContact).to.deep.equal([]);
  });

  it('when the tables are built, then regions, ISCO groups and green skills appear beside provinces', () => {
    const areas = computeDemand([vacancy('a', '2026-11-20')], [], lookups, settings);
    expect(areas.map((a) => `${a.scope}:${a.code}`)).to.deep.equal(['province:TO', 'region:01']);
    const to = areas[0]!;
    expect(to.isco[0]).to.include({ key: '5120', label: 'Cooks', active: 1 });
    expect(to.skills.find((s) => s.key === solar)!.green).to.equal(true);
  });

  it('when an employer has active vacancies in a shortage occupation, then it is listed to contact', () => {
    const employer = { id: 'e1', name: 'Trattoria', ateco: '56.10.11' };
    const vacancies = [vacancy('a', '2026-11-20', { employer }), vacancy('b', '2026-11-21', { employer })];
    const to = computeDemand(vacancies, [], lookups, settings).find((a) => a.code === 'TO')!;
    expect(to.employersToContact).to.deep.equal([{ employerId: 'e1', name: 'Trattoria', ateco: '56.10.11', shortageVacancies: 2, occupations: [cook] }]);
  });

  it('when ads stay open long or get reposted, then the hard-to-fill score rises to 1 at most', () => {
    expect(hardToFillScore(0, 0)).to.equal(0);
    expect(hardToFillScore(45, 0)).to.equal(0.3);
    expect(hardToFillScore(200, 1)).to.equal(1);
  });

  it('when recent weeks post twice the earlier rate, then the trend is rising and emerging', () => {
    const acc = { ...newAccumulator(), recent: 8, earlier: 4 };
    expect(trendOf(acc, settings)).to.deep.include({ trend: 'rising', emerging: true });
    expect(trendOf({ ...newAccumulator(), recent: 1, earlier: 8 }, settings).trend).to.equal('falling');
  });
});
