import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type TestWebServer } from '../../tests/support/web-server.ts';
import { HostGate } from './host-gate.ts';
import { InputError } from './input-error.ts';
import { readSourcesPolitely } from './read-sources-politely.ts';

// An invented page, written for this test, served from 127.0.0.1 (and the same server as localhost: another host).
const PAGE =
  '<!doctype html><html><head><title>Pier</title></head><body><p>"The pier opens," Ilse said.</p></body></html>';
const html = { 'content-type': 'text/html; charset=utf-8' };
const never = new Promise(() => {});
let web: TestWebServer;
let localhost: string;

beforeAll(async () => {
  web = await startWebServer();
  localhost = web.url.replace('127.0.0.1', 'localhost');
  let busy = 0;
  web.route('/busy', () => (busy++ ? { headers: html, body: PAGE } : { status: 429, headers: { 'retry-after': '1' } }));
  web.route('/closed', { status: 503, headers: { 'retry-after': '3600' } });
  for (const p of ['/after', '/a/1', '/a/2', '/a/3', '/b/1']) web.route(p, { headers: html, body: PAGE });
});
afterAll(() => web.close());

const since = (from: number) => web.requests.slice(from);
const failure = (read: Promise<unknown>) =>
  read.then(
    () => null,
    (err: unknown) => err as InputError,
  );

describe('readSourcesPolitely', () => {
  it('when a page answers 429 with a Retry-After of a second, then it is asked again after it and read', async () => {
    const from = web.requests.length;
    const address = `${web.url}/busy`;
    const read = readSourcesPolitely([address], { maxBytes: 100_000, gate: new HostGate(0), stopped: never });
    const page = await read(address);
    expect(page.url).toBe(address);
    const [first, second] = since(from);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
  });

  it('when a host asks for an hour, then its page fails naming when, and its next page is not asked', async () => {
    const from = web.requests.length;
    const names = [`${web.url}/closed`, `${web.url}/after`, `${localhost}/b/1`];
    const read = readSourcesPolitely(names, { maxBytes: 100_000, gate: new HostGate(0), stopped: never });
    const closed = await failure(read(names[0]!));
    expect(closed).toBeInstanceOf(InputError);
    expect(closed!.code).toBe('host-waiting');
    expect(closed!.message).toMatch(
      new RegExp(`^${names[0]}: HTTP 503 Service Unavailable; its host asked us to wait until 20\\d\\d-`),
    );
    const after = await failure(read(names[1]!));
    expect(after!.message).toMatch(new RegExp(`^${names[1]}: not asked: its host asked us to wait until 20\\d\\d-`));
    // another host is asked as usual
    expect((await read(names[2]!)).url).toBe(names[2]);
    expect(since(from).map((r) => r.path)).toEqual(expect.arrayContaining(['/closed', '/b/1']));
    expect(since(from).map((r) => r.path)).not.toContain('/after');
  });

  it('when pages of two hosts are read in turn, then one host does not wait out the other’s delay', async () => {
    const from = web.requests.length;
    const names = [`${web.url}/a/1`, `${web.url}/a/2`, `${web.url}/a/3`, `${localhost}/b/1`];
    const read = readSourcesPolitely(names, { maxBytes: 100_000, gate: new HostGate(300), stopped: never });
    for (const name of names) expect((await read(name)).url).toBe(name);
    const at = (p: string) => since(from).find((r) => r.path === p)!.at;
    expect(at('/a/2') - at('/a/1')).toBeGreaterThanOrEqual(300);
    expect(at('/a/3') - at('/a/2')).toBeGreaterThanOrEqual(300);
    // fetched ahead while 127.0.0.1 waits its delay
    expect(at('/b/1')).toBeLessThan(at('/a/2'));
  });
});
