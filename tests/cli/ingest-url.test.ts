import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { USER_AGENT } from '../../src/documents/index.ts';
import { runCliAsync } from '../support/run-cli.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { startWebServer, type TestWebServer } from '../support/web-server.ts';

// Invented pages (written for this test) served from 127.0.0.1, ingested by address with the real command.
describe('quotegraph ingest URL', () => {
  const scope = testScope('ingest-url');
  const tag = `Urlo${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const fileUrl = `https://test.quotegraph.invalid/${scope}/file`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-ingest-url-'));
  let db: Database;
  let web: TestWebServer;
  const page = (title: string, quote: string) =>
    `<!doctype html><html lang="en"><head><title>${title} | ${tag} Post</title>` +
    `<meta property="og:site_name" content="${tag} Post">` +
    '<meta property="article:published_time" content="2033-02-03T10:00:00+01:00"></head><body>' +
    `<nav>Home</nav><article><h1>${title}</h1><p>Invented text, written for a quotegraph test.</p>` +
    `<p>"${quote}," Mayor Ilse ${tag} said on Tuesday.</p></article></body></html>`;
  const html = { 'content-type': 'text/html; charset=utf-8' };

  beforeAll(async () => {
    db = await openTestDatabase();
    web = await startWebServer();
    web.route('/news/pier', { headers: html, body: page('Pier opens', 'The pier opens in June') });
    web.route('/old/ferry', { status: 301, headers: { location: '/news/ferry' } });
    web.route('/news/ferry', { headers: html, body: page('Ferry runs', 'The ferry runs all winter') });
    web.route('/feed.png', { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e]) });
    web.route('/news/huge', { headers: html, body: page('Huge', `${'Very long words. '.repeat(2000)}`) });
    writeFileSync(
      path.join(tmp, 'harbour.md'),
      `---\nurl: ${fileUrl}\npublished: 2033-02-01\nlang: en\n---\n` +
        `Invented text. "The harbour stays open," Mayor Ilse ${tag} said.\n`,
    );
  });
  afterAll(async () => {
    for (const prefix of [web.url, fileUrl])
      await db.raw(
        'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
        { p: prefix },
      );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await web.close();
    await db.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('when pages and a file are named, then the pages are fetched and read, the bad ones named', async () => {
    const r = await runCliAsync(
      [
        'ingest',
        `${web.url}/news/pier`,
        path.join(tmp, 'harbour.md'),
        `${web.url}/old/ferry`,
        `${web.url}/news/gone`,
        `${web.url}/feed.png`,
        `${web.url}/news/huge`,
        // no pause between requests to the one host here: tests/cli/ingest-url-politeness.test.ts times it
        '--delay',
        '0',
      ],
      { QUOTEGRAPH_MAX_DOCUMENT_MB: '0.01' },
    );
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^Ingested 3 documents \(3 new, 0 replaced, 0 unchanged\)/);
    expect(r.stderr).toContain(`failed: ${web.url}/news/gone: HTTP 404 Not Found`);
    expect(r.stderr).toContain(`failed: ${web.url}/feed.png: the answer is image/png, not a page`);
    expect(r.stderr).toMatch(new RegExp(`failed: ${web.url}/news/huge: the answer is .* over the 10\\.2 KB limit`));

    const docs = await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p ' +
        'RETURN d.url AS url, d.source AS source, d.title AS title, d.outlet AS outlet, ' +
        'toString(d.publishedAt) AS published, d.lang AS lang ORDER BY url',
      { p: web.url },
    );
    expect(docs).toEqual([
      // a redirect: the address that answered is the url, the one named the source
      {
        url: `${web.url}/news/ferry`,
        source: `${web.url}/old/ferry`,
        title: 'Ferry runs',
        outlet: `${tag} Post`,
        published: '2033-02-03',
        lang: 'en',
      },
      {
        url: `${web.url}/news/pier`,
        source: `${web.url}/news/pier`,
        title: 'Pier opens',
        outlet: `${tag} Post`,
        published: '2033-02-03',
        lang: 'en',
      },
    ]);
    // the facts land with the page's url
    const quotes = await db.raw(
      'MATCH (q:Quote)-[:SOURCED_FROM]->(d:Document) WHERE d.url STARTS WITH $p OR d.url = $file ' +
        'RETURN q.text AS text, d.url AS url ORDER BY url',
      { p: web.url, file: fileUrl },
    );
    expect(quotes.map((q) => [q.text, q.url])).toEqual([
      ['The ferry runs all winter,', `${web.url}/news/ferry`],
      ['The pier opens in June,', `${web.url}/news/pier`],
      ['The harbour stays open,', fileUrl],
    ]);
    // the server saw quotegraph's user agent on every request
    expect(new Set(web.requests.map((q) => q.headers['user-agent']))).toEqual(new Set([USER_AGENT]));
  });

  it('when a page is ingested with --url, then the flag wins over the address', async () => {
    const mine = `${web.url}/mine/pier`;
    const r = await runCliAsync(['ingest', `${web.url}/news/pier`, '--url', mine]);
    expect(r.code, r.stderr).toBe(0);
    const [doc] = await db.raw('MATCH (d:Document {url: $u}) RETURN d.title AS title', { u: mine });
    expect(doc).toEqual({ title: 'Pier opens' });
  });
});
