import { expect } from 'chai';
import { loadConfig } from '../../../src/config/env.js';

const strongSecrets = { CSRF_SECRET: 'p'.repeat(40), AUDIT_PSEUDONYM_SECRET: 'q'.repeat(40) };

describe('security configuration', () => {
  it('when nothing is set in development, then working defaults apply', () => {
    const config = loadConfig({});
    expect(config.SESSION_TTL_MINUTES).to.equal(480);
    expect(config.FAIRNESS_MIN_GROUP_SIZE).to.equal(10);
  });

  it('when production starts without its secrets, then loading fails and names them', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).to.throw(/CSRF_SECRET: must be set in production[\s\S]*AUDIT_PSEUDONYM_SECRET/);
  });

  it('when production has its secrets, then it loads', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...strongSecrets }).CSRF_SECRET).to.equal(strongSecrets.CSRF_SECRET);
  });

  it('when a secret is too short or a limit is zero, then loading fails', () => {
    expect(() => loadConfig({ CSRF_SECRET: 'short' })).to.throw(/CSRF_SECRET/);
    expect(() => loadConfig({ API_RATE_LIMIT_PER_MINUTE: '0' })).to.throw(/API_RATE_LIMIT_PER_MINUTE/);
  });
});
