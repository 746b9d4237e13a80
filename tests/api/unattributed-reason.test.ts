import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { gdeltFormat } from '../../src/import/gdelt-format.ts';
import { importLines } from '../../src/import/import-lines.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { typed } from '../gql/gql.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Three GDELT Global Quotation Graph records written for this test (invented outlets, speakers and
// words; TAG is unique to the run): a French quote, which no rules attribute, an English one whose
// context names its speaker, and an English one whose context names nobody. Imported as
// `quotegraph import gdelt` does, read through the API, deleted afterwards.
const scope = testScope('unattributed');
const tag = `Ur${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
const host = tag.toLowerCase();
const records = [
  {
    date: '2021-04-06T08:00:00Z',
    url: `https://${host}-quotidien.example/port`,
    title: `Le port ${tag}`,
    lang: 'FRENCH',
    quotes: [{ pre: `Le maire Paul ${tag}mont a dit : `, quote: `Le port ${tag} rouvrira en mai.`, post: '' }],
  },
  {
    date: '2021-04-06T09:00:00Z',
    url: `https://${host}-daily.example/harbour`,
    title: `${tag} harbour`,
    lang: 'ENGLISH',
    quotes: [
      { pre: `The mayor, Mara ${tag}vale, said: `, quote: `The ${tag} harbour opens in May.`, post: '' },
      { pre: 'On a banner by the quay, ', quote: `No ${tag} ferry`, post: ' was written in red.' },
    ],
  },
];

const QUOTES = typed(`query UnattrQuotes($text: String!) { quotes(filter: { text: $text }, first: 10) {
  edges { node { id text lang unattributedReason speaker { name } attribution { method } } } } }`);
const NODE = typed(`query UnattrNode($id: ID!) { node(id: $id) { ... on Quote { unattributedReason } } }`);

describe('Quote.unattributedReason of imported quotes', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-unattributed-'));
  let db: Database;
  let api: RunningApi;

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi(db);
    const file = path.join(tmp, 'gqg.jsonl');
    writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const summary = await importLines(db, [file], gdeltFormat(), { batchSize: 10 });
    expect([summary.records, summary.bad]).toEqual([2, 0]);
  });
  afterAll(async () => {
    await db?.raw(
      `MATCH (d:Document) WHERE d.url CONTAINS $h
       OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(q:Quote) OPTIONAL MATCH (q)<-[:SAID]-(p:Entity)
       DETACH DELETE d, q, p`,
      { h: host },
    );
    await api?.stop();
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const quotes = async () => {
    const edges = dataOf((await graphql(api, QUOTES, { text: tag })).body).quotes.edges;
    return edges.map((e) => e.node).sort((a, b) => a.text.localeCompare(b.text));
  };

  it(
    'when a French quote is imported, then the API says no speaker was sought: UNSUPPORTED_LANGUAGE; ' +
      'English quotes, attributed or not, have none',
    async () => {
      const found = await quotes();
      expect(found.map(({ id: _id, ...q }) => q)).toEqual([
        {
          text: `Le port ${tag} rouvrira en mai.`,
          lang: 'fr',
          unattributedReason: 'UNSUPPORTED_LANGUAGE',
          speaker: null,
          attribution: null,
        },
        {
          text: `No ${tag} ferry`,
          lang: 'en',
          unattributedReason: null,
          speaker: null,
          attribution: { method: 'NONE' },
        },
        {
          text: `The ${tag} harbour opens in May.`,
          lang: 'en',
          unattributedReason: null,
          speaker: { name: `Mara ${tag}vale` },
          attribution: { method: 'VERB_BEFORE_QUOTE' },
        },
      ]);
    },
  );

  it('when the French quote is asked for by id, then node() gives the same reason', async () => {
    const french = (await quotes()).find((q) => q.lang === 'fr')!;
    expect(dataOf((await graphql(api, NODE, { id: french.id })).body).node).toEqual({
      unattributedReason: 'UNSUPPORTED_LANGUAGE',
    });
  });
});
