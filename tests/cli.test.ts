import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import { freePort } from '../src/db/local/port-is-free.ts';

const root = projectRoot();
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(root, 'bin', 'quotegraph.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', ...env },
    // a safety net only: a slow machine makes each start slow (tsx runs sources edited since build/), not wrong
    timeout: 300_000,
  });

describe('the quotegraph command', { timeout: 600_000 }, () => {
  it('when run with --help, then it lists the db commands', () => {
    const out = cli(['--help']);
    expect(out.status).toBe(0);
    for (const c of ['db start', 'db stop', 'db status', 'db migrate', 'start']) expect(out.stdout).toContain(c);
  });

  it(
    'when NEO4J_URI points at a closed port, ' + 'then it gives up by itself with a clear message and no stack trace',
    async () => {
      const port = await freePort();
      const out = cli(['db', 'migrate'], {
        NEO4J_URI: `bolt://127.0.0.1:${port}`,
        NEO4J_PASSWORD: 'x',
        NEO4J_CONNECT_TIMEOUT_S: '5',
      });
      // it ended on its own (exit 1 and its message), not killed by the safety net: that is the point, not a duration
      expect(out.signal).toBeNull();
      expect(out.status).toBe(1);
      expect(out.stderr).toContain(`cannot reach Neo4j at bolt://127.0.0.1:${port}`);
      expect(out.stderr).not.toMatch(/^\s+at /m);
    },
  );

  it('when NEO4J_URI is set without a password, then it says which variable is missing', () => {
    const out = cli(['db', 'migrate'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('NEO4J_PASSWORD is not');
  });

  it(
    'when db status --json runs against the test server, ' +
      'then it prints uri, user, password, version, edition and plugins',
    () => {
      const conn = inject('neo4j');
      const out = cli(['db', 'status', '--json'], {
        NEO4J_URI: conn.uri,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password,
      });
      expect(out.status).toBe(0);
      const status = JSON.parse(out.stdout);
      expect(status).toMatchObject({
        running: true,
        uri: conn.uri,
        user: conn.user,
        password: conn.password,
        edition: 'community',
      });
      expect(status.version).toMatch(/^5\.26\./);
      expect(status.plugins.map((p: { name: string }) => p.name)).toEqual(['apoc', 'gds']);
    },
  );

  it('when NEO4J_URI uses the routing scheme neo4j://, then the same server answers', () => {
    const conn = inject('neo4j');
    const routed = conn.uri.replace(/^bolt:/, 'neo4j:');
    const out = cli(['db', 'status', '--json'], {
      NEO4J_URI: routed,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: conn.password,
    });
    expect(out.status, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ running: true, uri: routed, edition: 'community' });
  });

  it(
    'when extract --format json reads a fixture, ' + 'then it prints the documented contract with spans into the body',
    () => {
      const file = path.join(root, 'tests', 'fixtures', 'articles', 'minister-visit.de.md');
      const out = cli(['extract', file, '--format', 'json']);
      expect(out.status, out.stderr).toBe(0);
      const [doc] = (JSON.parse(out.stdout) as { documents: Record<string, unknown>[] }).documents;
      expect(doc).toMatchObject({ lang: 'de', publishedAt: '2025-11-20' });
      for (const key of [
        'source',
        'quotes',
        'reported',
        'entities',
        'dates',
        'events',
        'reports',
        'relations',
        'diagnostics',
      ])
        expect(doc).toHaveProperty(key);
      const quotes = doc!.quotes as {
        text: string;
        start: number;
        end: number;
        kind: string;
        speaker: { name: string; entityId: string } | null;
        cue: string;
        said: { edtf: string } | null;
      }[];
      expect(quotes.map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([
        ['Wir investieren in die Sicherheit der Ostsee', 'direct', 'Anna Beispiel'],
        ['bereit für neue Aufgaben', 'fragment', 'Anna Beispiel'],
      ]);
      expect(quotes[0]).toMatchObject({ speaker: { entityId: 'person:anna-beispiel' }, cue: 'sagte Beispiel' });
      const reports = doc!.reports as { publisher: { name: string; entityId: string }; cue: string }[];
      expect(reports).toContainEqual(
        expect.objectContaining({ publisher: { name: 'Reuters', entityId: 'org:reuters' } }),
      );
      const dates = doc!.dates as { text: string; edtf: string; earliest: string; latest: string }[];
      expect(dates).toContainEqual(
        expect.objectContaining({ text: 'im Dezember', edtf: '2025-12', earliest: '2025-12-01', latest: '2025-12-31' }),
      );
    },
  );

  it(
    'when extract gets --published, ' + 'then it wins over the front matter, and an impossible date is refused by name',
    () => {
      const file = path.join(root, 'tests', 'fixtures', 'articles', 'summit-report.en.md');
      const dated = JSON.parse(cli(['extract', file, '--published', '2026-02-17']).stdout) as {
        documents: { publishedAt: string; dates: { text: string; edtf: string }[] }[];
      };
      expect(dated.documents[0]!.publishedAt).toBe('2026-02-17');
      expect(dated.documents[0]!.dates).toContainEqual(
        expect.objectContaining({ text: 'on Monday', edtf: '2026-02-16' }),
      );
      const bad = cli(['extract', file, '--published', '2026-02-30']);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('--published');
    },
  );

  it(
    'when extract gets --aliases or QUOTEGRAPH_ALIAS_FILES, ' +
      'then the user file names entities, and a missing file is a clear error',
    async () => {
      const { mkdtemp, writeFile } = await import('node:fs/promises');
      const os = await import('node:os');
      const dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-aliases-'));
      const aliases = path.join(dir, 'mine.json');
      await writeFile(
        aliases,
        JSON.stringify({
          version: 1,
          entities: [{ id: 'org:kieler-abendpost', type: 'MediaOutlet', name: 'Kieler Abendpost', aliases: ['KAP'] }],
        }),
      );
      const article = path.join(dir, 'a.md');
      await writeFile(
        article,
        '---\npublished: 2026-03-02\nlang: de\n---\nDie KAP meldete am Montag neue Zahlen zur Marine.\n',
      );
      const names = (r: ReturnType<typeof cli>) =>
        (JSON.parse(r.stdout) as { documents: { entities: { id: string }[] }[] }).documents[0]!.entities.map(
          (e) => e.id,
        );
      expect(names(cli(['extract', article]))).not.toContain('org:kieler-abendpost');
      expect(names(cli(['extract', article, '--aliases', aliases]))).toContain('org:kieler-abendpost');
      expect(names(cli(['extract', article], { QUOTEGRAPH_ALIAS_FILES: aliases }))).toContain('org:kieler-abendpost');
      const missing = cli(['extract', article, '--aliases', path.join(dir, 'nope.json')]);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('cannot read alias file');
      expect(missing.stderr).not.toMatch(/^\s+at /m);
    },
  );

  it(
    'when a file is over QUOTEGRAPH_MAX_DOCUMENT_MB, ' +
      'then extract refuses it by name and size and still reads the others',
    async () => {
      const { mkdtemp, writeFile } = await import('node:fs/promises');
      const os = await import('node:os');
      const dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-size-'));
      const small = path.join(dir, 'small.txt');
      const large = path.join(dir, 'large.txt');
      await writeFile(small, '„Wir bleiben dabei“, sagte Anna Beispiel am Montag in Kiel.\n');
      await writeFile(large, 'Anna Beispiel sprach in Kiel über die Marine. '.repeat(100)); // 4.6 KB
      const limited = cli(['extract', small, large], { QUOTEGRAPH_MAX_DOCUMENT_MB: '0.004' }); // 4.1 KB
      expect(limited.status).toBe(1);
      expect(limited.stderr).toContain(
        `${large}: file is 4.6 KB, over the 4.1 KB limit (QUOTEGRAPH_MAX_DOCUMENT_MB raises it)`,
      );
      const read = (JSON.parse(limited.stdout) as { documents: { source: string }[] }).documents.map((d) => d.source);
      expect(read).toEqual([small]);
      const raised = cli(['extract', small, large], { QUOTEGRAPH_MAX_DOCUMENT_MB: '0.01' });
      expect(raised.status, raised.stderr).toBe(0);
      expect((JSON.parse(raised.stdout) as { documents: unknown[] }).documents).toHaveLength(2);
      const refused = cli(['extract', small], { QUOTEGRAPH_MAX_DOCUMENT_MB: '0' });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('QUOTEGRAPH_MAX_DOCUMENT_MB');
    },
  );
});
