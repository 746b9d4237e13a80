import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from './command.ts';

/** What `--help` and dispatch need of a command; `load` brings in its module (and what it imports). */
export interface CommandEntry {
  path: string[];
  summary: string;
  usage: string;
  load(): Promise<Command>;
}

/** One line of the manifest: a command's words, texts, and the module and export that define it. */
interface ManifestLine {
  path: string[];
  summary: string;
  usage: string;
  file: string;
  name: string;
}

const MANIFEST = new URL('./commands/manifest.json', import.meta.url);

/**
 * The commands of commands/index.ts, in its order. The compiled CLI (build/) has a manifest written
 * by the build, so `--help` loads no command module and a command loads only its own: importing
 * them all (the Neo4j driver, Apollo, the extractor's lexicons) is most of a 2-3 s start. Run from
 * src/ (tsx, tests) there is no manifest and index.ts loads them all.
 */
export async function commandCatalog(): Promise<CommandEntry[]> {
  let lines: ManifestLine[];
  try {
    lines = JSON.parse(readFileSync(MANIFEST, 'utf8')) as ManifestLine[];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    const { commands } = await import('./commands/index.ts');
    return commands.map((c) => ({ path: c.path, summary: c.summary, usage: c.usage, load: async () => c }));
  }
  return lines.map(({ file, name, ...shown }) => ({
    ...shown,
    load: async () =>
      ((await import(new URL(`./commands/${file}`, import.meta.url).href)) as Record<string, Command>)[name]!,
  }));
}

/**
 * Writes the manifest beside the compiled commands (scripts/build-cli.js runs this on build/):
 * each command of index.ts, found by identity among the exports of the modules beside it.
 */
export async function writeCommandManifest(): Promise<void> {
  const dir = new URL('./commands/', import.meta.url);
  const { commands } = (await import(new URL('index.js', dir).href)) as { commands: Command[] };
  const defined = new Map<Command, { file: string; name: string }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'index.js')) {
    for (const [name, value] of Object.entries(await import(new URL(file, dir).href)))
      defined.set(value as Command, { file, name });
  }
  const lines: ManifestLine[] = commands.map((c) => {
    const where = defined.get(c);
    if (!where) throw new Error(`the command "${c.path.join(' ')}" is not exported by a module in src/cli/commands/`);
    return { path: c.path, summary: c.summary, usage: c.usage, ...where };
  });
  writeFileSync(MANIFEST, `${JSON.stringify(lines, null, 1)}\n`);
}
