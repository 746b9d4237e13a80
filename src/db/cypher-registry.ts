import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every Cypher statement the product runs lives in cypher/<domain>/<name>.cypher, one statement
 * per file, with a header:
 *
 *   // Purpose: what it answers or writes
 *   // Params: $id: String - the entity id; ...
 *   // Returns: id, name - one row per entity
 *   // Mode: read | write
 *
 * The registry loads them once; queries are referred to by name ("system/server-info").
 * cypher/migrations/ is not part of it: migrations are schema commands, applied by migrate.ts.
 */
export interface CypherQuery {
  name: string;
  file: string;
  text: string;
  purpose: string;
  mode: 'read' | 'write';
  /** the $parameters the statement uses, in order of first use */
  params: string[];
}

export class CypherFileError extends Error {
  override name = 'CypherFileError';
}

export class CypherRegistry {
  private constructor(private readonly byName: ReadonlyMap<string, CypherQuery>) {}

  static async load(cypherDir: string, skipDirs: readonly string[] = ['migrations']): Promise<CypherRegistry> {
    const files = await listCypherFiles(cypherDir, skipDirs);
    const entries = await Promise.all(
      files.map(async (file) => parseCypherFile(path.relative(cypherDir, file), file, await readFile(file, 'utf8'))),
    );
    return new CypherRegistry(new Map(entries.map((q) => [q.name, q])));
  }

  get(name: string): CypherQuery {
    const q = this.byName.get(name);
    if (!q) throw new CypherFileError(`no Cypher file named ${name} (looked for cypher/${name}.cypher)`);
    return q;
  }

  all(): CypherQuery[] {
    return [...this.byName.values()];
  }
}

async function listCypherFiles(dir: string, skipDirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !skipDirs.includes(entry.name)) out.push(...(await listCypherFiles(full, [])));
    else if (entry.isFile() && entry.name.endsWith('.cypher')) out.push(full);
  }
  return out.sort();
}

export function parseCypherFile(relative: string, file: string, source: string): CypherQuery {
  const name = relative.replace(/\\/g, '/').replace(/\.cypher$/, '');
  const header = new Map<string, string>();
  const body: string[] = [];
  let inHeader = true;
  for (const line of source.split('\n')) {
    const m = inHeader ? /^\/\/\s*(Purpose|Params|Returns|Mode):\s*(.*)$/.exec(line) : null;
    if (m) {
      header.set(m[1]!.toLowerCase(), m[2]!.trim());
      continue;
    }
    if (inHeader && line.startsWith('//')) continue;
    inHeader = false;
    body.push(line);
  }
  const text = body.join('\n').trim();
  const fail = (why: string) => new CypherFileError(`${file}: ${why}`);
  if (!header.get('purpose')) throw fail('the header needs a "// Purpose:" line');
  if (!header.has('returns')) throw fail('the header needs a "// Returns:" line');
  const mode = header.get('mode') ?? 'read';
  if (mode !== 'read' && mode !== 'write') throw fail(`"// Mode:" must be read or write, not ${mode}`);
  if (!text) throw fail('no statement after the header');
  if (/;\s*\S/.test(stripStrings(text))) throw fail('one statement per file: found a ";" followed by more text');
  return { name, file, text: text.replace(/;\s*$/, ''), purpose: header.get('purpose')!, mode, params: paramsOf(text) };
}

function paramsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const m of stripStrings(text).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) seen.add(m[1]!);
  return [...seen];
}

/** Blanks out string literals and comments so ";" or "$x" inside them are not mistaken for syntax. */
function stripStrings(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\/[^\n]*/g, (s) => ' '.repeat(s.length));
}
