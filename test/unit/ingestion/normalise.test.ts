import { expect } from 'chai';
import { toIsoDate } from '../../../src/modules/ingestion/normalise/dates.js';
import { monthlyPayFromBaseSalary, parseHoursPerWeek, toMonthlyGrossEur } from '../../../src/modules/ingestion/normalise/pay.js';
import { contentHash } from '../../../src/modules/ingestion/normalise/content-hash.js';
import { backoffDelayMs, parseRetryAfterMs } from '../../../src/modules/ingestion/fetch/backoff.js';
import { firstPageUrl, nextPageUrl } from '../../../src/modules/ingestion/fetch/pagination.js';
import { parseLinkNext } from '../../../src/modules/ingestion/fetch/page-fetcher.js';

describe('ingestion normalisation helpers', () => {
  it('when pay comes per hour, day, month or year, then it becomes monthly gross EUR', () => {
    expect(toMonthlyGrossEur(10, 'HOUR', 40)).to.equal(1733);
    expect(toMonthlyGrossEur(60, 'DAY')).to.equal(1300);
    expect(toMonthlyGrossEur(1500, 'MONTH')).to.equal(1500);
    expect(toMonthlyGrossEur(24000, 'YEAR')).to.equal(2000);
  });

  it('when baseSalary is a range or not in EUR, then the lower end is used or nothing', () => {
    expect(monthlyPayFromBaseSalary({ currency: 'EUR', value: { minValue: 1200, maxValue: 1500, unitText: 'MONTH' } })).to.equal(1200);
    expect(monthlyPayFromBaseSalary({ currency: 'USD', value: { value: 3000, unitText: 'MONTH' } })).to.equal(undefined);
    expect(monthlyPayFromBaseSalary({ currency: 'EUR', value: { value: '1.350,50', unitText: 'MONTH' } })).to.equal(1351);
  });

  it('when dates come in feed forms, then they become ISO dates or nothing', () => {
    expect(toIsoDate('2027-01-31T23:00:00Z')).to.equal('2027-01-31');
    expect(toIsoDate('5/2/2027')).to.equal('2027-02-05');
    expect(toIsoDate('31/02/2027')).to.equal(undefined);
    expect(toIsoDate('soon')).to.equal(undefined);
  });

  it('when hours are written in words, then the number is read', () => {
    expect(parseHoursPerWeek('38,5 ore settimanali')).to.equal(38.5);
    expect(parseHoursPerWeek('full time')).to.equal(undefined);
  });

  it('when two records differ only in key order, then their content hashes are equal', () => {
    expect(contentHash({ a: 1, b: { c: [1, 2], d: 'x' } })).to.equal(contentHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(contentHash({ a: 1 })).to.not.equal(contentHash({ a: 2 }));
  });

  it('when backoff grows, then it is capped and jittered within half to full of the ceiling', () => {
    const policy = { backoffBaseMs: 100, backoffMaxMs: 1000 };
    expect(backoffDelayMs(0, policy, () => 0)).to.equal(50);
    expect(backoffDelayMs(10, policy, () => 1)).to.equal(1000);
    expect(parseRetryAfterMs('3')).to.equal(3000);
    expect(parseRetryAfterMs(new Date(Date.now() + 5000).toUTCString())).to.be.within(3000, 5000);
  });

  it('when pages are numbered, then the next page follows until a short page', () => {
    const src = { url: 'http://f/v?x=1', pageSize: 2, pagination: { type: 'page' as const, param: 'p', firstPage: 1, sizeParam: 'n' } };
    expect(firstPageUrl(src)).to.equal('http://f/v?x=1&p=1&n=2');
    expect(nextPageUrl(src, { pageIndex: 0, url: '', recordCount: 2 })).to.equal('http://f/v?x=1&p=2&n=2');
    expect(nextPageUrl(src, { pageIndex: 1, url: '', recordCount: 1 })).to.equal(undefined);
    const offset = { ...src, pagination: { type: 'offset' as const, param: 'offset' } };
    expect(nextPageUrl(offset, { pageIndex: 1, url: '', recordCount: 2 })).to.equal('http://f/v?x=1&offset=4');
  });

  it('when a Link header names rel=next, then its URL is resolved against the page', () => {
    expect(parseLinkNext('</v?page=3>; rel="next", </v?page=1>; rel="prev"', 'http://f/v?page=2')).to.equal('http://f/v?page=3');
    expect(parseLinkNext('</v?page=1>; rel="prev"', 'http://f/v')).to.equal(undefined);
  });
});
