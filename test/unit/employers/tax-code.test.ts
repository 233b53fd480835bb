import { expect } from 'chai';
import { isValidCompanyTaxCode, isValidPersonTaxCode, normaliseTaxCode, taxCodeKind } from '../../../src/modules/employers/tax-code.js';

describe('Italian tax codes', () => {
  it('when a personal codice fiscale has the right check letter, then it is valid', () => {
    expect(isValidPersonTaxCode('RSSMRA85T10A562S')).to.equal(true);
    expect(taxCodeKind('RSSMRA85T10A562S')).to.equal('person');
  });

  it('when one character of a codice fiscale changes, then the check letter no longer matches', () => {
    expect(isValidPersonTaxCode('RSSMRA85T10A562T')).to.equal(false);
    expect(isValidPersonTaxCode('RSSMRB85T10A562S')).to.equal(false);
  });

  it('when a codice fiscale uses omocodia letters in place of digits, then it is still checked', () => {
    expect(isValidPersonTaxCode('RSSMRA85T10A56NH')).to.equal(true);
  });

  it('when the format is wrong, then the code is refused before any checksum', () => {
    expect(isValidPersonTaxCode('RSSMRA85Z10A562S')).to.equal(false);
    expect(isValidPersonTaxCode('rssmra85t10a562s')).to.equal(false);
  });

  it('when a partita IVA has the right check digit, then it is a company code', () => {
    expect(isValidCompanyTaxCode('00743110157')).to.equal(true);
    expect(taxCodeKind('12345678903')).to.equal('company');
  });

  it('when a partita IVA has a wrong check digit or is all zeros, then it is refused', () => {
    expect(isValidCompanyTaxCode('00743110158')).to.equal(false);
    expect(isValidCompanyTaxCode('00000000000')).to.equal(false);
    expect(taxCodeKind('1234567890')).to.equal(undefined);
  });

  it('when a code has spaces, lowercase letters or the IT prefix, then it is normalised', () => {
    expect(normaliseTaxCode(' rssmra85t10a562s ')).to.equal('RSSMRA85T10A562S');
    expect(normaliseTaxCode('IT 00743110157')).to.equal('00743110157');
  });
});
