import { expect } from 'chai';
import { digestKey } from '../../../src/modules/matching/bounded-memo.js';

describe('matching: digest keys of memoised texts', () => {
  it('when a text is long, then its key is still a 44-character base64 digest, not the text', () => {
    const cv = 'Ho lavorato come cameriere. '.repeat(200);
    expect(digestKey('it', 'Cameriere', cv)).to.match(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('when the same characters are split into other parts, even around the separator itself, then the keys differ', () => {
    const lists = [
      [], [''], ['', ''], ['ab'], ['a', 'b'], ['a\u0001', ''], ['a', '\u0001'], ['a\u0001b'], ['1\u0001a'], ['1', 'a'],
      ['it', '', 'welder', 'TIG'], ['it', 'welder', '', 'TIG'], ['it', '3', 'welder', ''], ['it', '', '3welder', ''],
    ];
    const keys = lists.map((parts) => digestKey(...parts));
    expect(new Set(keys).size).to.equal(lists.length);
  });
});
