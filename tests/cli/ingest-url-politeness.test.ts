import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { DEFAULT_DELAY_S } from '../../src/documents/index.ts';
import { runCli, runCliAsync } from '../support/run-cli.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { startWebServer, type TestWebServer } from '../support/web-server.ts';

// Invented pages (written for this test) from one local server under two hosts, 127.0.0.1 and localhost,
// ingested by address with the real command: its request log shows the pause between requests to one
// host, and that the other host is not held back by it.
describe('quotegraph ingest URL…, politely', () => {
  const scope = testScope('ingest-polite');
  const tag = `Pol${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  let db: Database;
  let web: TestWebServer;
  let localhost: string;
  const page = (n: number) =>
    '<!doctype html><html lang="en"><head><title>' +
    `Harbour ${n} | ${tag} Post</title>` +
    '<meta property="article:published_time" content="2033-03-03T10:00:00+01:00"></head><body><article>' +
    `<h1>Harbour ${n}</h1><p>Invented text, written for a quotegraph test.</p>` +
    `<p>"Pier ${n} opens in June," Mayor Ilse ${tag} said.</p></article></body></html>`;
  const html = { 'content-type': 'text/html; charset=utf-8' };
  /** when each path was asked, by the requests from `from` on */
  const asked = (from: number) => {
    const at = new Map(web.requests.slice(from).map((r) => [r.path, r.at]));
    return (path: string) => at.get(path)!;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    web = await startWebServer();
    localhost = web.url.replace('127.0.0.1', 'localhost');
    for (let n = 1; n <= 6; n++) web.route(`/news/${n}`, { headers: html, body: page(n) });
  });
  afterAll(async () => {
    for (const prefix of [web.url, localhost])
      await db.raw(
        'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
        { p: prefix },
      );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await web.close();
    await db.close();
  });

  it('when pages of two hosts are named, then each is asked every 2 s by default, side by side', async () => {
    const from = web.requests.length;
    // two pages of 127.0.0.1 first: localhost's must not wait behind the pause between them
    const r = await runCliAsync([
      'ingest',
      `${web.url}/news/1`,
      `${web.url}/news/2`,
      `${localhost}/news/3`,
      `${localhost}/news/4`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Ingested 4 documents \(4 new/);
    const at = asked(from);
    expect(DEFAULT_DELAY_S).toBe(2);
    expect(at('/news/2') - at('/news/1')).toBeGreaterThanOrEqual(2000);
    expect(at('/news/4') - at('/news/3')).toBeGreaterThanOrEqual(2000);
    expect(at('/news/3')).toBeLessThan(at('/news/2'));
    const [docs] = await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $a OR d.url STARTS WITH $b RETURN count(d) AS n',
      {
        a: web.url,
        b: localhost,
      },
    );
    expect(docs).toEqual({ n: 4 });
  });

  it('when --delay is given, then that is the least pause between two requests to one host', async () => {
    const from = web.requests.length;
    const r = await runCliAsync(['ingest', `${web.url}/news/5`, `${web.url}/news/6`, '--delay', '3']);
    expect(r.code, r.stderr).toBe(0);
    const at = asked(from);
    expect(at('/news/6') - at('/news/5')).toBeGreaterThanOrEqual(3000);
  });

  it('when --delay is out of range, then the command says so; --help names the flag', () => {
    const bad = runCli(['ingest', `${web.url}/news/5`, '--delay', '61']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--delay: "61": give a number of seconds from 0 to 60');
    const help = runCli(['ingest', '--help']);
    expect(help.stdout).toContain('[--batch N] [--delay SECONDS]');
  });
});
