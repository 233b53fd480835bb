import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { occupationUri } from './matching-fixtures.js';

interface MatchLine {
  candidateId?: string;
  id?: unknown;
  error?: string;
  matches?: { vacancyId: string; score: number; eligible: boolean; breakdown: object; matchedSkills: unknown[]; missingSkills: unknown[]; ineligibleReasons?: string[] }[];
}

describe('match CLI (CONTRACTS.md §2)', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'prima-match-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('when run on files, then each candidate gets one line in order, best first, ineligible ones only with --explain-all', () => {
    const vacancies = [
      { id: 'v-cook', title: 'Cuoco', lang: 'it', occupation: occupationUri('cook'), location: { comune: 'Torino' }, validThrough: '2099-01-31' },
      { id: 'v-old', title: 'Cuoco', lang: 'it', occupation: occupationUri('cook'), location: { comune: 'Torino' }, validThrough: '2001-01-31' },
      { id: 'v-bus', title: 'Autista di autobus', lang: 'it', occupation: occupationUri('bus driver'), location: { comune: 'Torino' } },
    ];
    const candidates = [
      JSON.stringify({ id: 'c1', lang: 'en', experiences: [{ title: 'cook' }], location: { comune: 'Moncalieri' } }),
      'not json',
      JSON.stringify({ id: 'c2', unknownField: true }),
      JSON.stringify({ id: 'c3', lang: 'fr', experiences: [{ title: 'chauffeur de bus' }] }),
    ];
    writeFileSync(path.join(dir, 'v.jsonl'), `${vacancies.map((v) => JSON.stringify(v)).join('\n')}\n{broken\n`);
    writeFileSync(path.join(dir, 'c.jsonl'), `${candidates.join('\n')}\n`);
    const run = (extra: string[]) => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'match',
        '--vacancies', path.join(dir, 'v.jsonl'), '--candidates', path.join(dir, 'c.jsonl'), '--top', '2', ...extra], { encoding: 'utf8', timeout: 170_000 });
      return { status: result.status, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as MatchLine) };
    };
    const plain = run([]);
    expect(plain.status, plain.stderr).to.equal(0);
    expect(plain.lines).to.have.length(4);
    const [c1, broken, unknown, c3] = plain.lines;
    expect(c1!.candidateId).to.equal('c1');
    expect(c1!.matches!.map((m) => m.vacancyId)).to.deep.equal(['v-cook', 'v-bus']);
    expect(c1!.matches![0]).to.include.keys('vacancyId', 'score', 'eligible', 'breakdown', 'matchedSkills', 'missingSkills');
    expect(broken!.error).to.be.a('string');
    expect(unknown).to.include({ id: 'c2' });
    expect(c3!.matches![0]!.vacancyId).to.equal('v-bus');
    expect(plain.stderr).to.include('line 4 skipped');
    const all = run(['--explain-all']).lines[0]!.matches!;
    const expired = all.find((m) => m.vacancyId === 'v-old');
    expect(expired).to.include({ eligible: false });
    expect(expired!.ineligibleReasons).to.deep.equal(['vacancy-expired']);
  });
});
