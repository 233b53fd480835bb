import { expect } from 'chai';
import { hashPassword, newApiKeySecret, parseApiKey, sameDigest, sha256, verifyPassword } from '../../../src/modules/identity/credentials.js';

describe('credentials', () => {
  it('when a password is hashed, then argon2id verifies it and rejects others', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).to.match(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct horse battery')).to.equal(true);
    expect(await verifyPassword(hash, 'wrong horse battery')).to.equal(false);
  });

  it('when the stored hash is malformed, then verification fails instead of throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).to.equal(false);
  });

  it('when an API key is issued, then its prefix identifies it and its secret round-trips', () => {
    const { key, prefix, secret } = newApiKeySecret();
    expect(parseApiKey(key)).to.deep.equal({ prefix, secret });
    expect(parseApiKey(`${key}x`)).to.equal(undefined);
    expect(parseApiKey('Bearer nonsense')).to.equal(undefined);
  });

  it('when digests are compared, then equal ones match and different lengths do not throw', () => {
    expect(sameDigest(sha256('a'), sha256('a'))).to.equal(true);
    expect(sameDigest(sha256('a'), sha256('b'))).to.equal(false);
    expect(sameDigest(sha256('a'), 'abcd')).to.equal(false);
  });
});
