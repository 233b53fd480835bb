import { expect } from 'chai';
import request from 'supertest';
import mongoose from 'mongoose';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase } from '../../support/test-database.js';
import { loginDemo, seedTestAccounts, withCredentials, type SignedIn } from '../../support/auth.js';
import { InterventionModel } from '../../../src/modules/interventions/intervention.model.js';

const CUP = 'J11B21001230006';
const period = 'from=2026-01-01&to=2026-12-31';

/** Six Torino candidates with one service each and two Novara ones: Torino cells are visible, Novara's are small. */
async function seedPeople(): Promise<void> {
  const people = [...Array.from({ length: 6 }, (_, i) => ({ id: `to-${i}`, centreId: 'cpi-torino' })), { id: 'no-0', centreId: 'cpi-novara' }, { id: 'no-1', centreId: 'cpi-novara' }];
  await mongoose.connection.collection<{ _id: string }>('candidates').insertMany(
    people.map((p) => ({ _id: p.id, centreId: p.centreId, createdAt: new Date('2026-01-01T00:00:00Z') })),
  );
  // As the candidates module stores it: the protected block in its own collection, apart from the profile.
  await mongoose.connection.collection<{ _id: string }>('candidate_protected').insertMany(
    people.map((p) => ({ _id: p.id, attributes: { gender: p.centreId === 'cpi-torino' ? 'female' : 'male', birthYear: 1990 } })),
  );
  await InterventionModel.insertMany(people.map((p) => ({
    _id: `i-${p.id}`, candidateId: p.id, centreId: p.centreId, type: 'reception-orientation', startDate: '2026-02-01', provider: 'CPI', staffId: 's',
    fundingLine: 'fami-prima', projectCode: CUP, outcome: 'completed', details: {}, recordedBy: 's', recordedAt: new Date(), hasProfileEffect: false,
  })));
}

describe('indicator reports API: scoping and export', () => {
  let ctx: TestContext;
  const who: Record<string, SignedIn> = {};

  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
    await seedTestAccounts(ctx.services);
    await seedPeople();
    for (const name of ['staff.torino', 'staff.novara', 'officer.piemonte', 'admin']) who[name] = await loginDemo(ctx.app, `${name}@demo.prima`);
  });

  const get = (caller: string, query: string) => withCredentials(request(ctx.app).get(`/api/v1/reports/indicators?${query}`), who[caller]);
  const cell = (body: { rows: { indicator: string; breakdown: string; category: string; value: number | null }[] }, indicator: string, breakdown: string, category: string) =>
    body.rows.find((r) => r.indicator === indicator && r.breakdown === breakdown && r.category === category);

  it("when staff ask for their own centre, then they get it; another centre's or a wider unit is forbidden", async () => {
    const own = await get('staff.torino', `level=centre&code=cpi-torino&${period}`);
    expect(own.status).to.equal(200);
    expect(cell(own.body, 'candidates-engaged', 'total', 'all')?.value).to.equal(6);
    expect(cell(own.body, 'candidates-engaged', 'group', 'women')?.value).to.equal(6);
    expect((await get('staff.torino', `level=centre&code=cpi-novara&${period}`)).status).to.equal(403);
    expect((await get('staff.torino', `level=province&code=001&${period}`)).status).to.equal(403);
    expect((await get('staff.torino', `level=region&code=01&${period}`)).status).to.equal(403);
  });

  it('when a regional officer asks, then units in their region are visible and other regions are not', async () => {
    const region = await get('officer.piemonte', `level=region&code=01&${period}`);
    expect(region.status).to.equal(200);
    expect(cell(region.body, 'candidates-engaged', 'total', 'all')?.value).to.equal(8);
    // Torino's 6 would give away Novara's 2 by subtraction from the total of 8.
    expect(cell(region.body, 'candidates-engaged', 'unit', '001')).to.include({ value: null, suppressed: 'secondary' });
    expect(cell(region.body, 'candidates-engaged', 'unit', '003')).to.include({ value: null, suppressed: 'primary' });
    expect((await get('officer.piemonte', `level=centre&code=cpi-novara&${period}`)).status).to.equal(200);
    expect((await get('officer.piemonte', `level=region&code=03&${period}`)).status).to.equal(403);
  });

  it('when CSV is asked, then suppressed cells read <5 and codes have their own columns', async () => {
    const res = await get('admin', `level=centre&code=cpi-novara&${period}&format=csv`);
    expect(res.status).to.equal(200);
    expect(res.headers['content-type']).to.match(/^text\/csv/);
    const [header, ...lines] = res.text.trim().split('\r\n');
    expect(header).to.equal('level,code,from,to,indicator,breakdown,category,esco_uri,cp2011_code,ateco_code,istat_code,unit_code,value');
    expect(lines).to.include('centre,cpi-novara,2026-01-01,2026-12-31,candidates-engaged,total,all,,,,,,<5');
  });

  it('when the query is bad or the unit unknown, then 400 or 404', async () => {
    expect((await get('admin', 'level=planet&code=01&from=2026-01-01&to=2026-02-01')).status).to.equal(400);
    expect((await get('admin', 'level=region&code=01&from=2026-03-01&to=2026-02-01')).status).to.equal(400);
    expect((await get('admin', `level=centre&code=cpi-nowhere&${period}`)).status).to.equal(404);
  });
});
