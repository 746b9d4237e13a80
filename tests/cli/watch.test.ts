import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { USER_AGENT } from '../../src/documents/index.ts';
import type { WatchState } from '../../src/feeds/index.ts';
import { runCliAsync, startCli } from '../support/run-cli.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { startWebServer, type TestWebServer, type WebAnswer } from '../support/web-server.ts';

// An invented RSS feed, Atom feed and articles (written for this test) on 127.0.0.1, watched by the real
// command with --once, three times: the first run ingests, the second is answered 304, the third finds one
// new item.
describe('quotegraph watch --once', () => {
  const scope = testScope('watch');
  const tag = `Wato${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-watch-'));
  const statePath = path.join(tmp, 'state', 'watch.json');
  let db: Database;
  let web: TestWebServer;
  const rssItems: string[] = [];
  let rssVersion = 1;
  const RSS_MODIFIED = 'Wed, 02 Feb 2033 10:00:00 GMT';
  const ATOM_MODIFIED = 'Wed, 02 Feb 2033 11:00:00 GMT';

  const rssItem = (n: number, title: string, date: string) =>
    `<item><title>${title}</title><link>${web.url}/a/${n}</link><guid isPermaLink="false">${scope}-a${n}</guid>` +
    `<pubDate>${date}</pubDate></item>`;
  const rss = () =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${tag} Gazette</title>` +
    `${[...rssItems].reverse().join('\n')}</channel></rss>`;
  const atom = () =>
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${tag} Courier</title>` +
    `<entry><title>Bridge</title><id>urn:${scope}:b1</id><link href="/b/1"/>` +
    '<published>2033-02-01T09:00:00Z</published></entry>' +
    `<entry><title>Council</title><id>urn:${scope}:b2</id><link rel="alternate" href="${web.url}/b/2"/>` +
    '<updated>2033-02-02T09:00:00Z</updated></entry></feed>';
  const article = (title: string | null, sentence: string) =>
    `<!doctype html><html lang="en"><head>${title ? `<title>${title}</title>` : ''}` +
    `</head><body><main><p>Invented text, written for a quotegraph test.</p><p>${sentence}</p></main></body></html>`;
  const html = { 'content-type': 'text/html' };
  const pages = () => web.requests.filter((r) => /^\/[ab]\//.test(r.path)).map((r) => r.path);

  beforeAll(async () => {
    db = await openTestDatabase();
    web = await startWebServer();
    rssItems.push(
      rssItem(1, 'Harbour news', 'Tue, 01 Feb 2033 08:00:00 +0100'),
      rssItem(2, `Tolls stay, says ${tag}`, 'Wed, 02 Feb 2033 08:00:00 +0100'),
      rssItem(9, 'A page that is gone', 'Wed, 02 Feb 2033 09:00:00 +0100'),
    );
    web.route('/rss.xml', (req): WebAnswer => {
      const etag = `"rss-v${rssVersion}"`;
      if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
      return {
        headers: { 'content-type': 'application/rss+xml', etag, 'last-modified': RSS_MODIFIED },
        body: rss(),
      };
    });
    web.route(
      '/atom.xml',
      (req): WebAnswer =>
        req.headers['if-modified-since'] === ATOM_MODIFIED
          ? { status: 304 }
          : { headers: { 'content-type': 'application/atom+xml', 'last-modified': ATOM_MODIFIED }, body: atom() },
    );
    web.route('/busy.xml', { status: 429, headers: { 'retry-after': '3600' } });
    web.route('/a/1', { headers: html, body: article('Harbour news', `"The harbour opens," Ilse ${tag} said.`) });
    // no title and no date on the page: the feed's fill in
    web.route('/a/2', { headers: html, body: article(null, `"Tolls stay as they are," Ilse ${tag} said.`) });
    web.route('/a/3', { headers: html, body: article('Ferry', `"The ferry runs," Ilse ${tag} said.`) });
    web.route('/b/1', { headers: html, body: article('Bridge', 'The bridge is closed for repairs.') });
    web.route('/b/2', { headers: html, body: article('Council', 'The council met on Monday.') });
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: web.url },
    );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await web.close();
    await db.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const watchOnce = () =>
    runCliAsync([
      'watch',
      `${web.url}/rss.xml`,
      `${web.url}/atom.xml`,
      `${web.url}/busy.xml`,
      '--once',
      '--state',
      statePath,
      '--delay',
      '0',
    ]);

  it('when the feeds are new, then every item’s page is fetched once and ingested with its url', async () => {
    const r = await watchOnce();
    // the gone page fails the run, named, and is not tried again
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`failed: ${web.url}/a/9: HTTP 404 Not Found (not tried again)`);
    expect(r.stderr).toContain(`${web.url}/busy.xml: HTTP 429; asked again after `);
    expect(r.stdout).toContain(
      'Polled 3 feeds (0 not modified, 0 failed, 1 waiting on Retry-After): 5 new items, 4 ingested, 1 failed',
    );
    expect(pages().sort()).toEqual(['/a/1', '/a/2', '/a/9', '/b/1', '/b/2']);
    const docs = await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p ' +
        'RETURN d.url AS url, d.title AS title, toString(d.publishedAt) AS published ORDER BY url',
      { p: web.url },
    );
    expect(docs).toEqual([
      { url: `${web.url}/a/1`, title: 'Harbour news', published: '2033-02-01' },
      { url: `${web.url}/a/2`, title: `Tolls stay, says ${tag}`, published: '2033-02-02' },
      { url: `${web.url}/b/1`, title: 'Bridge', published: '2033-02-01' },
      { url: `${web.url}/b/2`, title: 'Council', published: '2033-02-02' },
    ]);
    const [quote] = await db.raw('MATCH (q:Quote)-[:SOURCED_FROM]->(d:Document {url: $u}) RETURN q.text AS text', {
      u: `${web.url}/a/2`,
    });
    expect(quote).toEqual({ text: 'Tolls stay as they are,' });
    // the first poll of a feed is unconditional; every request says who asks
    for (const feed of ['/rss.xml', '/atom.xml'])
      expect(web.requestsFor(feed)[0]!.headers).not.toHaveProperty('if-none-match');
    expect(new Set(web.requests.map((q) => q.headers['user-agent']))).toEqual(new Set([USER_AGENT]));

    const state = JSON.parse(readFileSync(statePath, 'utf8')) as WatchState;
    expect(state.feeds[`${web.url}/rss.xml`]).toMatchObject({ etag: '"rss-v1"', lastModified: RSS_MODIFIED });
    expect(state.feeds[`${web.url}/rss.xml`]!.seen.map((s) => s.id)).toEqual([
      // oldest first, as they were ingested
      `${scope}-a1`,
      `${scope}-a2`,
      `${scope}-a9`,
    ]);
    expect(state.feeds[`${web.url}/atom.xml`]).toMatchObject({ etag: null, lastModified: ATOM_MODIFIED });
    expect(Date.parse(state.feeds[`${web.url}/busy.xml`]!.retryAfter!)).toBeGreaterThan(Date.now() + 3000_000);
  });

  it('when run again, then the feeds are asked conditionally, answer 304, and no page is fetched', async () => {
    const before = web.requests.length;
    const r = await watchOnce();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Polled 2 feeds (2 not modified, 0 failed, 1 waiting on Retry-After): 0 new items');
    const asked = web.requests.slice(before);
    expect(asked.map((q) => q.path)).toEqual(['/rss.xml', '/atom.xml']);
    expect(asked[0]!.headers).toMatchObject({ 'if-none-match': '"rss-v1"', 'if-modified-since': RSS_MODIFIED });
    expect(asked[1]!.headers).toMatchObject({ 'if-modified-since': ATOM_MODIFIED });
    // the feed that asked us to wait an hour is not asked
    expect(r.stderr).toContain(`${web.url}/busy.xml: not asked, it asked us to wait until`);
  });

  it('when a new item appears, then only its page is fetched', async () => {
    rssItems.push(rssItem(3, 'Ferry', 'Thu, 03 Feb 2033 08:00:00 +0100'));
    rssVersion = 2;
    const before = web.requests.length;
    const r = await watchOnce();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${web.url}/rss.xml: 4 items, 1 new`);
    expect(r.stderr).toContain(`ingested ${web.url}/a/3 (new: 1 quotes`);
    expect(web.requests.slice(before).map((q) => q.path)).toEqual(['/rss.xml', '/a/3', '/atom.xml']);
    const state = JSON.parse(readFileSync(statePath, 'utf8')) as WatchState;
    expect(state.feeds[`${web.url}/rss.xml`]!.etag).toBe('"rss-v2"');
  });

  it('when it runs without --once, then it sleeps out the interval and stops at SIGTERM with its state', async () => {
    const before = web.requests.length;
    const statePath2 = path.join(tmp, 'loop.json');
    const run = startCli(['watch', `${web.url}/atom.xml`, '--interval', '60', '--state', statePath2, '--delay', '0']);
    await run.waitFor(`ingested ${web.url}/b/2`);
    await run.waitFor('next poll at');
    run.child.kill('SIGTERM');
    const closed = await run.closed;
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stderr).toContain('Watching 1 feed every 60 s');
    expect(closed.stdout).toContain('Polled 1 feed (0 not modified, 0 failed, 0 waiting on Retry-After): 2 new items');
    // one poll, then sleep: the feed was asked once in the minute
    expect(web.requests.slice(before).filter((q) => q.path === '/atom.xml')).toHaveLength(1);
    const state = JSON.parse(readFileSync(statePath2, 'utf8')) as WatchState;
    expect(state.feeds[`${web.url}/atom.xml`]!.seen).toHaveLength(2);
  });

  it('when the arguments are wrong, then the command names them', async () => {
    const r = await runCliAsync(['watch', 'feeds.txt', '--once']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('FEED_URL: "feeds.txt" is not an http(s) address');
    const fast = await runCliAsync(['watch', `${web.url}/rss.xml`, '--interval', '5']);
    expect(fast.code).not.toBe(0);
    expect(fast.stderr).toContain('--interval: "5": give a number of seconds from 60 to');
  });
});
