// Keeps the stage declarations true. The order rules run over the declarations alone; the recorded
// run then extracts the team's invented articles (and a few made-up edge cases) with each stage
// given a proxy of the state that notes every key the stage touches (also inside the functions it
// hands the state to as a Context), and fingerprints every key before and after the stage to see
// what it changed in place. A read the corpus never exercises stays unseen: a new branch that reads
// a new key wants a document here that takes it.

import { beforeAll, describe, expect, it } from 'vitest';
import { defaultAliasTable } from '../aliases/alias-table.ts';
import { extractDocument, matcherFor } from '../extract-document.ts';
import { goldSet, listGoldArticles, readGoldArticle } from '../../evaluation/gold-sets.ts';
import { stage, type Stage } from './stage.ts';
import { stageOrderProblems } from './stage-order.ts';
import { STAGES } from './stages.ts';
import { INITIAL_KEYS, initialState, type PipelineState, type StateKey } from './state.ts';

const noop = (name: string, reads: StateKey[], writes: StateKey[], amends: StateKey[] = []): Stage => ({
  name,
  reads,
  writes,
  amends,
  run: () => ({}),
});

describe('stage order rules', () => {
  it('when the shipped stages are checked, then no rule is broken', () => {
    expect(stageOrderProblems(STAGES, INITIAL_KEYS)).toEqual([]);
  });

  it('when the shipped stages have run, then every key of the state has been written or was given', () => {
    const written = new Set<StateKey>([...INITIAL_KEYS, ...STAGES.flatMap((s) => s.writes)]);
    const state = initialState(
      '',
      { source: 'test', title: null, url: null, outlet: null, publishedAt: null, lang: 'en' },
      matcherFor(defaultAliasTable()),
    );
    expect((Object.keys(state) as StateKey[]).filter((k) => !written.has(k))).toEqual([]);
  });

  it('when a stage reads what a later stage writes, then the rules say so', () => {
    expect(stageOrderProblems([noop('a', ['lang'], ['dates']), noop('b', ['body'], ['lang'])], INITIAL_KEYS)).toEqual([
      'a reads or amends "lang", which nothing before it writes',
      'a reads "lang", which b writes after it',
    ]);
  });

  it('when a stage reads what a later stage amends, then the rules say so', () => {
    expect(
      stageOrderProblems(
        [noop('a', ['body'], ['mentions']), noop('b', ['mentions'], ['dates']), noop('c', ['body'], [], ['mentions'])],
        INITIAL_KEYS,
      ),
    ).toEqual(['b reads "mentions", which c amends after it']);
  });

  it('when two stages write one key, or a stage writes what the caller gives, then the rules say so', () => {
    expect(
      stageOrderProblems([noop('a', ['meta'], ['dates']), noop('b', ['body'], ['dates', 'body'])], INITIAL_KEYS),
    ).toEqual([
      'b lists "body" as read and as written or amended: a key it changes is not one of its inputs',
      '"dates" is written by a and by b',
      'b writes "body", which the caller gives',
    ]);
  });

  it('when a stage reads or amends what no stage before it writes, then the rules say so', () => {
    expect(stageOrderProblems([noop('a', ['quotes'], ['dates'], ['mentions'])], INITIAL_KEYS)).toEqual([
      'a reads or amends "quotes", which nothing before it writes',
      'a reads or amends "mentions", which nothing before it writes',
    ]);
  });

  it('when a stage returns a key it does not declare, then it does not compile', () => {
    // @ts-expect-error -- 'dates' is not among the writes
    stage({ name: 'x', reads: ['body'], writes: ['lang'], run: (s) => ({ lang: s.body, dates: [] }) });
    // @ts-expect-error -- 'meta' is not among the reads
    stage({ name: 'y', reads: ['body'], writes: ['lang'], run: (s) => ({ lang: s.meta.source }) });
  });
});

interface Touched {
  got: Set<string>;
  set: Set<string>;
  changed: Set<string>;
}

/** A key's value as text, to see a change made in place; Maps as their entries. */
function fingerprint(state: PipelineState, key: StateKey): unknown {
  const value = state[key];
  // the matcher holds the whole alias table: it must stay the same object
  if (key === 'matcher' || value === undefined) return value;
  return JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
}

/**
 * Runs the stages over one document, each through its own recording proxy. A fresh proxy per stage
 * also means a fresh mention index (context.ts caches one per Context object), built from
 * `mentions`, so a stage's use of the mentions is seen; the output test shows it changes nothing.
 */
function recordedRun(
  body: string,
  meta: PipelineState['meta'],
): { output: PipelineState['output']; touched: Map<string, Touched> } {
  const state = initialState(body, meta, matcherFor(defaultAliasTable()));
  const keys = Object.keys(state) as StateKey[];
  const touched = new Map<string, Touched>();
  for (const s of STAGES) {
    const t: Touched = { got: new Set(), set: new Set(), changed: new Set() };
    touched.set(s.name, t);
    const before = new Map(keys.map((k) => [k, fingerprint(state, k)]));
    const refs = new Map(keys.map((k) => [k, state[k]]));
    const view = new Proxy(state, {
      get(target, key, receiver) {
        if (typeof key === 'string') t.got.add(key);
        return Reflect.get(target, key, receiver);
      },
      set(target, key, value, receiver) {
        if (typeof key === 'string') t.set.add(key);
        return Reflect.set(target, key, value, receiver);
      },
      has(target, key) {
        if (typeof key === 'string') t.got.add(key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        for (const k of keys) t.got.add(k);
        return Reflect.ownKeys(target);
      },
    });
    const result = s.run(view, view);
    for (const k of keys) if (k in result && result[k] !== state[k]) t.set.add(k);
    Object.assign(state, result);
    for (const k of keys) if (state[k] !== refs.get(k) || fingerprint(state, k) !== before.get(k)) t.changed.add(k);
  }
  return { output: state.output, touched };
}

// The team's own articles (no third-party text in the repository), and documents that take the
// branches those never take: a language no word tells (read with English rules), a date that is none,
// nothing to count from. (A language without rules never reaches the stages: extract-document.ts.)
const articles = (['sample', 'heldout', 'blind', 'blind2', 'blind3'] as const).flatMap((set) =>
  listGoldArticles(goldSet(set)).map(readGoldArticle),
);
const documents = [
  ...articles.map((a) => ({ name: `${a.set}/${a.name}`, ...a.doc })),
  {
    name: 'language unknown, no publication date',
    body: 'Minister Anna Berg, Oslo, yesterday. "Stay calm," Berg told reporters.',
    meta: { source: 'test', title: null, url: null, outlet: null, publishedAt: 'soon', lang: null },
  },
  {
    name: 'a government named after its head',
    body:
      'President John Carter visited Ohio on Monday.\n\n"We will not raise taxes," his administration said ' +
      'on Tuesday.\n\nHis administration said the plan would cost 40 million dollars.',
    meta: { source: 'test', title: null, url: null, outlet: null, publishedAt: '2026-03-04', lang: 'en' },
  },
  {
    name: 'no language given',
    body: 'Ja.',
    meta: { source: 'test', title: null, url: null, outlet: null, publishedAt: null, lang: null },
  },
];

describe('stage declarations, checked on a recorded run over the invented corpora', () => {
  // in beforeAll, so that a stage run out of order fails these tests, not the file's collection
  let runs: ({ name: string; doc: (typeof documents)[number] } & ReturnType<typeof recordedRun>)[] = [];
  beforeAll(() => {
    runs = documents.map((d) => ({ name: d.name, doc: d, ...recordedRun(d.body, d.meta) }));
  });

  it('when the invented corpora are read, then there are articles to record', () => {
    expect(articles.length).toBeGreaterThan(10);
  });

  it.each(documents.map((d) => [d.name, d] as const))(
    'when %s is extracted through the recording proxies, then the result is what extractDocument gives',
    (name, doc) => {
      expect(runs.find((r) => r.name === name)!.output).toEqual(extractDocument(doc.body, doc.meta));
    },
  );

  it.each(STAGES.map((s) => [s.name, s] as const))(
    'when stage %s runs, then it touches only what it declares',
    (_name, s) => {
      const declared = new Set<string>([...s.reads, ...s.writes, ...s.amends]);
      for (const run of runs) {
        const t = run.touched.get(s.name)!;
        expect(
          [...t.got].filter((k) => !declared.has(k)),
          `${run.name}: read, undeclared`,
        ).toEqual([]);
        expect(
          [...t.set].filter((k) => !(s.writes as string[]).includes(k)),
          `${run.name}: set, not among its writes`,
        ).toEqual([]);
        expect(
          [...t.changed].filter((k) => !(s.writes as string[]).includes(k) && !(s.amends as string[]).includes(k)),
          `${run.name}: changed in place, undeclared`,
        ).toEqual([]);
      }
    },
  );

  it.each(STAGES.map((s) => [s.name, s] as const))(
    'when stage %s has run over every document, then it uses everything it declares',
    (_name, s) => {
      const got = new Set(runs.flatMap((r) => [...r.touched.get(s.name)!.got]));
      const changed = new Set(runs.flatMap((r) => [...r.touched.get(s.name)!.set, ...r.touched.get(s.name)!.changed]));
      expect(
        s.reads.filter((k) => !got.has(k)),
        'declared reads never read',
      ).toEqual([]);
      expect(
        [...s.writes, ...s.amends].filter((k) => !changed.has(k)),
        'declared writes or amends never made',
      ).toEqual([]);
    },
  );
});
