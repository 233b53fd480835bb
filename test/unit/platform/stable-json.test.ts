import { expect } from 'chai';
import { Types } from 'mongoose';
import { stableStringify } from '../../../src/platform/stable-json.js';
import { contentHashOf } from '../../../src/modules/interchange/content-hash.js';
import { contentHash } from '../../../src/modules/ingestion/normalise/content-hash.js';

const record = { title: 'Cuoco', id: 'v-1', skills: ['b', 'a'], location: { comune: 'Torino', lat: 45.07 }, salary: { max: 1800, min: 1400, currency: 'EUR' }, note: undefined, remote: false, hours: null };

describe('stable JSON', () => {
  it('when two values differ only in key order or undefined properties, then they serialise identically, arrays keeping their order', () => {
    const reordered = { hours: null, remote: false, salary: { currency: 'EUR', min: 1400, max: 1800 }, location: { lat: 45.07, comune: 'Torino' }, skills: ['b', 'a'], id: 'v-1', title: 'Cuoco' };
    expect(stableStringify(reordered)).to.equal(stableStringify(record));
    expect(stableStringify(record)).to.equal('{"hours":null,"id":"v-1","location":{"comune":"Torino","lat":45.07},"remote":false,"salary":{"currency":"EUR","max":1800,"min":1400},"skills":["b","a"],"title":"Cuoco"}');
  });

  it('when a value has toJSON (a Date, an ObjectId), then it serialises as JSON.stringify would, so stored documents compare by content', () => {
    const id = new Types.ObjectId('0123456789abcdef01234567');
    expect(stableStringify({ at: new Date('2026-11-30T10:00:00Z'), id })).to.equal('{"at":"2026-11-30T10:00:00.000Z","id":"0123456789abcdef01234567"}');
    expect(stableStringify({ at: new Date('2026-11-30T10:00:00Z') })).to.not.equal(stableStringify({ at: new Date('2026-12-01T10:00:00Z') }));
  });

  it('when the vacancy, candidate and feed content hashes are computed through it, then they are the ones stored before it was shared', () => {
    // Computed with the two copies this function replaced (interchange and ingestion), so stored hashes stay valid.
    expect(contentHashOf(record)).to.equal('c9600cfb5c48eb2d48bb1c74341500485d08fae49b5fe07a2f741a6bbb30cefb');
    expect(contentHash(record)).to.equal('yWAM-1xI6y1Iuxx0NBUASF0I-uSbX-B6L3Qaa7swzvs');
  });
});
