import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every Cypher statement the product runs lives in cypher/<domain>/<name>.cypher, one statement
 * per file, with a header:
 *
 *   // Purpose: what it answers or writes
 *   // Params: $id: String - the entity id; ...
 *   // Returns: id, name - one row per entity
 *   // Row: { id: string; name: string | null }
 *   // Mode: read | write
 *
 * A line indented after "//" continues the key above it. Params must name exactly the $parameters
 * the statement uses; Row is a TypeScript object type, which may name the shapes exported by
 * src/db/row-types.ts. `npm run codegen` turns every file into a typed entry of
 * src/db/cypher.generated.ts, so a misspelt name, a missing parameter or a wrong column is a type error.
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
  /** the $parameters the statement uses, in order of first use (the header declares the same) */
  params: string[];
  /** the TypeScript type of one row, from the `// Row:` header (src/db/cypher.generated.ts is made from it) */
  row: string;
}

type HeaderKey = 'purpose' | 'params' | 'returns' | 'row' | 'mode';

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
  const header = new Map<HeaderKey, string>();
  const body: string[] = [];
  let inHeader = true;
  let current: HeaderKey | null = null;
  for (const line of source.split('\n')) {
    const m = inHeader ? /^\/\/\s*(Purpose|Params|Returns|Row|Mode):\s*(.*)$/.exec(line) : null;
    if (m) {
      current = m[1]!.toLowerCase() as HeaderKey;
      header.set(current, m[2]!.trim());
      continue;
    }
    if (inHeader && line.startsWith('//')) {
      // an indented comment line continues the key above it; an unindented one is a free note
      if (current && /^\/\/\s{2,}\S/.test(line))
        header.set(current, `${header.get(current)} ${line.replace(/^\/\/\s*/, '')}`);
      else current = null;
      continue;
    }
    inHeader = false;
    body.push(line);
  }
  const text = body.join('\n').trim();
  const fail = (why: string) => new CypherFileError(`${file}: ${why}`);
  if (!header.get('purpose')) throw fail('the header needs a "// Purpose:" line');
  if (!header.has('returns')) throw fail('the header needs a "// Returns:" line');
  const row = header.get('row');
  if (!row || !/^\{[\s\S]*\}$/.test(row))
    throw fail('the header needs a "// Row: { column: type; ... }" line (a TypeScript object type)');
  const mode = header.get('mode') ?? 'read';
  if (mode !== 'read' && mode !== 'write') throw fail(`"// Mode:" must be read or write, not ${mode}`);
  if (!text) throw fail('no statement after the header');
  if (/;\s*\S/.test(stripStrings(text))) throw fail('one statement per file: found a ";" followed by more text');
  const params = paramsOf(text);
  const declared = [
    ...new Set([...(header.get('params') ?? '').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((p) => p[1]!)),
  ];
  const undeclared = params.filter((p) => !declared.includes(p));
  const unused = declared.filter((p) => !params.includes(p));
  if (undeclared.length || unused.length) {
    const why = [
      undeclared.length ? `uses ${undeclared.map((p) => `$${p}`).join(', ')} without declaring it` : '',
      unused.length ? `declares ${unused.map((p) => `$${p}`).join(', ')} but does not use it` : '',
    ];
    throw fail(`"// Params:" ${why.filter(Boolean).join(' and ')}`);
  }
  return { name, file, text: text.replace(/;\s*$/, ''), purpose: header.get('purpose')!, mode, params, row };
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
