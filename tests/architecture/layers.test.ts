import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, readImportGraph, type ImportGraph } from './import-graph.ts';

// The layers point down: the API (src/graphql, src/server) sits on the queries and the loader, which
// sit on the extractor, the database access and the domain model. These tests read every import of
// src/ and fail naming the file and what it imports when a layer points up or modules form a cycle.
const root = fileURLToPath(new URL('../..', import.meta.url));
const graph = readImportGraph(root, 'src');

/** The folders of src/, top first, as README.md "How it is built" lists them. */
const LAYERS = [
  'cli',
  'server',
  'graphql',
  'curation',
  'dashboard',
  'auth',
  'import',
  'wikidata',
  'export',
  'feeds',
  'ingest',
  'lineage',
  'queries',
  'evaluation',
  'documents',
  'extract',
  'db',
  'config',
  'errors',
  'model',
  'version',
  'client',
];
const folderOf = (path: string) => path.split('/')[1]!.replace(/\.ts$/, '');

const within = (folders: string[]) => (path: string) => folders.some((f) => path.startsWith(`src/${f}/`));

function importsWhere(graph: ImportGraph, from: (p: string) => boolean, to: (p: string) => boolean): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph)
    if (from(file)) for (const t of targets) if (to(t)) found.push(`${file} -> ${t}`);
  return found;
}

describe('the layers of src/', () => {
  it('reads the imports of every source file (the check below has something to check)', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/queries/loaders.ts')).toContain('src/model/index.ts');
  });

  it('when a lower layer imports the API (src/graphql or src/server), then this fails naming the import', () => {
    const lower = within(['queries', 'ingest', 'model', 'extract', 'db']);
    expect(importsWhere(graph, lower, within(['graphql', 'server']))).toEqual([]);
  });

  it("when a folder imports a folder above it in the README's order, then this fails naming the import", () => {
    const above = (from: string, to: string) => LAYERS.indexOf(folderOf(to)) < LAYERS.indexOf(folderOf(from));
    const up: string[] = [];
    for (const [file, targets] of graph) {
      if (file.endsWith('.test.ts')) continue;
      for (const t of targets) if (folderOf(t) !== folderOf(file) && above(file, t)) up.push(`${file} -> ${t}`);
    }
    expect([...graph.keys()].map(folderOf).filter((f) => !LAYERS.includes(f))).toEqual([]);
    expect(up).toEqual([]);
  });

  it('when the domain model imports anything outside src/model, then this fails naming the import', () => {
    expect(importsWhere(graph, within(['model']), (t) => !t.startsWith('src/model/'))).toEqual([]);
  });

  it('when the error vocabulary imports a domain module, then this fails naming the import', () => {
    const domain = (t: string) => !t.startsWith('src/errors/');
    const sources = (p: string) => p.startsWith('src/errors/') && !p.endsWith('.test.ts');
    expect(importsWhere(graph, sources, domain)).toEqual([]);
  });

  it('when modules import each other in a circle, then this fails listing the circle', () => {
    expect(findCycles(graph)).toEqual([]);
  });
});

describe('findCycles', () => {
  it('when a → b → c → a and c → d, then the circle is a, b, c and d is outside it', () => {
    const g: ImportGraph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(findCycles(g)).toEqual([['a', 'b', 'c']]);
  });

  it('when a module imports itself, then it is a circle of one; a chain is none', () => {
    expect(findCycles(new Map([['a', ['a']]]))).toEqual([['a']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});
