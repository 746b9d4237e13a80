import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { acquireGraphLock } from '../support/graph-lock.ts';
import { loadSampleCorpus, seedInGraph } from '../support/sample-corpus.ts';
import { graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase } from '../support/test-database.ts';

// README.md, section "Asking questions": six questions, each with its operation (the text of
// docs/queries/0N-*.graphql, so the two cannot drift apart) and an excerpt of the real answer on what a
// fresh clone's `npm start` loads (data/sample; scripts/readme-answers.ts prints the whole answers). The
// excerpts must also hold with the seed article from ../shared added (other test files load it into
// the shared graph), so they leave out the scores and counts it changes.

interface Question {
  heading: string;
  file: string;
  operation: string;
  excerpt: unknown;
}

async function readmeQuestions(): Promise<Question[]> {
  const readme = await readFile(path.join(projectRoot(), 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Asking questions\n');
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end);
  return section
    .split(/\n(?=### )/)
    .slice(1)
    .map((part) => {
      const heading = part.slice(4, part.indexOf('\n'));
      const file = /`docs\/queries\/([^`]+\.graphql)`/.exec(part)?.[1] ?? '';
      const blocks = [...part.matchAll(/\n```(\w+)\n([\s\S]*?)\n```\n/g)].map((m) => ({ lang: m[1], text: m[2]! }));
      expect(
        blocks.map((b) => b.lang),
        heading,
      ).toEqual(['graphql', 'json']);
      return { heading, file, operation: `${blocks[0]!.text}\n`, excerpt: JSON.parse(blocks[1]!.text) as unknown };
    });
}

/**
 * Where `excerpt` is not part of `actual`: objects need only the excerpt's keys, lists only some of
 * their items (each must match an item of the real list, in any order), everything else must be equal.
 */
function notContained(actual: unknown, excerpt: unknown, at = '$'): string[] {
  if (Array.isArray(excerpt)) {
    if (!Array.isArray(actual)) return [`${at}: expected a list, got ${JSON.stringify(actual)}`];
    if (excerpt.length === 0 && actual.length !== 0)
      return [`${at}: expected an empty list, got ${actual.length} items`];
    return excerpt.flatMap((e, i) =>
      actual.some((a) => notContained(a, e).length === 0) ? [] : [`${at}[${i}]: no item matches ${JSON.stringify(e)}`],
    );
  }
  if (excerpt !== null && typeof excerpt === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(excerpt).flatMap(([k, v]) =>
      k in actual ? notContained((actual as Record<string, unknown>)[k], v, `${at}.${k}`) : [`${at}.${k}: missing`],
    );
  }
  return Object.is(actual, excerpt)
    ? []
    : [`${at}: expected ${JSON.stringify(excerpt)}, got ${JSON.stringify(actual)}`];
}

describe('the containment check used on the README excerpts', () => {
  it('when an excerpt is part of an answer, then nothing is reported; when it is not, then the place is named', () => {
    const answer = {
      data: {
        list: [
          { a: 1, b: { c: 'x' } },
          { a: 2, b: null },
        ],
        empty: [],
      },
    };
    expect(notContained(answer, { data: { list: [{ a: 2 }, { b: { c: 'x' } }], empty: [] } })).toEqual([]);
    expect(notContained(answer, { data: { list: [{ a: 3 }] } })).toEqual(['$.data.list[0]: no item matches {"a":3}']);
    expect(notContained(answer, { data: { missing: 1 } })).toEqual(['$.data.missing: missing']);
    expect(notContained(answer, { data: { list: [{ b: { c: 'y' } }] } })).toHaveLength(1);
    expect(notContained(answer, { data: { list: [] } })).toEqual(['$.data.list: expected an empty list, got 2 items']);
    expect(notContained(answer, { data: { empty: [1] } })).toHaveLength(1);
  });
});

describe('README "Asking questions"', () => {
  let questions: Question[];
  let db: Database;
  let api: RunningApi;
  beforeAll(async () => {
    questions = await readmeQuestions();
    db = await openTestDatabase();
    // what a fresh clone's `npm start` loads: data/sample alone, linked to the sample's Wikidata excerpt
    await loadSampleCorpus(db, { seed: false });
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
  });

  /** Every operation's answer must hold its README excerpt; returns what failed, by file. */
  async function compareAll(): Promise<Record<string, string[]>> {
    const failed: Record<string, string[]> = {};
    for (const q of questions) {
      const { body } = await graphql(api, q.operation);
      const problems = [
        ...(body.errors ?? []).map((e) => `error: ${e.message}`),
        ...(body.errors ? [] : notContained(body, q.excerpt)),
      ];
      if (problems.length) failed[q.file] = problems;
    }
    return failed;
  }

  it(
    'when the section is read, ' +
      'then it asks six questions, each shown with the complete operation of docs/queries/0N-*.graphql',
    async () => {
      const dir = path.join(projectRoot(), 'docs', 'queries');
      const files = (await readdir(dir)).filter((f) => /^0[1-6]-.*\.graphql$/.test(f)).sort();
      expect(files).toHaveLength(6);
      expect(questions.map((q) => q.file)).toEqual(files);
      for (const [i, q] of questions.entries()) {
        expect(q.heading).toMatch(new RegExp(`^${i + 1}\\. .+\\?$`));
        expect(q.operation, q.file).toBe(await readFile(path.join(dir, q.file), 'utf8'));
      }
    },
  );

  it(
    'when each operation runs on the sample corpus as `npm start` loads it, and again with the seed article ' +
      'added when ../shared is there, then each README excerpt is part of the real answer both times',
    async () => {
      // not while another file has real articles about the same people in the shared graph
      const lock = await acquireGraphLock('sample-answers');
      try {
        // The graph is shared: another file may have loaded the seed already. The excerpts hold with and
        // without it, so the comparison stands either way; the notice says which graph it was.
        const seedBefore = await seedInGraph(db);
        const onSample = await compareAll();
        const seedAfter = await seedInGraph(db);
        console.info(
          seedBefore || seedAfter
            ? '[readme-questions] first comparison: the seed article was already in the shared graph (another file)'
            : '[readme-questions] first comparison: on the sample corpus alone, as a fresh clone has it',
        );
        expect(onSample, 'on the sample corpus').toEqual({});
        const { seed } = await loadSampleCorpus(db);
        if (seed) expect(await compareAll(), 'on the sample corpus plus the seed article').toEqual({});
        else console.info('[readme-questions] no seed article (../shared): compared on the sample corpus only');
      } finally {
        await lock.release();
      }
    },
  );
});
