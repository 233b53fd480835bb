import { commands } from './commands.js';
import { CliUsageError } from './args.js';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(28)} ${c.summary}`);
  return `usage: npm run -s prima -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  // Commands are one or two words ("match", "skills extract"); the longest known prefix wins.
  const two = argv.slice(0, 2).join(' ');
  const name = commands[two] ? two : argv[0];
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(usage());
    return argv.length === 0 || argv[0] === '--help' ? 0 : 2;
  }
  const rest = argv.slice(name!.split(' ').length);
  return command.run(rest);
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    const usageError = err instanceof CliUsageError || (err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`prima: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = usageError ? 2 : 1;
  });
