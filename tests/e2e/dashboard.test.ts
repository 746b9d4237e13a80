import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import { buildDashboard } from '../../src/dashboard/build-dashboard.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { loadSampleCorpus } from '../support/sample-corpus.ts';
import { startTestApi } from '../support/test-api.ts';
import { openTestDatabase } from '../support/test-database.ts';

// The dashboard in a real browser: Debian's chromium driven by playwright-core, against the real API
// on the test Neo4j with the sample corpus and the seed article. .ci/run installs chromium.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] ${CHROMIUM} is missing: the dashboard tests are SKIPPED (apt-get install chromium)`);

const artifacts = path.join(projectRoot(), 'test-artifacts', 'e2e');
// no network beyond this machine, no background traffic, no GPU, a fresh profile every run
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!hasChromium)('the dashboard in a browser', () => {
  let db: Database;
  let api: RunningApi;
  let seed = false;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    await buildDashboard(projectRoot(), { ifStale: true });
    db = await openTestDatabase();
    ({ seed } = await loadSampleCorpus(db));
    api = await startTestApi(db);
    await mkdir(artifacts, { recursive: true });
    profile = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1366, height: 768 } });
    context.on('request', (req) => {
      const url = new URL(req.url());
      if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
      if (url.hostname !== '127.0.0.1') problems.push(`request to another host: ${req.url()}`);
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  });

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await api?.stop();
    await db?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });

  it('when / opens, then the page loads with the search box and the influence network, and no console error', async () => {
    await page.goto(`${api.url}/`);
    await expect(page.title()).resolves.toContain('quotegraph');
    await page.locator('#network[data-state="ready"]').waitFor();
    await page.locator('.chip.suggestion').first().waitFor();
    await shot('01-start');
    expect(problems).toEqual([]);
  });

  it('when "Rubio" is searched and picked with the keyboard, then the timeline shows the 2026-02-15 items', async () => {
    const input = page.locator('#search-input');
    await input.fill('Rubio');
    const option = page.locator('#search-results [role="option"]', { hasText: 'Marco Rubio' }).first();
    await option.waitFor();
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await shot('02-search');
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    await input.press('Enter');
    await page.locator('.chip[data-entity="person:marco-rubio"]').waitFor();
    const marks = page.locator('.tl-mark[data-edtf="2026-02-15"]');
    await marks.first().waitFor();
    const quotes = page.locator('.tl-mark[data-edtf="2026-02-15"][data-type="Quote"]');
    expect(Number(await quotes.getAttribute('data-count'))).toBeGreaterThanOrEqual(seed ? 2 : 1);
    expect(new URL(page.url()).searchParams.get('e')).toBe('person:marco-rubio');
    await quotes.click();
    await page.locator('#selection .item').first().waitFor();
    await expect(page.locator('#selection h3').textContent()).resolves.toContain('15 Feb 2026');
    await expect(page.locator('#selection .item .source').count()).resolves.toBeGreaterThan(0);
    await page.locator('#activity .act-bar').first().waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await shot('03-timeline');
    expect(problems).toEqual([]);
  });

  it('when a quote is opened, then the article shows with that quote highlighted', async () => {
    const row = page.locator('#quotes .quote', { hasText: seed ? 'Wir verlassen die NATO nicht' : 'NATO' }).first();
    const quoteId = await row.getAttribute('data-quote');
    await row.locator('.quote-open').click();
    await page.locator('#drawer:not([hidden]) .doc-text').waitFor();
    const focus = page.locator('#drawer .hl-focus');
    await focus.first().waitFor();
    const marked = (await focus.allTextContents()).join('');
    const quoteText = (await row.locator('blockquote').textContent())!.replace(/^“|”$/g, '');
    expect(marked.replace(/\s+/g, ' ')).toContain(quoteText.replace(/\s+/g, ' ').slice(0, 20));
    await expect(page.locator('#drawer .hl-mention').count()).resolves.toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('fact')).toBe(quoteId);
    await shot('04-document');
    await page.keyboard.press('Escape');
    await page.locator('#drawer').waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
  });

  it('when the influence network loads for a window and a node is clicked, then that node is focused and explained', async () => {
    await page.goto(`${api.url}/?e=person:marco-rubio,org:nato&from=2026-01-01&to=2026-02-28`);
    const net = page.locator('#network[data-state="ready"]');
    await net.waitFor();
    expect(Number(await net.getAttribute('data-nodes'))).toBeGreaterThan(3);
    await page.locator('.tl-mark[data-type="Report"].range').first().waitFor();
    await page.locator('#network-info .rank-btn', { hasText: 'Marco Rubio' }).click();
    await page.locator('#network[data-focus="person:marco-rubio"]').waitFor();
    await expect(page.locator('#network-info .focus-head').textContent()).resolves.toContain('Marco Rubio');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('person:marco-rubio');
    await page.locator('#activity .act-bar').first().waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await shot('05-overview');
    await page.locator('.network-card').scrollIntoViewIfNeeded();
    await shot('06-network');
    expect(problems).toEqual([]);
  });

  it('when the shared URL is opened at phone width, then the same state comes back and fits the screen', async () => {
    const url = page.url();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await page.locator('.chip[data-entity="org:nato"]').waitFor();
    await page.locator('.tl-mark').first().waitFor();
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('07-phone');
    expect(problems).toEqual([]);
  });
});
