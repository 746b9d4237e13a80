import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retractFact } from '../../src/curation/facts.ts';
import type { Database } from '../../src/db/database.ts';
import type { QuoteLine } from '../../src/export/quotes-ndjson.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { bearer, startCapturedApi, testKeys } from '../hardening/support.ts';
import { runCli } from '../support/run-cli.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Two invented articles (written for this test) by an invented minister: three quotes, one dated by the
// text, one retracted later; exported as NDJSON by the real command.
describe('quotegraph export --format ndjson', () => {
  const scope = testScope('export');
  const tag = `Expo${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-export-'));
  let db: Database;
  let api: RunningApi;
  let locked: RunningApi;
  const { keys, env } = testKeys(scope);
  let speakerId = '';
  const article = (n: number, publishedAt: string, body: string) => ({
    meta: { source: prefix + n, title: `${tag} ${n}`, url: prefix + n, outlet: `${tag} Post`, publishedAt, lang: 'en' },
    body: `Invented text, written for a quotegraph test.\n\n${body}`,
  });
  const exported = (args: string[]) => {
    const r = runCli(['export', '--format', 'ndjson', '--entity', speakerId, ...args]);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as QuoteLine);
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    await ingestDocument(
      db,
      article(1, '2032-03-05', `"The harbour opens in spring," Minister Alma ${tag} said on 3 March 2032.`),
    );
    await ingestDocument(
      db,
      article(
        2,
        '2032-04-10',
        `"The harbour opens in spring," Minister Alma ${tag} said. ` +
          `"We will build a second pier," ${tag} said. "Tolls stay as they are," ${tag} added.`,
      ),
    );
    const [row] = await db.raw('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: `Alma ${tag}` });
    speakerId = row!.id as string;
    const [tolls] = await db.raw('MATCH (q:Quote) WHERE q.text STARTS WITH $t RETURN q.id AS id', {
      t: 'Tolls stay as they are',
    });
    await retractFact(db, `test:${scope}`, tolls!.id as string, 'a test retraction');
    api = await startCapturedApi(db, {});
    locked = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env, READS_REQUIRE_KEY: 'true' });
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: prefix },
    );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await db.raw('MATCH (a:AuditEntry) WHERE a.who = $w DETACH DELETE a', { w: `test:${scope}` });
    await api?.stop();
    await locked?.stop();
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('when a speaker’s quotes are exported, then each line is one quote with its speaker, time and sources', () => {
    const lines = exported([]);
    // the retracted quote is left out, as the API leaves it out
    expect(lines.map((l) => l.text).sort()).toEqual(['The harbour opens in spring,', 'We will build a second pier,']);
    const harbour = lines.find((l) => l.text.startsWith('The harbour'))!;
    expect(harbour.speaker).toEqual({ id: speakerId, name: `Alma ${tag}`, wikidataId: null });
    expect(harbour.said).toMatchObject({ edtf: '2032-03-03', earliest: '2032-03-03', precision: 'day' });
    expect(harbour.saidBasis).toBe('text');
    expect(harbour.sources.map((s) => [s.url, s.outlet, s.publishedAt])).toEqual([
      [`${prefix}1`, `${tag} Post`, '2032-03-05'],
      [`${prefix}2`, `${tag} Post`, '2032-04-10'],
    ]);
    for (const s of harbour.sources) {
      expect(s.excerpt).toContain('The harbour opens in spring');
      expect(s.end! - s.start!).toBe(s.excerpt!.length);
    }
  });

  it('when a window or an as-of day is given, then only what the API would answer is exported', () => {
    // the pier quote is placed at its article's publication (2032-04-10)
    expect(exported(['--from', '2032-04-01', '--to', '2032-04-30']).map((l) => l.text)).toEqual([
      'We will build a second pier,',
    ]);
    // as of 2032-03-31 only the first article was known
    const asOf = exported(['--asOf', '2032-03-31']);
    expect(asOf.map((l) => l.text)).toEqual(['The harbour opens in spring,']);
    expect(asOf[0]!.sources.map((s) => s.url)).toEqual([`${prefix}1`]);
  });

  it('when --out names a file, then the file holds the lines and no partial file is left', () => {
    const out = path.join(tmp, 'quotes.ndjson');
    const r = runCli(['export', '--format', 'ndjson', '--entity', speakerId, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readdirSync(tmp)).toEqual(['quotes.ndjson']);
  });

  it('when the input is bad, then the command fails naming the option and writes nothing', () => {
    const out = path.join(tmp, 'never.ndjson');
    for (const [args, named] of [
      [['export'], '--format'],
      [['export', '--format', 'xml'], '--format'],
      [['export', '--format', 'ndjson', '--from', '2032-02-30'], '--from'],
      [['export', '--format', 'ndjson', '--from', '2032-05-01', '--to', '2032-04-01'], '--to'],
      [['export', '--format', 'ndjson', '--entity', `person:nobody-${scope}`, '--out', out], '--entity'],
    ] as const) {
      const r = runCli([...args]);
      expect(r.status, args.join(' ')).not.toBe(0);
      expect(r.stderr).toContain(named);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('when the same export is downloaded over HTTP, then the lines are those the command prints', async () => {
    const url = (base: RunningApi, q: string) => `${base.url}/export/quotes.ndjson?${q}`;
    const r = await fetch(url(api, `entity=${encodeURIComponent(speakerId)}`));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await r.text()).split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l))).toEqual(exported([]));
    // refusals come as JSON with the API's codes, naming the parameter
    const bad = await fetch(url(api, 'from=2032-13-01'));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'from' } });
    const unknown = await fetch(url(api, `entity=person:nobody-${scope}`));
    expect(unknown.status).toBe(404);
    // where reads need a key, a download does too
    expect((await fetch(url(locked, `entity=${encodeURIComponent(speakerId)}`))).status).toBe(401);
    const keyed = await fetch(url(locked, `entity=${encodeURIComponent(speakerId)}`), {
      headers: bearer(keys.reader),
    });
    expect(keyed.status).toBe(200);
    expect((await keyed.text()).split('\n').filter(Boolean)).toEqual(lines);
  });
});
