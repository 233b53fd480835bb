import { expect } from 'chai';
import { RiskAssessor } from '../../../src/modules/ingestion/risk/risk-flags.js';
import { loadRiskRules } from '../../../src/modules/ingestion/risk/risk-rules.js';
import { isVerifiableEmployerTaxCode } from '../../../src/modules/ingestion/risk/tax-code.js';
import { isValidCompanyTaxCode, isValidPersonTaxCode } from '../../../src/modules/employers/tax-code.js';
import { duplicateKeys } from '../../../src/modules/ingestion/dedup/duplicate-key.js';
import { textSimilarity } from '../../../src/modules/ingestion/dedup/text-similarity.js';

const assessor = new RiskAssessor(loadRiskRules());
const verified = { taxCode: '00743110157' };

describe('risk flags and duplicate keys', () => {
  it('when tax codes are checked, then the check digit decides', () => {
    expect(isValidCompanyTaxCode('00743110157')).to.equal(true);
    expect(isValidCompanyTaxCode('00743110158')).to.equal(false);
    expect(isValidPersonTaxCode('RSSMRA85T10A562S')).to.equal(true);
    expect(isValidPersonTaxCode('RSSMRA85T10A562A')).to.equal(false);
  });

  it('when an employer tax code is a valid partita IVA or codice fiscale, with or without IT prefix or in lower case, then it is verifiable', () => {
    expect(['00743110157', 'IT00743110157', 'RSSMRA85T10A562S', 'rssmra85t10a562s'].map(isVerifiableEmployerTaxCode)).to.deep.equal([true, true, true, true]);
    expect(['00743110158', 'RSSMRA85T10A562A', '', undefined].map(isVerifiableEmployerTaxCode)).to.deep.equal([false, false, false, false]);
  });

  it('when a well-paid vacancy has a verified employer, then it has no flags', () => {
    expect(assessor.assess({ title: 'Cuoco', contract: { monthlyGrossEur: 1800, hoursPerWeek: 40 }, employer: verified })).to.deep.equal([]);
  });

  it('when pay per hour is below the sector floor, then the vacancy is flagged', () => {
    const flags = assessor.assess({ title: 'Raccoglitore', contract: { monthlyGrossEur: 900, hoursPerWeek: 40 }, employer: { ...verified, ateco: '01.13' } });
    expect(flags.map((f) => f.code)).to.include.members(['pay-below-floor', 'caporalato-risk-sector']);
  });

  it('when part-time pay is fair for its hours, then the floor is not breached', () => {
    expect(assessor.assess({ title: 'Barista', contract: { monthlyGrossEur: 900, hoursPerWeek: 20 }, employer: verified })).to.deep.equal([]);
  });

  it('when the text promises day pay in cash and transport, then each pattern is flagged', () => {
    const flags = assessor.assess({ title: 'Braccianti', description: 'Paga a giornata, pagamento in contanti, trasporto fornito dal datore', employer: {} });
    expect(flags.map((f) => f.detail)).to.include.members(['pay by the day', 'cash pay', 'transport to the workplace provided by the employer', 'no employer tax code']);
  });

  it('when the employer is written with or without legal form, then the duplicate keys meet', () => {
    const a = duplicateKeys({ employer: { name: 'Rossi S.r.l.' }, location: { comune: '037006' }, occupation: 'o1' });
    const b = duplicateKeys({ employer: { name: 'ROSSI SRL', taxCode: '00743110157' }, location: { comune: '037006' }, occupation: 'o1' });
    expect(a.filter((k) => b.includes(k))).to.have.length(1);
    expect(duplicateKeys({ employer: { name: 'Rossi' }, location: {}, occupation: 'o1' })).to.deep.equal([]);
  });

  it('when the same ad is reworded, then its similarity is higher than another role of the same employer', () => {
    const ad = 'Cercasi cameriere di sala per ristorante in centro, turni serali, esperienza minima un anno.';
    const copy = 'Ristorante in centro cerca cameriere di sala. Turni serali. Esperienza minima di un anno richiesta.';
    const other = 'Cercasi lavapiatti per ristorante in centro, turni diurni, anche senza esperienza.';
    expect(textSimilarity(ad, copy)).to.be.greaterThan(textSimilarity(ad, other));
  });
});
