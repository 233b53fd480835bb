import { expect } from 'chai';
import { compareCefr, loadReferenceData, meetsCefr } from '../../../src/modules/reference/reference-data.js';
import { foldPlaceName, splitProvinceQualifier } from '../../../src/modules/reference/place-name.js';

describe('ReferenceData', () => {
  const reference = loadReferenceData();

  it('when the seeds are loaded, then every comune, province and region is there', () => {
    expect(reference.tables.comuni).to.have.length(7896);
    expect(reference.tables.provinces).to.have.length(107);
    expect(reference.tables.regions).to.have.length(20);
    expect(reference.tables.cefrLevels.map((l) => l.code)).to.deep.equal(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
  });

  it('when a comune is looked up by ISTAT code, then its province and region come with it', () => {
    const milano = reference.findComuneByIstat('015146');
    expect(milano?.name).to.equal('Milano');
    expect(reference.provinceOf(milano!)?.abbrev).to.equal('MI');
    expect(reference.regionOf(milano!)?.name).to.equal('Lombardia');
  });

  it('when a name differs only by accents, case or apostrophes, then it still resolves', () => {
    expect(reference.resolveComune('FORLI')?.comune.istat).to.equal('040012');
    expect(reference.resolveComune("reggio nell'emilia")?.comune.provinceAbbrev).to.equal('RE');
    expect(reference.resolveComune('  torino ')?.comune.istat).to.equal('001272');
  });

  it('when a name is shared by two comuni, then the most populous wins and the other is reported', () => {
    const match = reference.resolveComune('Castro');
    expect(match?.alternatives).to.have.length(1);
    expect(match!.comune.population).to.be.greaterThan(match!.alternatives[0]!.population);
  });

  it('when a shared name carries its province, then that comune is chosen', () => {
    expect(reference.resolveComune('Castro (BG)')?.comune.provinceAbbrev).to.equal('BG');
    expect(reference.resolveComune('Castro, LE')?.comune.provinceAbbrev).to.equal('LE');
  });

  it('when the German name of a South Tyrol comune is given, then it resolves', () => {
    expect(reference.resolveComune('Bozen')?.comune.name).to.equal('Bolzano');
  });

  it('when a name is unknown, then nothing is resolved', () => {
    expect(reference.resolveComune('Atlantide')).to.equal(undefined);
    expect(reference.resolveComune('999999')).to.equal(undefined);
  });

  it('when the distance Milano–Torino is asked, then it is about 126 km', () => {
    expect(reference.distanceKm('015146', '001272')).to.be.within(120, 132);
    expect(reference.distanceKm('015146', '015146')).to.equal(0);
    expect(reference.distanceKm('015146', '000000')).to.equal(undefined);
  });

  it('when comuni are searched by prefix, then the most populous come first within the limit', () => {
    const found = reference.searchComuni('rom', { limit: 3 });
    expect(found[0]?.name).to.equal('Roma');
    expect(found).to.have.length(3);
    expect(reference.searchComuni('San', { provinceAbbrev: 'TO', limit: 50 }).every((c) => c.provinceAbbrev === 'TO')).to.equal(true);
  });

  it('when ATECO and permit codes are checked, then only table codes pass', () => {
    expect(reference.isAtecoCode('56.10.11')).to.equal(true);
    expect(reference.isAtecoCode('I')).to.equal(true);
    expect(reference.isAtecoCode('99.99.99')).to.equal(false);
    expect(reference.isPermitReason('LAVOR')).to.equal(true);
    expect(reference.isPermitReason('XXXXX')).to.equal(false);
  });

  it('when CEFR levels are compared, then they follow A1 < … < C2', () => {
    expect(compareCefr('A2', 'B1')).to.be.lessThan(0);
    expect(meetsCefr('C1', 'B2')).to.equal(true);
    expect(meetsCefr('A1', 'A2')).to.equal(false);
  });
});

describe('place names', () => {
  it('when names are folded, then accents, case and punctuation disappear', () => {
    expect(foldPlaceName("FORLI'")).to.equal('forli');
    expect(foldPlaceName('Sant’Agata  de’ Goti')).to.equal('sant agata de goti');
  });

  it('when a province qualifier is present, then it is split off', () => {
    expect(splitProvinceQualifier('Samone (to)')).to.deep.equal({ name: 'Samone', provinceAbbrev: 'TO' });
    expect(splitProvinceQualifier('Roma')).to.deep.equal({ name: 'Roma' });
  });
});
