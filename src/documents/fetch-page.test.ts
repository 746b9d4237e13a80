import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type TestWebServer } from '../../tests/support/web-server.ts';
import { fetchPage } from './fetch-page.ts';
import { HttpStatusError } from './http-get.ts';
import { InputError } from './input-error.ts';
import { readDocuments } from './read-documents.ts';
import { USER_AGENT } from './user-agent.ts';

// An invented page, written for this test.
const PAGE =
  '<!doctype html><html lang="en"><head><title>Harbour news | Test Post</title>' +
  '<meta property="og:site_name" content="Test Post"><link rel="canonical" href="https://elsewhere.invalid/x">' +
  '<meta property="article:published_time" content="2031-05-04T09:00:00+02:00"></head>' +
  '<body><article><h1>Harbour opens</h1><p>"The pier is ready," Mayor Ilse Vantor said.</p></article></body></html>';

let web: TestWebServer;
const html = { 'content-type': 'text/html; charset=utf-8' };

beforeAll(async () => {
  web = await startWebServer();
  web.route('/page', { headers: html, body: PAGE });
  web.route('/moved', { status: 301, headers: { location: '/page' } });
  web.route('/plain', { headers: { 'content-type': 'text/plain' }, body: 'Just words, said nobody.' });
  web.route('/latin1', {
    headers: { 'content-type': 'text/plain; charset=ISO-8859-1' },
    body: Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65]),
  });
  web.route('/image', { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50]) });
  web.route('/big', { headers: { 'content-type': 'text/plain', 'content-length': '2000' }, body: 'x'.repeat(2000) });
  web.route('/big-stream', { headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(2000) });
  web.route('/slow', { headers: html, body: PAGE, delayMs: 2000 });
  web.route('/busy', { status: 503, headers: { 'retry-after': '120' } });
});
afterAll(() => web.close());

async function failure(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

const opts = { maxBytes: 1_000_000 };

describe('fetchPage', () => {
  it('when a page is fetched, then it reads as HTML with its metadata, the fetched address as its url', async () => {
    const input = await fetchPage(`${web.url}/page`, opts);
    const [doc] = readDocuments(input, {});
    expect(doc!.meta).toEqual({
      source: `${web.url}/page`,
      url: `${web.url}/page`,
      title: 'Harbour opens',
      outlet: 'Test Post',
      publishedAt: '2031-05-04',
      lang: 'en',
    });
    expect(doc!.body).toContain('Mayor Ilse Vantor said');
    expect(web.requestsFor('/page').at(-1)!.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^quotegraph\/\d+\.\d+\.\d+ \(\+https:\/\/.+\)$/);
  });

  it('when the address redirects, then the page is read and the address that answered is the url', async () => {
    const input = await fetchPage(`${web.url}/moved`, opts);
    expect(input.path).toBe(`${web.url}/moved`);
    expect(readDocuments(input, {})[0]!.meta).toMatchObject({ source: `${web.url}/moved`, url: `${web.url}/page` });
    // a --url override still wins
    expect(readDocuments(input, { url: 'https://mine.invalid/a' })[0]!.meta.url).toBe('https://mine.invalid/a');
  });

  it('when a feed says what the page does not, then that fills the gaps only', async () => {
    const input = await fetchPage(`${web.url}/plain`, { ...opts, fallback: { title: 'From the feed', lang: 'en' } });
    expect(readDocuments(input, {})[0]!.meta).toMatchObject({ title: 'From the feed', lang: 'en' });
    const page = await fetchPage(`${web.url}/page`, { ...opts, fallback: { title: 'From the feed' } });
    expect(readDocuments(page, {})[0]!.meta.title).toBe('Harbour opens');
  });

  it('when a page declares another charset, then it is converted to UTF-8', async () => {
    const input = await fetchPage(`${web.url}/latin1`, opts);
    expect(readDocuments(input, {})[0]!.body).toBe('Grüße');
  });

  it('when the answer is an error status, then the error names the address and the status', async () => {
    const missing = await failure(() => fetchPage(`${web.url}/nothing-here`, opts));
    expect(missing.message).toBe(`${web.url}/nothing-here: HTTP 404 Not Found`);
    expect(missing.code).toBe('http-status');
    const busy = await failure(() => fetchPage(`${web.url}/busy`, opts));
    expect(busy).toBeInstanceOf(HttpStatusError);
    expect((busy as HttpStatusError).retryAfterMs).toBe(120_000);
  });

  it('when the answer is not a page, then the error names the address and the type', async () => {
    const e = await failure(() => fetchPage(`${web.url}/image`, opts));
    expect(e.code).toBe('unsupported-content-type');
    expect(e.message).toMatch(new RegExp(`^${web.url}/image: the answer is image/png, not a page`));
  });

  it('when the body is over the limit, then it is refused without reading it all', async () => {
    const e = await failure(() => fetchPage(`${web.url}/big`, { maxBytes: 1024 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe(
      `${web.url}/big: the answer is 2.0 KB, over the 1.0 KB limit (QUOTEGRAPH_MAX_DOCUMENT_MB raises it)`,
    );
    // without a Content-Length, reading stops past the limit
    const streamed = await failure(() => fetchPage(`${web.url}/big-stream`, { maxBytes: 1024 }));
    expect(streamed.message).toContain('/big-stream: the answer is more than 1.0 KB, over the 1.0 KB limit');
  });

  it('when no answer comes in time, then the error says so', async () => {
    const e = await failure(() => fetchPage(`${web.url}/slow`, { ...opts, timeoutMs: 200 }));
    expect(e.code).toBe('timeout');
    expect(e.message).toBe(`${web.url}/slow: no complete answer within 0.2 s`);
  });

  it('when nothing listens at the address, then the error says the connection was refused', async () => {
    const closed = await startWebServer();
    await closed.close();
    const e = await failure(() => fetchPage(`${closed.url}/page`, opts));
    expect(e.code).toBe('unreachable');
    expect(e.message).toBe(`${closed.url}/page: connection refused`);
  });
});
