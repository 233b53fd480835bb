import { expect } from 'chai';
import { digestKey } from '../../../src/modules/matching/bounded-memo.js';

describe('matching: digest keys of memoised texts', () => {
  it('when the same parts come again, then the key is the same 44-character base64 digest', () => {
    const cv = 'Ho lavorato come cameriere. '.repeat(200);
    const key = digestKey('it', 'Cameriere', cv);
    expect(digestKey('it', 'Cameriere', `${cv}`)).to.equal(key);
    expect(key).to.match(/^[A-Za-z0-9+/]{43}=$/);
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
