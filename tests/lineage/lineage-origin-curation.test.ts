import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { bearer, gql, startCapturedApi, testKeys } from '../hardening/support.ts';
import { dataOf, type GraphQLBody } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Invented articles (written for this test) of an invented minister's statement: an agency's English
// original, a German paper's translation crediting the agency, an English paper's fragment, a paraphrase
// the linker cannot know, and the same words put in an invented general's mouth.
describe('quote lineage: origin, copying and curation', () => {
  const scope = testScope('lineage-origin');
  const tag = `Orig${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  const { keys, env } = testKeys(scope);
  const ORIGINAL = 'We will not leave the alliance, and we will defend every ally,';
  const article = (n: string, lang: string, outlet: string, publishedAt: string, paragraph: string) => ({
    meta: { source: prefix + n, title: `${tag} ${n}`, url: prefix + n, outlet, publishedAt, lang },
    body: ['Invented text, written for a quotegraph test.', paragraph].join('\n\n'),
  });
  const ARTICLES = {
    wire: article('wire', 'en', 'Reuters', '2031-05-02', `LONDON (Reuters) - "${ORIGINAL}" Minister Ilse ${tag} said.`),
    paper: article(
      'paper',
      'de',
      `${tag} Zeitung`,
      '2031-05-03',
      'Berlin (Reuters) - „Wir werden das Bündnis nicht verlassen, und wir werden jeden Verbündeten ' +
        `verteidigen“, sagte Ministerin Ilse ${tag}.`,
    ),
    fragment: article('fragment', 'en', `${tag} Post`, '2031-05-04', `"We will defend every ally," Ilse ${tag} said.`),
    paraphrase: article(
      'paraphrase',
      'en',
      `${tag} Herald`,
      '2031-05-04',
      `"Our place is at the side of our friends, for good," Minister Ilse ${tag} said.`,
    ),
    general: article('general', 'en', `${tag} Courier`, '2031-05-05', `"${ORIGINAL}" General Otto ${tag} said.`),
  };
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  const ids: Record<keyof typeof ARTICLES, string> = { wire: '', paper: '', fragment: '', paraphrase: '', general: '' };

  const CLUSTER = `id summary firstPrintedBy
    languageFirsts { lang quote { id } outlets firstSeen }
    chains { from outlets }
    variants { kind lang confidence evidence curated outlets derivedFrom after sources { document { url } start end }
      misattributed { reason by }
      cites { outlet { name } document { url } cue rendering }
      quote { id } }`;
  type Variant = {
    kind: string;
    lang: string;
    confidence: number;
    curated: boolean;
    outlets: string[];
    sources: { document: { url: string }; start: number; end: number }[];
    derivedFrom: string | null;
    after: string[];
    misattributed: { reason: string; by: string } | null;
    cites: { outlet: { name: string }; document: { url: string }; cue: string; rendering: string | null }[];
    quote: { id: string };
  };
  type Cluster = {
    id: string;
    summary: string;
    firstPrintedBy: string[];
    languageFirsts: { lang: string; quote: { id: string }; outlets: string[]; firstSeen: string }[];
    chains: { from: string; outlets: string[] }[];
    variants: Variant[];
  };
  const clusterOf = async (id: string): Promise<Cluster | null> => {
    const { body } = await gql(api, `query($id: ID!) { quoteCluster(id: $id) { ${CLUSTER} } }`, { id });
    expect(body?.errors).toBeUndefined();
    return dataOf(body as GraphQLBody<{ quoteCluster: Cluster | null }>).quoteCluster;
  };
  const kindsOf = (c: Cluster | null) => Object.fromEntries((c?.variants ?? []).map((v) => [v.quote.id, v.kind]));
  type Payload = { cluster: Cluster | null; errors: { code: string; field: string | null }[] };
  const mutate = async (name: string, args: string, vars: Record<string, unknown>, key = keys.editor) => {
    const { body } = await gql(
      api,
      `mutation(${args}) { ${name}(${Object.keys(vars)
        .map((k) => `${k}: $${k}`)
        .join(', ')}) { cluster { ${CLUSTER} } errors { code field } } }`,
      vars,
      bearer(key),
    );
    return { errors: body?.errors, payload: (body?.data as Record<string, Payload> | null)?.[name] };
  };
  const split = (quoteId: string, otherId: string) =>
    mutate('splitRenderings', '$quoteId: ID!, $otherId: ID!, $reason: String!', {
      quoteId,
      otherId,
      reason: 'not the same statement',
    });

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    for (const doc of Object.values(ARTICLES)) await ingestDocument(db, doc);
    const rows = await db.raw(
      `MATCH (q:Quote)-[:SOURCED_FROM]->(d:Document) WHERE d.url STARTS WITH $p
       RETURN d.url AS url, collect(q.id) AS ids`,
      { p: prefix },
    );
    for (const row of rows) {
      const name = (row.url as string).slice(prefix.length) as keyof typeof ARTICLES;
      expect(row.ids, `the ${name} article has one quote`).toHaveLength(1);
      ids[name] = (row.ids as string[])[0]!;
    }
    expect(Object.values(ids).every(Boolean), JSON.stringify(ids)).toBe(true);
  });
  afterAll(async () => {
    const words = await db.raw(
      'MATCH (q:Quote)-[:SOURCED_FROM]->(d:Document) WHERE d.url STARTS WITH $p RETURN collect(q.wordsId) AS w',
      { p: prefix },
    );
    await db.raw(
      `MATCH (n) WHERE (n:LineageJudgement AND (n.a IN $w OR n.b IN $w)) OR (n:LineageMark AND n.wordsId IN $w)
         OR (n:AuditEntry AND any(i IN $ids WHERE n.target CONTAINS i))
       DETACH DELETE n`,
      { w: words[0]?.w ?? [], ids: Object.values(ids) },
    );
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: prefix },
    );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await api?.stop();
    await db?.close();
  });

  const read = 'when a cluster is read, then it names who printed it first, who copied whom, and each language’s first';
  it(read, async () => {
    const cluster = await clusterOf(ids.paper);
    expect(cluster?.id).toBe(`cluster:${ids.wire}`);
    expect(kindsOf(cluster)).toEqual({ [ids.wire]: 'ORIGIN', [ids.paper]: 'TRANSLATION', [ids.fragment]: 'FRAGMENT' });
    expect(cluster!.firstPrintedBy).toEqual(['Reuters']);
    const [wire, paper, fragment] = cluster!.variants;
    // the wire's own credit names no source; the paper's credit names the agency, whose rendering is the origin
    expect(wire!.cites).toEqual([]);
    expect(paper!.cites).toEqual([
      {
        outlet: { name: 'Reuters' },
        document: { url: `${prefix}paper` },
        cue: expect.any(String),
        rendering: ids.wire,
      },
    ]);
    expect(paper!.derivedFrom).toBe(ids.wire);
    expect(paper!.sources).toEqual([
      { document: { url: `${prefix}paper` }, start: expect.any(Number), end: expect.any(Number) },
    ]);
    expect(fragment!.derivedFrom).toBeNull();
    expect(paper!.after).toEqual(['Reuters']);
    expect(fragment!.after).toEqual(['Reuters', `${tag} Zeitung`]);
    expect(cluster!.chains).toEqual([{ from: ids.paper, outlets: [`${tag} Zeitung`, 'Reuters'] }]);
    expect(cluster!.languageFirsts).toEqual([
      { lang: 'en', quote: { id: ids.wire }, outlets: ['Reuters'], firstSeen: '2031-05-02' },
      { lang: 'de', quote: { id: ids.paper }, outlets: [`${tag} Zeitung`], firstSeen: '2031-05-03' },
    ]);
    expect(cluster!.summary).toBe(
      'First printed by Reuters on 2031-05-02; carried by 3 outlets in 2 languages; ' +
        `the German wording first appears in ${tag} Zeitung on 2031-05-03.`,
    );
    // the general's words are the minister's, but two named speakers are never linked unasked
    expect(kindsOf(cluster)[ids.general]).toBeUndefined();
    expect(kindsOf(cluster)[ids.paraphrase]).toBeUndefined();
  });

  it('when a curator splits a link, then the pair stays apart, also after its document is ingested again', async () => {
    const { errors, payload } = await split(ids.wire, ids.fragment);
    expect(errors).toBeUndefined();
    expect(payload?.errors).toEqual([]);
    expect(kindsOf(payload!.cluster)).toEqual({ [ids.wire]: 'ORIGIN', [ids.paper]: 'TRANSLATION' });
    // the fragment links to the paper's translation too, but never shares a cluster with the wire again
    expect(kindsOf(await clusterOf(ids.fragment))[ids.wire]).toBeUndefined();
    // its document removed and ingested again: a new fact with the same words meets the same judgement
    await db.raw('MATCH (d:Document {url: $u}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', {
      u: `${prefix}fragment`,
    });
    await ingestDocument(db, ARTICLES.fragment);
    expect(kindsOf(await clusterOf(ids.wire))).toEqual({ [ids.wire]: 'ORIGIN', [ids.paper]: 'TRANSLATION' });
    const audit = await db.raw(
      'MATCH (a:AuditEntry {operation: $op, target: $t}) RETURN a.who AS who, a.after AS after',
      { op: 'splitRenderings', t: `${ids.wire}|${ids.fragment}` },
    );
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after as string)).toMatchObject({
      judgement: 'split',
      reason: 'not the same statement',
    });
  });

  it('when a curator joins a missed rendering, then it is a curated variant of the kind given', async () => {
    const { payload } = await mutate(
      'joinRenderings',
      '$quoteId: ID!, $otherId: ID!, $kind: VariantKind!, $reason: String!',
      { quoteId: ids.wire, otherId: ids.paraphrase, kind: 'PARAPHRASE', reason: 'the same answer, reworded' },
    );
    expect(payload?.errors).toEqual([]);
    const joined = payload!.cluster!.variants.find((v) => v.quote.id === ids.paraphrase);
    expect(joined).toMatchObject({ kind: 'PARAPHRASE', confidence: 1, curated: true });
    // a join back into a split pair replaces the split
    const rejoined = await mutate(
      'joinRenderings',
      '$quoteId: ID!, $otherId: ID!, $kind: VariantKind!, $reason: String!',
      { quoteId: ids.fragment, otherId: ids.wire, kind: 'FRAGMENT', reason: 'it is a fragment after all' },
    );
    expect(kindsOf(rejoined.payload!.cluster)[ids.wire]).toBe('ORIGIN');
    expect(kindsOf(rejoined.payload!.cluster)[ids.fragment]).toBe('FRAGMENT');
  });

  const marked = 'when a curator marks a rendering misattributed, then it joins the statement flagged, until unmarked';
  it(marked, async () => {
    const mark = (misattributed: boolean) =>
      mutate('markMisattributed', '$quoteId: ID!, $misattributed: Boolean!, $reason: String!', {
        quoteId: ids.general,
        misattributed,
        reason: 'the minister said it; the Courier named the wrong person',
      });
    const first = await mark(true);
    expect(first.payload?.errors).toEqual([]);
    const cluster = await clusterOf(ids.wire);
    const flagged = cluster!.variants.find((v) => v.quote.id === ids.general);
    expect(flagged).toMatchObject({ kind: 'REPEAT', misattributed: { reason: expect.stringContaining('Courier') } });
    expect(flagged!.misattributed!.by).toContain(`${scope}-editor`);
    expect(cluster!.variants.filter((v) => v.misattributed)).toHaveLength(1);
    expect((await mark(false)).payload?.errors).toEqual([]);
    expect(kindsOf(await clusterOf(ids.wire))[ids.general]).toBeUndefined();
    // withdrawing a mark that is not there is a conflict, named
    expect((await mark(false)).payload?.errors).toEqual([{ code: 'CONFLICT', field: 'quoteId' }]);
  });

  it('when a judgement is malformed or unauthorized, then it is refused and names the field', async () => {
    const join = (vars: Record<string, unknown>, key = keys.editor) =>
      mutate('joinRenderings', '$quoteId: ID!, $otherId: ID!, $kind: VariantKind!, $reason: String!', vars, key);
    const base = { quoteId: ids.wire, otherId: ids.paraphrase, kind: 'PARAPHRASE', reason: 'x' };
    expect((await join({ ...base, kind: 'ORIGIN' })).payload?.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'kind' },
    ]);
    expect((await join({ ...base, otherId: 'person:marco-rubio' })).payload?.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'otherId' },
    ]);
    expect((await join({ ...base, otherId: 'quote:0000000000000000' })).payload?.errors).toEqual([
      { code: 'NOT_FOUND', field: 'otherId' },
    ]);
    expect((await join({ ...base, otherId: ids.wire })).payload?.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'otherId' },
    ]);
    const reader = await join(base, keys.reader);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
