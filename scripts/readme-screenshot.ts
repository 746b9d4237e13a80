// Takes the README's dashboard screenshot (docs/screenshots/dashboard.png) from what a fresh clone's
// `npm start` shows: the dashboard is built as npm's prestart builds it, then `quotegraph start` runs on
// an empty throw-away data directory (its own Neo4j on free ports), so it loads the sample corpus alone
// (data/sample, linked to its Wikidata excerpt) as it does on a fresh clone. Debian's chromium, driven
// by playwright-core as tests/e2e drive it, opens the view the README describes, waits until every
// panel has its answer and saves the top of the page. Everything it started is stopped and removed.
//
//   npm run screenshot:readme [-- --out FILE]
//
// Needs Java 17 (the local Neo4j) and chromium (CHROMIUM_PATH, default /usr/bin/chromium); a first
// run fetches the Neo4j jars from Maven Central.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { projectRoot } from '../src/config/config.ts';
import { freePort } from '../src/db/local/port-is-free.ts';
import { CHROMIUM_FLAGS } from '../tests/support/chromium-flags.ts';

/** What the README's picture shows: Marco Rubio and NATO, January and February 2026 (the URL holds the view). */
const VIEW = '/?e=person:marco-rubio,org:nato&from=2026-01-01&to=2026-02-28';
const VIEWPORT = { width: 1366, height: 1000 };
/** What shows that a panel has drawn its answer: the chips' names, timeline marks, bars, quotes and the network. */
const DRAWN = [
  '.chip[data-entity="person:marco-rubio"]',
  '.chip[data-entity="org:nato"]',
  '#timeline-card[data-state="ready"] .tl-mark',
  '#activity .act-bar',
  '#quotes .quote',
  '#network[data-state="ready"][data-positions]',
];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// safety nets only: every wait is for something the process prints or the page shows, and a loaded
// 2-core machine makes a first Neo4j start and the first panels take minutes
const START_TIMEOUT_MS = 15 * 60_000;
const PAGE_TIMEOUT_MS = 5 * 60_000;

const root = projectRoot();
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = path.resolve(
  outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : path.join(root, 'docs/screenshots/dashboard.png'),
);
const say = (line: string) => process.stderr.write(`[screenshot] ${line}\n`);

if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium, or set CHROMIUM_PATH`);

// npm's prestart: the CLI and dist/web brought up to date
const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'prestart.js')], { stdio: 'inherit' });
if (built.status !== 0) throw new Error(`scripts/prestart.js failed (status ${built.status})`);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-screenshot-'));
const port = await freePort();
// only what a fresh shell gives: none of this machine's quotegraph settings (NEO4J_URI, alias files …)
const env: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  TZ: 'UTC',
  ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
  QUOTEGRAPH_DATA_DIR: dataDir,
  PORT: String(port),
  NEO4J_BOLT_PORT: String(await freePort()),
  NEO4J_HTTP_PORT: String(await freePort()),
  NEO4J_START_TIMEOUT_S: '600',
  // The default admission budgets refuse a request that waits over 1-3 s for a slot (503 OVERLOADED),
  // and a busy machine made the first influence request wait that long: a panel's error box is no
  // picture. The same slots, with the longest wait allowed (as tests/support/test-api.ts gives tests);
  // what the panels show does not change.
  ADMISSION_LOOKUP: '4,1000,60000',
  ADMISSION_PAGE: '3,1000,60000',
  ADMISSION_ANALYTICS: '1,1000,60000',
  ADMISSION_WRITE: '2,1000,60000',
};
say(`quotegraph start on an empty data directory (${dataDir}) …`);
const child = spawn(process.execPath, [path.join(root, 'bin', 'quotegraph.js'), 'start'], {
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let printed = '';
for (const stream of [child.stdout!, child.stderr!])
  stream.setEncoding('utf8').on('data', (d: string) => {
    printed += d;
  });
try {
  await said(child, 'Press Ctrl-C to stop.');
  const loaded = /Loaded the sample corpus: \d+ documents\./.exec(printed);
  if (!loaded) throw new Error(`quotegraph start did not load the sample corpus:\n${printed}`);
  say(loaded[0]);
  await shoot(`http://127.0.0.1:${port}${VIEW}`);
  say(`wrote ${path.relative(root, out)} (${VIEWPORT.width} × ${VIEWPORT.height})`);
} finally {
  // Ctrl-C, as a user stops it: the API drains, then the Neo4j it started stops
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
}

/** Resolves once the process has printed `text`; rejects with what it printed if it ends first or takes too long. */
function said(p: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`no "${text}" after ${START_TIMEOUT_MS / 60_000} min`), START_TIMEOUT_MS);
    const check = () => {
      if (!printed.includes(text)) return;
      done();
      resolve();
    };
    const fail = (why: string) => {
      done();
      reject(new Error(`quotegraph start: ${why}:\n${printed}`));
    };
    const ended = (code: number | null) => fail(`exited (${code}) before it was ready`);
    const done = () => {
      clearTimeout(timer);
      p.stdout!.off('data', check);
      p.off('exit', ended);
    };
    p.stdout!.on('data', check);
    p.once('exit', ended);
    check();
  });
}

async function shoot(url: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
    context.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console error: ${m.text()}`)));
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.goto(url);
    await whenSettled(page);
    if (problems.length) throw new Error(`the dashboard reported errors; no picture taken:\n${problems.join('\n')}`);
    await page.screenshot({ path: out });
  } finally {
    await browser.close();
  }
}

/** Waits until every panel has drawn its answer and nothing is loading; fails at once on a panel's error box. */
async function whenSettled(page: Page): Promise<void> {
  // a function, not a string: the page's CSP forbids eval
  const outcome = await page.waitForFunction(
    ({ body, drawn }) => {
      const doc = body!.ownerDocument;
      const failed = doc.querySelector('.state.error');
      if (failed) return `a panel failed: ${failed.textContent}`;
      const settled =
        drawn.every((selector) => doc.querySelector(selector)) &&
        !doc.querySelector('.state.loading, [data-state="loading"]') &&
        doc.fonts.status === 'loaded';
      return settled ? 'settled' : false;
    },
    { body: await page.locator('body').elementHandle(), drawn: DRAWN },
  );
  const said = await outcome.jsonValue();
  if (said !== 'settled') throw new Error(`${said}; no picture taken`);
  // two frames, so the network's canvas has painted what its layout placed
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}
