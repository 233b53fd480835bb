import { expect } from 'chai';
import { spawnSync } from 'node:child_process';

function runCli(args: string[], input: string, env: Record<string, string> = {}): { status: number | null; lines: unknown[]; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    input, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 170_000,
  });
  const lines = result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  return { status: result.status, lines, stderr: result.stderr };
}

describe('taxonomy CLI', function () {
  this.timeout(180_000);

  it('when lines include a malformed one, then skills extract answers every line in order and exits 0', () => {
    const input = ['{"id":"a","text":"Experience with SQL and Java"}', 'not json', '{"id":"b"}', '{"id":"c","text":"Cerchiamo un carrellista","lang":"it"}'].join('\n');
    const { status, lines } = runCli(['skills', 'extract', '--top', '3'], input);
    expect(status).to.equal(0);
    expect(lines).to.have.length(4);
    const [a, bad, missing, c] = lines as { id: unknown; skills?: { uri: string; label: string; score: number }[]; error?: string }[];
    expect(a!.id).to.equal('a');
    expect(a!.skills).to.have.length(3);
    expect(a!.skills![0]).to.have.all.keys('uri', 'label', 'score');
    expect(bad!.error).to.be.a('string');
    expect(missing).to.include({ id: 'b' });
    expect(missing!.error).to.match(/text/);
    expect(c!.skills!.length).to.be.greaterThan(0);
  });

  it('when titles are classified, then each line gets ranked occupations', () => {
    const input = ['{"id":1,"title":"software developer"}', '{"id":2,"title":"cameriere","lang":"it"}', '{"id":3,"title":"x","extra":1}'].join('\n');
    const { status, lines } = runCli(['occupations', 'classify', '--top', '2'], input);
    expect(status).to.equal(0);
    const [first, second, third] = lines as { id: number; occupations?: { label: string; score: number }[]; error?: string }[];
    expect(first!.occupations![0]!.label).to.equal('software developer');
    expect(second!.occupations![0]!.label).to.match(/camerier/);
    expect(third!.error).to.be.a('string');
  });

  it('when the taxonomy is missing, then the command cannot start and exits non-zero', () => {
    const { status, lines, stderr } = runCli(['skills', 'extract'], '{"id":"a","text":"x"}', { PRIMA_TAXONOMY_DIR: '/nonexistent-taxonomy' });
    expect(status).to.not.equal(0);
    expect(lines).to.have.length(0);
    expect(stderr).to.match(/taxonomy/);
  });
});
