// Ingestion two ways over the same extraction results: our loader (writeDocuments, as `quotegraph
// ingest` writes: batches of articles, each whole, or one transaction per article) and a raw floor (the same rows
// from documentRows(), written by plain batched UNWIND statements through the driver, many
// documents per transaction, no provenance upkeep beyond a min() of knownSince).
import type { Driver } from 'neo4j-driver';
import type { Database } from '../../src/db/database.ts';
import type { ExtractedDocument } from '../../src/extract/types.ts';
import { documentRows } from '../../src/ingest/document-rows.ts';
import { writeDocuments } from '../../src/ingest/write-documents.ts';
import { take } from './iterate.ts';
import { round, summarize, type Summary } from './stats.ts';

export interface IngestFigures {
  docs: number;
  seconds: number;
  docsPerSec: number;
  nodes: number;
  rels: number;
  nodesPerSec: number;
  relsPerSec: number;
  /** per-transaction time (one batch of the loader's or the raw floor's), ms */
  txMs: Summary;
}

export async function graphSize(driver: Driver): Promise<{ nodes: number; rels: number }> {
  const s = driver.session();
  try {
    const n = await s.run('MATCH (n) RETURN count(n) AS c');
    const r = await s.run('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: Number(n.records[0]!.get('c')), rels: Number(r.records[0]!.get('c')) };
  } finally {
    await s.close();
  }
}

/** Removes everything but the schema (indexes and constraints stay, as after migrations). */
export async function wipe(driver: Driver): Promise<void> {
  const s = driver.session();
  try {
    await s.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await s.close();
  }
}

/**
 * Our loader, as `quotegraph ingest` writes: writeDocuments (src/ingest/write-documents.ts) on batches of
 * `batch` articles, one write transaction per batch, each article whole inside it, `concurrency` batches
 * in flight (MERGE on unique ids keeps concurrent writers correct; deadlocks are retried). `batch` 1 is
 * one transaction per article. Any article the loader refuses fails the run: the corpus is all valid.
 */
export async function loadWithLoader(
  db: Database,
  driver: Driver,
  docs: Iterable<ExtractedDocument>,
  opts: { concurrency: number; batch: number },
  onProgress?: (done: number) => void,
): Promise<IngestFigures> {
  const before = await graphSize(driver);
  const tx: number[] = [];
  const it = docs[Symbol.iterator]();
  let done = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const batch = [...take(it, opts.batch)];
      if (!batch.length) return;
      const t = performance.now();
      const outcomes = await writeDocuments(db, batch);
      tx.push(performance.now() - t);
      const failed = outcomes.find((o) => o.error);
      if (failed) throw failed.error;
      const had = done;
      done += batch.length;
      if (Math.floor(done / 500) > Math.floor(had / 500)) onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const after = await graphSize(driver);
  return figures(done, seconds, after.nodes - before.nodes, after.rels - before.rels, tx);
}

/** Writes `docs` in batches of `size` with `write`, one transaction per batch, timing each. */
async function inBatches(
  driver: Driver,
  docs: Iterable<ExtractedDocument>,
  size: number,
  write: (batch: ExtractedDocument[]) => Promise<unknown>,
  onProgress?: (done: number) => void,
): Promise<IngestFigures> {
  const before = await graphSize(driver);
  const tx: number[] = [];
  let done = 0;
  let pending: ExtractedDocument[] = [];
  const started = performance.now();
  const flush = async () => {
    if (!pending.length) return;
    const t = performance.now();
    await write(pending);
    tx.push(performance.now() - t);
    const had = done;
    done += pending.length;
    if (Math.floor(done / 10_000) > Math.floor(had / 10_000)) onProgress?.(done);
    pending = [];
  };
  for (const d of docs) {
    pending.push(d);
    if (pending.length >= size) await flush();
  }
  await flush();
  const seconds = (performance.now() - started) / 1000;
  const after = await graphSize(driver);
  return figures(done, seconds, after.nodes - before.nodes, after.rels - before.rels, tx);
}

function figures(docs: number, seconds: number, nodes: number, rels: number, tx: number[]): IngestFigures {
  return {
    docs,
    seconds: round(seconds),
    docsPerSec: round(docs / seconds, 1),
    nodes,
    rels,
    nodesPerSec: round(nodes / seconds, 0),
    relsPerSec: round(rels / seconds, 0),
    txMs: summarize(tx),
  };
}

/** Two passes as one: rates over the summed time; the transaction times of the longer pass. */
export function combine(a: IngestFigures, b: IngestFigures): IngestFigures {
  const sum = figures(a.docs + b.docs, a.seconds + b.seconds, a.nodes + b.nodes, a.rels + b.rels, []);
  return { ...sum, txMs: b.docs > a.docs ? b.txMs : a.txMs };
}

const labelOf = (id: string): 'Entity' | 'Event' | 'Claim' =>
  id.startsWith('event:') ? 'Event' : id.startsWith('claim:') ? 'Claim' : 'Entity';

const TIME = 'edtf: r.edtf, earliest: date(r.earliest), latest: date(r.latest), precision: r.precision';

/** The raw floor's statements: plain UNWIND + MERGE on the unique ids, static labels and types. */
const RAW = {
  docs: `UNWIND $rows AS r MERGE (d:Document {id: r.id})
    SET d.title = r.title, d.url = r.url, d.outlet = r.outlet, d.lang = r.lang, d.publishedAt = date(r.publishedAt),
        d.contentHash = r.contentHash, d.text = r.text, d.source = r.source, d.extractor = r.extractor,
        d.ingestedAt = datetime(), d.knownSince = coalesce(date(r.publishedAt), date())`,
  entities: `UNWIND $rows AS r MERGE (e:Entity {id: r.id})
    ON CREATE SET e.name = r.name, e.kind = r.kind, e.aliases = r.aliases,
                  e.aliasText = reduce(s = '', a IN r.aliases | s + ' ' + a)
    SET e:$(r.labels)`,
  mentions: `UNWIND $rows AS r MATCH (d:Document {id: r.docId}) MATCH (e:Entity {id: r.id})
    CREATE (d)-[:MENTIONS {starts: r.starts, ends: r.ends, count: size(r.starts)}]->(e)`,
  events: `UNWIND $rows AS r MERGE (n:Event {id: r.id}) ON CREATE SET n.name = r.name, n.type = r.type, n += {${TIME}}`,
  claims: `UNWIND $rows AS r MERGE (n:Claim {id: r.id})
    ON CREATE SET n.text = r.text, n.lang = r.lang, n.quantities = r.quantities,
    n.speakerDescription = r.speakerDescription, n.textDe = CASE WHEN r.lang = 'de' THEN r.text END,
    n.textEn = CASE WHEN r.lang = 'en' THEN r.text END, n += {${TIME}}`,
  quotes: `UNWIND $rows AS r MERGE (n:Quote {id: r.id}) ON CREATE SET n.text = r.text, n.lang = r.lang, n.kind = r.kind,
    n.speakerDescription = r.speakerDescription, n.textDe = CASE WHEN r.lang = 'de' THEN r.text END,
    n.textEn = CASE WHEN r.lang = 'en' THEN r.text END, n += {${TIME}}`,
  reports: `UNWIND $rows AS r MERGE (n:Report {id: r.id}) ON CREATE SET n.cue = r.cue, n += {${TIME}}`,
  sourced: (label: string) => `UNWIND $rows AS r MATCH (f:${label} {id: r.id}) MATCH (d:Document {id: r.docId})
    MERGE (f)-[s:SOURCED_FROM]->(d)
    SET s.start = r.start, s.end = r.end, s.excerpt = r.excerpt, s.cue = r.cue, s.extractor = r.extractor,
        s.confidence = r.confidence
    SET f.knownSince = CASE WHEN f.knownSince IS NULL OR f.knownSince > d.knownSince THEN d.knownSince
                            ELSE f.knownSince END,
        f.sourceCount = coalesce(f.sourceCount, 0) + 1`,
  said: (type: 'SAID' | 'CLAIMED', label: string) =>
    `UNWIND $rows AS r MATCH (p:Entity {id: r.speakerId}) MATCH (n:${label} {id: r.id})
    MERGE (p)-[x:${type}]->(n) SET x += {${TIME}}`,
  at: `UNWIND $rows AS r MATCH (q:Quote {id: r.id}) MATCH (ev:Event {id: r.eventId}) MERGE (q)-[:AT]->(ev)`,
  placed: `UNWIND $rows AS r MATCH (ev:Event {id: r.id}) MATCH (p:Entity {id: r.placeId})
    MERGE (ev)-[:LOCATED_IN]->(p)`,
  published: `UNWIND $rows AS r MATCH (o:Entity {id: r.publisherId}) MATCH (n:Report {id: r.id})
    MERGE (o)-[x:PUBLISHED]->(n) SET x += {${TIME}}`,
  reportsOn: `UNWIND $rows AS r MATCH (n:Report {id: r.id}) UNWIND r.about AS a
    OPTIONAL MATCH (q:Quote {id: a}) OPTIONAL MATCH (ev:Event {id: a}) WITH n, coalesce(q, ev) AS x
    WHERE x IS NOT NULL MERGE (n)-[:REPORTS_ON]->(x)`,
  // the per-entity timeline entries our loader keeps (timeline/refresh-timeline-entries), from rows
  // worked out in TypeScript
  timeline: (
    label: string,
  ) => `UNWIND $rows AS r MATCH (x:Entity {id: r.entity}) MATCH (n:${label} {id: r.id}) WITH x, n, r
    WHERE n.earliest IS NOT NULL
    MERGE (x)-[t:ON_TIMELINE]->(n)
    SET t.entity = r.entity, t.precision = n.precision, t.earliest = n.earliest, t.latest = n.latest, t.kind = r.kind,
        t.retracted = false,
        t.key = toString(n.earliest) + '|'
                + right('0000000' + toString(duration.inDays(n.latest, date('9999-12-31')).days), 7) + '|' + n.id`,
  relation: (from: string, to: string) => `UNWIND $rows AS r MATCH (a:${from} {id: r.from}) MATCH (b:${to} {id: r.to})
    MERGE (a)-[x:$(r.type) {id: r.id}]->(b) ON CREATE SET x += r.properties, x.sourceDocs = [], x.evidence = []
    SET x += {${TIME}}, x.fromId = a.id, x.toId = b.id, x.sourceDocs = x.sourceDocs + r.docId,
        x.evidence = x.evidence + r.evidence,
        x.excerpts = coalesce(x.excerpts, []) + r.excerpts`,
};

type Rows = ReturnType<typeof documentRows>;

/**
 * The (entity, fact) pairs of one document's rows, as timeline/refresh-timeline-entries finds them in
 * the graph: speakers, publishers, participants, places, what a claim is about, the speakers of quotes
 * at an event, and every entity named inside a fact's evidence span.
 */
function timelineRows(rows: Rows): { id: string; entity: string; kind: string }[] {
  const out = new Map<string, { id: string; entity: string; kind: string }>();
  const add = (id: string, entity: string | null, kind: string) => {
    if (entity) out.set(`${entity} ${id}`, { id, entity, kind });
  };
  const named = (id: string, kind: string, start: number, end: number) => {
    for (const e of rows.entities) if (e.starts.some((p) => p >= start && p < end)) add(id, e.id, kind);
  };
  for (const q of rows.quotes) {
    add(q.id, q.speakerId, 'QUOTE');
    named(q.id, 'QUOTE', q.start, q.end);
    if (q.eventId) add(q.eventId, q.speakerId, 'EVENT');
  }
  for (const c of rows.claims) {
    add(c.id, c.speakerId, 'CLAIM');
    named(c.id, 'CLAIM', c.start, c.end);
  }
  for (const e of rows.events) {
    add(e.id, e.placeId, 'EVENT');
    named(e.id, 'EVENT', e.start, e.end);
  }
  for (const r of rows.reports) {
    add(r.id, r.publisherId, 'REPORT');
    named(r.id, 'REPORT', r.start, r.end);
  }
  for (const r of rows.relations) {
    if (r.type === 'PARTICIPATED_IN' && r.to.startsWith('event:')) add(r.to, r.from, 'EVENT');
    if (r.type === 'ABOUT' && r.from.startsWith('claim:')) add(r.from, r.to, 'CLAIM');
  }
  return [...out.values()];
}

/** The raw floor: `batch` documents per transaction, one UNWIND statement per kind of row. */
export async function loadRaw(
  driver: Driver,
  docs: Iterable<ExtractedDocument>,
  batch: number,
): Promise<IngestFigures> {
  return inBatches(driver, docs, batch, (pending) => writeRawBatch(driver, pending));
}

/** Time spent per raw statement (by its first 60 characters), for the report's profile notes. */
export const rawStatementMs = new Map<string, number>();

async function writeRawBatch(driver: Driver, docs: ExtractedDocument[]): Promise<void> {
  const all = docs.map((d) => ({ rows: documentRows(d), extractor: d.extractor }));
  const with_ = <T>(
    pick: (x: (typeof all)[number]) => T[],
    extra: (x: (typeof all)[number]) => Record<string, unknown> = () => ({}),
  ) =>
    all.flatMap((x) => pick(x).map((row) => ({ ...row, docId: x.rows.doc.id, extractor: x.extractor, ...extra(x) })));
  const entities = new Map<string, ReturnType<typeof documentRows>['entities'][number]>();
  for (const x of all) for (const e of x.rows.entities) if (!entities.has(e.id)) entities.set(e.id, e);
  const quotes = with_((x) => x.rows.quotes);
  const claims = with_((x) => x.rows.claims);
  const events = with_((x) => x.rows.events);
  const reports = with_((x) => x.rows.reports);
  const relations = with_((x) => x.rows.relations);
  const groups = new Map<string, typeof relations>();
  for (const r of relations) {
    const key = `${labelOf(r.from)}>${labelOf(r.to)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const run = async (text: string, rows: unknown[]) => {
        if (!rows.length) return;
        const t = performance.now();
        await tx.run(text, { rows });
        rawStatementMs.set(text.slice(0, 60), (rawStatementMs.get(text.slice(0, 60)) ?? 0) + performance.now() - t);
      };
      await run(
        RAW.docs,
        all.map((x) => x.rows.doc),
      );
      await run(RAW.entities, [...entities.values()]);
      await run(
        RAW.mentions,
        with_((x) => x.rows.entities),
      );
      await run(RAW.events, events);
      await run(RAW.claims, claims);
      await run(RAW.quotes, quotes);
      await run(RAW.reports, reports);
      for (const [label, rows] of [
        ['Event', events],
        ['Claim', claims],
        ['Quote', quotes],
        ['Report', reports],
      ] as const)
        await run(RAW.sourced(label), rows);
      await run(
        RAW.said('SAID', 'Quote'),
        quotes.filter((q) => q.speakerId),
      );
      await run(
        RAW.said('CLAIMED', 'Claim'),
        claims.filter((c) => c.speakerId),
      );
      await run(
        RAW.at,
        quotes.filter((q) => q.eventId),
      );
      await run(
        RAW.placed,
        events.filter((e) => e.placeId),
      );
      await run(RAW.published, reports);
      await run(RAW.reportsOn, reports);
      for (const [key, rows] of groups) {
        const [from, to] = key.split('>') as [string, string];
        await run(RAW.relation(from, to), rows);
      }
      const entries = all.flatMap((x) => timelineRows(x.rows));
      for (const [label, kind] of [
        ['Quote', 'QUOTE'],
        ['Claim', 'CLAIM'],
        ['Event', 'EVENT'],
        ['Report', 'REPORT'],
      ] as const) {
        await run(
          RAW.timeline(label),
          entries.filter((e) => e.kind === kind),
        );
      }
    });
  } finally {
    await session.close();
  }
}
