import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { runCli } from '../support/run-cli.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Three invented articles (written for this test) render one statement of an invented minister: the
// English original, a German translation a day later, an English fragment two days later.
describe('quote lineage: the renderings of one statement', () => {
  const scope = testScope('lineage');
  const tag = `Linea${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const url = (n: number) => `https://test.quotegraph.invalid/${scope}/${n}`;
  const article = (n: number, lang: string, publishedAt: string, sentence: string) => ({
    meta: { source: url(n), title: `${tag} ${n}`, url: url(n), outlet: `${tag} Post ${n}`, publishedAt, lang },
    body: ['Invented text, written for a quotegraph test.', sentence].join('\n\n'),
  });
  let db: Database;
  let api: RunningApi;
  let speakerId = '';

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi(db);
    await ingestDocument(
      db,
      article(
        1,
        'en',
        '2031-03-02',
        `"We will not leave the alliance, and we will defend every ally," Minister Ilse ${tag} said on 1 March 2031.`,
      ),
    );
    await ingestDocument(
      db,
      article(
        2,
        'de',
        '2031-03-03',
        '„Wir werden das Bündnis nicht verlassen, und wir werden jeden Verbündeten verteidigen“, ' +
          'sagte Ministerin ' +
          `Ilse ${tag} am 1. März 2031.`,
      ),
    );
    await ingestDocument(
      db,
      article(3, 'en', '2031-03-04', `"We will defend every ally," Minister Ilse ${tag} said on 1 March 2031.`),
    );
    const [row] = await db.raw('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: `Ilse ${tag}` });
    speakerId = row!.id as string;
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: `https://test.quotegraph.invalid/${scope}/` },
    );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await api?.stop();
    await db?.close();
  });

  const CLUSTER = `id firstSeen outlets languages origin { id }
    variants { kind lang confidence evidence linkedTo firstSeen quote { id ... on Quote { text } } }`;

  const asked = 'when a quote’s cluster is asked, then the original, the translation and the fragment are its variants';
  it(asked, async () => {
    const { body } = await graphql(
      api,
      `query($s: ID!) { quotes(filter: {speakerId: $s}, first: 10) {
        edges { node { id text cluster { ${CLUSTER} } } } } }`,
      { s: speakerId },
    );
    expect(body.errors).toBeUndefined();
    type Variant = { kind: string; lang: string; quote: { id: string; text: string }; evidence: string | null };
    type Cluster = { id: string; origin: { id: string }; variants: Variant[]; languages: string[]; outlets: string[] };
    const quotes = (
      body.data as { quotes: { edges: { node: { id: string; text: string; cluster: Cluster } }[] } }
    ).quotes.edges.map((e) => e.node);
    expect(quotes).toHaveLength(3);
    // every rendering belongs to the same cluster, named after the English original
    const original = quotes.find((q) => q.text.startsWith('We will not leave'))!;
    expect(new Set(quotes.map((q) => q.cluster?.id))).toEqual(new Set([`cluster:${original.id}`]));
    const cluster = original.cluster;
    expect(cluster.origin.id).toBe(original.id);
    expect(cluster.variants.map((v) => [v.kind, v.lang])).toEqual([
      ['ORIGIN', 'en'],
      ['TRANSLATION', 'de'],
      ['FRAGMENT', 'en'],
    ]);
    expect(cluster.variants[1]!.evidence).toMatch(/concepts shared: /);
    for (const concept of ['leave', 'alliance', 'defence']) expect(cluster.variants[1]!.evidence).toContain(concept);
    expect(cluster.languages).toEqual(['de', 'en']);
    expect(cluster.outlets).toEqual([`${tag} Post 1`, `${tag} Post 2`, `${tag} Post 3`]);
  });

  it('when the cluster is asked by its id or listed for the speaker, then it is the same one', async () => {
    const list = await graphql(api, `query($s: ID!) { clusters(speakerId: $s) { id variants { kind } } }`, {
      s: speakerId,
    });
    expect(list.body.errors).toBeUndefined();
    const [listed] = (list.body.data as { clusters: { id: string; variants: unknown[] }[] }).clusters;
    expect((list.body.data as { clusters: unknown[] }).clusters).toHaveLength(1);
    expect(listed!.variants).toHaveLength(3);
    const byId = await graphql(api, `query($id: ID!) { quoteCluster(id: $id) { id variants { kind } } }`, {
      id: listed!.id,
    });
    expect(byId.body.data).toEqual({ quoteCluster: listed });
  });

  it('when the CLI prints the clusters as JSON, then it keeps the scoring contract', () => {
    const r = runCli(['quotes', 'clusters', '--speaker', speakerId, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { clusters: Record<string, unknown>[] };
    expect(out.clusters).toHaveLength(1);
    expect(out.clusters[0]).toMatchObject({ speaker: speakerId, said: '2031-03-01' });
    expect(out.clusters[0]!.variants).toEqual([
      {
        text: 'We will not leave the alliance, and we will defend every ally,',
        lang: 'en',
        kind: 'origin',
        confidence: 1,
        documents: [{ url: url(1), publishedAt: '2031-03-02' }],
      },
      expect.objectContaining({
        lang: 'de',
        kind: 'translation',
        documents: [{ url: url(2), publishedAt: '2031-03-03' }],
      }),
      expect.objectContaining({
        lang: 'en',
        kind: 'fragment',
        documents: [{ url: url(3), publishedAt: '2031-03-04' }],
      }),
    ]);
    const bad = runCli(['quotes', 'clusters', '--from', '2031-02-30']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--from');
  });
});
