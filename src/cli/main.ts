import type { CommandContext } from './command.ts';
import { commandCatalog, type CommandEntry } from './command-catalog.ts';

// Only the catalog is imported up front: `--help` loads nothing else, and a command loads its own
// module, the configuration and the error mapping when it runs (docs/decisions/0007).
export async function main(argv: string[]): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const print = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  const commands = await commandCatalog();
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    print(help(commands));
    return 0;
  }
  const command = pick(commands, argv);
  if (!command) {
    say(`quotegraph: unknown command "${argv.join(' ')}"\n`);
    say(help(commands));
    return 2;
  }
  const rest = argv.slice(command.path.length);
  if (rest.includes('--help') || rest.includes('-h')) {
    print(`${command.summary}\n\nusage: quotegraph ${command.usage}`);
    return 0;
  }
  try {
    const [{ loadConfig }, loaded] = await Promise.all([import('../config/config.ts'), command.load()]);
    const ctx: CommandContext = { config: loadConfig(), say, print };
    return await loaded.run(rest, ctx);
  } catch (err) {
    const { toAppError } = await import('../errors/to-app-error.ts');
    const e = toAppError(err);
    say(
      `quotegraph ${command.path.join(' ')}: ` +
        (e.code === 'INTERNAL_SERVER_ERROR' ? String((err as Error)?.stack ?? err) : e.message),
    );
    return 1;
  }
}

function pick(all: CommandEntry[], argv: string[]): CommandEntry | undefined {
  return all.filter((c) => c.path.every((w, i) => argv[i] === w)).sort((a, b) => b.path.length - a.path.length)[0];
}

function help(all: CommandEntry[]): string {
  const width = Math.max(...all.map((c) => c.usage.split(' [')[0]!.length));
  const lines = all.map((c) => `  ${c.usage.split(' [')[0]!.padEnd(width)}  ${c.summary}`);
  return [
    'quotegraph: a quote-and-timeline knowledge graph on Neo4j',
    '',
    'usage: quotegraph <command> [options]   (quotegraph <command> --help for its options)',
    '',
    'commands:',
    ...lines,
    '',
    'Neo4j: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) if set, else the local server under .data/.',
  ].join('\n');
}
