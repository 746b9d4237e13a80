import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retractFact } from '../../src/curation/facts.ts';
import type { Database } from '../../src/db/database.ts';
import { JSONLD_CONTEXT } from '../../src/export/jsonld-context.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { graphmlSchema, readCsv, validateXml } from '../support/export-checks.ts';
import { bearer, startCapturedApi, testKeys } from '../hardening/support.ts';
import { runCli } from '../support/run-cli.ts';
import { loadSampleCorpus } from '../support/sample-corpus.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

const RUBIO = 'person:marco-rubio';
const SCHEMA = 'https://schema.org/';
const QG = 'urn:quotegraph:vocab:';

/** fetch, tried once more when a keep-alive socket the server had just closed fails (a client race) */
const download = (url: string, init?: RequestInit) =>
  fetch(url, init).catch((err: { cause?: { code?: string } }) => {
    if (err?.cause?.code === 'ECONNRESET' || err?.cause?.code === 'UND_ERR_SOCKET') return fetch(url, init);
    throw err;
  });

// The graph exports on the project's own fixtures: the sample corpus (data/sample, invented articles on
// Rubio, NATO and its command posts) for the shapes, and two invented articles of this test's own for
// what asOf and a retraction leave out.
describe('quotegraph export --format graphml|csv|jsonld', () => {
  const scope = testScope('export-graph');
  const tag = `Grex${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-export-graph-'));
  const { keys, env } = testKeys(scope);
  let db: Database;
  let api: RunningApi;
  let locked: RunningApi;
  let almaId = '';
  const cli = (args: string[]) => {
    const r = runCli(['export', ...args]);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  const article = (n: number, publishedAt: string, body: string) => ({
    meta: { source: prefix + n, title: `${tag} ${n}`, url: prefix + n, outlet: `${tag} Post`, publishedAt, lang: 'en' },
    body: `Invented text, written for a quotegraph test.\n\n${body}`,
  });
  const csvExport = (args: string[]) => {
    const out = path.join(mkdtempSync(path.join(tmp, 'csv-')), 'tables');
    cli(['--format', 'csv', ...args, '--out', out]);
    const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
    return { out, read, rows: (name: string) => readCsv(read(name)) };
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSampleCorpus(db);
    await ingestDocument(
      db,
      article(1, '2032-03-05', `"NATO opens the harbour in spring," Minister Alma ${tag} said on 3 March 2032.`),
    );
    await ingestDocument(
      db,
      article(
        2,
        '2032-04-10',
        `"NATO opens the harbour in spring," Minister Alma ${tag} said. ` +
          `"NATO pays for the second pier," ${tag} said. "NATO keeps the tolls as they are," ${tag} added.`,
      ),
    );
    const [row] = await db.raw('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: `Alma ${tag}` });
    almaId = row!.id as string;
    const [tolls] = await db.raw('MATCH (q:Quote) WHERE q.text STARTS WITH $t RETURN q.id AS id', {
      t: 'NATO keeps the tolls',
    });
    await retractFact(db, `test:${scope}`, tolls!.id as string, 'a test retraction');
    api = await startCapturedApi(db, {});
    locked = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env, READS_REQUIRE_KEY: 'true' });
  });
  afterAll(async () => {
    await db?.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: prefix },
    );
    await db?.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await db?.raw('MATCH (a:AuditEntry) WHERE a.who = $w DETACH DELETE a', { w: `test:${scope}` });
    await api?.stop();
    await locked?.stop();
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('when a neighbourhood is exported as GraphML, then it is valid GraphML with dated, weighted edges', async () => {
    const text = cli(['--format', 'graphml', '--entity', RUBIO]);
    const file = path.join(tmp, 'rubio.graphml');
    writeFileSync(file, text);
    expect(text).toMatch(
      /<node id="person:marco-rubio"><data key="label">Marco Rubio<\/data><data key="kind">PERSON<\/data>/,
    );
    const kinds = new Set([...text.matchAll(/<data key="edgeKind">([a-z-]+)</g)].map((m) => m[1]));
    expect([...kinds].sort()).toEqual(['co-mention', 'held-role', 'reported', 'said-about']);
    for (const [, day] of text.matchAll(/<data key="(?:start|end)">([^<]*)</g))
      expect(day).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(text).toMatch(/<edge [^>]*source="person:marco-rubio"[^>]*><data key="edgeLabel">said about<\/data>/);
    // Wikidata ids of linked entities (the sample's excerpt links the United States)
    expect(text).toContain('<data key="wikidata">Q30</data>');
    // the same file as a download
    const r = await download(`${api.url}/export/graph.graphml?entity=${encodeURIComponent(RUBIO)}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/graphml+xml');
    expect(await r.text()).toBe(text);

    const whole = cli(['--format', 'graphml', '--from', '2026-02-01', '--to', '2026-02-28']);
    const wholeFile = path.join(tmp, 'whole.graphml');
    writeFileSync(wholeFile, whole);
    expect(whole).toContain('<node id="person:marco-rubio">');
    // a window leaves out what it does not overlap: an undated co-mention has no place in it
    expect(whole).not.toMatch(/<edge [^>]*directed="false">(?:(?!<data key="start">).)*<\/edge>/);

    const schema = graphmlSchema();
    if ('missing' in schema) {
      console.warn(`[export-graph] GraphML not validated against graphml.xsd: ${schema.missing}`);
      return;
    }
    for (const f of [file, wholeFile]) {
      const v = validateXml(schema.java, schema.schemaUrl, f);
      expect(v.output, f).toContain('valid');
      expect(v.status, v.output).toBe(0);
    }
  });

  it('when the graph is exported as CSV, then three tables read back with stable ids and edges', async () => {
    const first = csvExport(['--entity', RUBIO]);
    expect(readdirSync(first.out).sort()).toEqual(['edges.csv', 'nodes.csv', 'quotes.csv']);
    expect(readdirSync(path.dirname(first.out))).toEqual(['tables']);
    const nodes = first.rows('nodes.csv');
    const edges = first.rows('edges.csv');
    const quotes = first.rows('quotes.csv');
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(nodes.find((n) => n.id === RUBIO)).toMatchObject({ label: 'Marco Rubio', kind: 'PERSON' });
    expect(nodes.find((n) => n.id === 'country:us')!.wikidata_id).toBe('Q30');
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    for (const e of edges) {
      expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
      expect(Number(e.weight)).toBeGreaterThan(0);
    }
    expect(new Set(edges.map((e) => e.kind))).toEqual(new Set(['co-mention', 'held-role', 'reported', 'said-about']));
    expect(edges.find((e) => e.kind === 'held-role' && e.roles)?.roles).toBeTruthy();
    // quotes.csv: the quotes the NDJSON export gives, one row each, sources in the same order
    const ndjson = cli(['--format', 'ndjson', '--entity', RUBIO]).split('\n').filter(Boolean);
    expect(quotes.map((q) => q.id)).toEqual(ndjson.map((l) => JSON.parse(l).id));
    const q0 = JSON.parse(ndjson[0]!);
    expect(quotes[0]).toMatchObject({ text: q0.text, speaker_id: RUBIO, said_edtf: q0.said.edtf ?? '' });
    expect(quotes[0]!.document_ids).toBe(q0.sources.map((s: { documentId: string }) => s.documentId).join('|'));
    // a second export writes the same bytes: ids and order are stable
    const second = csvExport(['--entity', RUBIO]);
    for (const name of ['nodes.csv', 'edges.csv', 'quotes.csv']) expect(second.read(name)).toBe(first.read(name));
    // and each table downloads as the command writes it
    for (const name of ['nodes.csv', 'edges.csv', 'quotes.csv']) {
      const r = await download(`${api.url}/export/${name}?entity=${encodeURIComponent(RUBIO)}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/csv');
      expect(await r.text()).toBe(first.read(name));
    }
  });

  it('when the graph is exported as JSON-LD, then it expands offline to schema.org and provenance', async () => {
    const text = cli(['--format', 'jsonld', '--entity', RUBIO]);
    const doc = JSON.parse(text);
    const offline = async (url: string) => {
      throw new Error(`the export asked to load ${url}: its context must be inline`);
    };
    const expanded = (await jsonld.expand(doc, { documentLoader: offline })) as Record<string, unknown>[];
    const types = new Set<string>();
    const predicates = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) {
        for (const x of v) walk(x);
        return;
      }
      if (!v || typeof v !== 'object') return;
      for (const [k, x] of Object.entries(v)) {
        if (k === '@type' && Array.isArray(x)) for (const t of x) types.add(t as string);
        else if (!k.startsWith('@')) predicates.add(k);
        walk(x);
      }
    };
    walk(expanded);
    for (const t of ['Quotation', 'Person', 'Organization', 'Place', 'NewsArticle'])
      expect(types).toContain(SCHEMA + t);
    for (const p of ['source', 'document', 'spanStart', 'spanEnd', 'extractor', 'knownSince'])
      expect(predicates).toContain(QG + p);
    for (const p of ['spokenByCharacter', 'text', 'citation', 'datePublished', 'sameAs'])
      expect(predicates).toContain(SCHEMA + p);
    const quotation = expanded.find((n) => (n['@type'] as string[]).includes(`${SCHEMA}Quotation`))!;
    const source = (quotation[`${QG}source`] as Record<string, unknown>[])[0]!;
    expect(source[`${QG}spanStart`]).toEqual([
      { '@value': expect.any(Number), '@type': 'http://www.w3.org/2001/XMLSchema#integer' },
    ]);
    // the context is served on its own too, the same as the one inside the export
    const served = await download(`${api.url}/export/context.jsonld`);
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual({ '@context': JSONLD_CONTEXT });
    const r = await download(`${api.url}/export/graph.jsonld?entity=${encodeURIComponent(RUBIO)}`);
    expect(await r.text()).toBe(text);
  });

  it('when asOf is given or a quote is retracted, then the edges count only what the graph knew and kept', () => {
    const edge = (rows: Record<string, string>[], kind: string) =>
      rows.find(
        (e) => e.kind === kind && [e.source, e.target].includes(almaId) && [e.source, e.target].includes('org:nato'),
      );
    const now = csvExport(['--entity', almaId]).rows('edges.csv');
    // two quotes name NATO; the third is retracted and left out
    expect(edge(now, 'said-about')).toMatchObject({ source: almaId, target: 'org:nato', weight: '2' });
    expect(edge(now, 'said-about')).toMatchObject({ start: '2032-03-03', end: '2032-04-10' });
    expect(edge(now, 'co-mention')).toMatchObject({ weight: '2', directed: 'false' });
    // as of 2032-03-31 only the first article was known
    const then = csvExport(['--entity', almaId, '--asOf', '2032-03-31']).rows('edges.csv');
    expect(edge(then, 'said-about')).toMatchObject({ weight: '1', start: '2032-03-03', end: '2032-03-03' });
    expect(edge(then, 'co-mention')).toMatchObject({ weight: '1', start: '2032-03-05', end: '2032-03-05' });
    // depth 0 is the entity alone
    const alone = csvExport(['--entity', almaId, '--depth', '0']);
    expect(alone.rows('nodes.csv').map((n) => n.id)).toEqual([almaId]);
    expect(alone.rows('edges.csv')).toEqual([]);
  });

  it('when the input is bad, then the command fails naming the option and leaves nothing behind', () => {
    const taken = path.join(tmp, 'taken');
    mkdirSync(taken);
    writeFileSync(path.join(taken, 'keep.txt'), 'mine');
    for (const [args, named] of [
      [['--format', 'csv'], '--out'],
      [['--format', 'csv', '--out', taken], '--out'],
      [['--format', 'graphml', '--depth', '2'], '--depth'],
      [['--format', 'graphml', '--entity', RUBIO, '--depth', 'nine'], '--depth'],
      [['--format', 'gexf'], '--format'],
    ] as const) {
      const r = runCli(['export', ...args]);
      expect(r.status, args.join(' ')).not.toBe(0);
      expect(r.stderr).toContain(named);
    }
    expect(readdirSync(taken)).toEqual(['keep.txt']);
    expect(readdirSync(tmp).filter((f) => f.includes('partial'))).toEqual([]);
    expect(existsSync(path.join(tmp, 'never'))).toBe(false);
  });

  it('when a download is refused, then it answers with the API’s codes before any byte', async () => {
    const get = (base: RunningApi, q: string, init?: RequestInit) => download(`${base.url}/export/${q}`, init);
    const unknown = await get(api, 'graph.gexf');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const deep = await get(api, `graph.graphml?entity=${RUBIO}&depth=9`);
    expect(deep.status).toBe(400);
    expect(await deep.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'depth' } });
    expect((await get(locked, `nodes.csv?entity=${RUBIO}`)).status).toBe(401);
    expect((await get(locked, 'context.jsonld')).status).toBe(401);
    const keyed = await get(locked, `nodes.csv?entity=${RUBIO}`, { headers: bearer(keys.reader) });
    expect(keyed.status).toBe(200);
    expect(readCsv(await keyed.text()).map((n) => n.id)).toContain(RUBIO);
  });
});
