import type { Database } from '../db/database.ts';
import { isIsoCalendarDate } from '../documents/calendar-date.ts';
import { dropLinkState, type LinkState, loadLinkState, saveLinkState, stampFiles } from './link-state.ts';
import { CandidateCollector, type Candidate, candidatesOf, indexGraphEntities } from './match-entities.ts';
import { type MalformedLine, readEntities } from './read-entities.ts';
import { type SkipReason, roleKeysOf, statementDocument } from './statement-document.ts';
import { type ItemStatements, type PositionItem, positionOf, statementsOf } from './statements.ts';
import { writeDocument, type WriteStatus } from '../ingest/write-document.ts';
import { defaultAliasTable } from '../extract/aliases/alias-table.ts';
import type { EntityContext } from './choose-by-context.ts';

/** how many malformed lines the summary names (all are counted) */
const NAMED_MALFORMED = 20;

export interface LinkSummary {
  files: string[];
  entitiesRead: number;
  /** Wikidata entities that matched a graph entity by name and type */
  matched: number;
  seconds: number;
  entitiesPerSecond: number;
  /** graph entities with exactly one fitting candidate, linked */
  links: number;
  /** links that were new or different (0 when the same pass runs again) */
  linksChanged: number;
  /** candidates kept for review (entities with several fitting candidates) */
  candidates: number;
  candidatesCreated: number;
  /** lines that were not Wikidata entities: skipped and counted; the first ones named */
  malformed: number;
  malformedLines: MalformedLine[];
  /**
   * where a resumed pass went on from: the file and its last line read before, or file null when
   * every file had been read and only the writes were left; null for a pass from the start
   */
  resumedFrom: { file: string | null; line: number } | null;
  /** the dated statements of linked items, one document per item (docs/wikidata.md) */
  statements: StatementImport;
  /** of the items `watch` named, those the files hold (read in this run: a resumed pass misses earlier ones) */
  watched: string[];
}

export interface StatementImport {
  /** items with statements of the read properties whose document was written, by outcome */
  documents: Record<WriteStatus, number>;
  /** relations written (role, membership and location facts whose source is Wikidata) */
  relations: number;
  /** statements not imported: the other end is not an entity of the graph, the position item was not read */
  skipped: Record<SkipReason, number>;
  /** statements Wikidata ranks deprecated (known to be wrong): not imported */
  deprecated: number;
}

export interface LinkOptions {
  /** rows per write transaction */
  batchSize?: number;
  /** called every `every` entities read */
  onProgress?: (read: number, seconds: number) => void;
  every?: number;
  /** only these graph entities (default: all of them) */
  entityIds?: readonly string[] | null;
  /**
   * a checkpoint file: the pass saves where it stands there every `checkpointEvery` entities and
   * once the files are read, goes on from it when it exists (for the same files, unchanged), and
   * deletes it when the links are written
   */
  statePath?: string;
  checkpointEvery?: number;
  /**
   * the day the statements are read as of (YYYY-MM-DD): the dump's date. Default: each entity's last
   * edit when the file gives it, else a date in the file name (wikidata-20261130-all.json.gz), else today
   */
  asOf?: string;
  /** items to look out for (an evaluation's expected items): the summary says which the files hold */
  watch?: ReadonlySet<string>;
}

/**
 * One linking pass: the graph's entities are read once (names and aliases, keyed by normalized
 * name), the files streamed, and every Wikidata entity matched in memory. Links are decided only
 * after the whole pass (an entity is ambiguous when a second fitting item turns up late in the
 * dump), then written in batches; memory grows with the matches, not with the dump.
 */
export async function linkWikidata(
  db: Database,
  files: readonly string[],
  options: LinkOptions = {},
): Promise<LinkSummary> {
  const batchSize = options.batchSize ?? 500;
  const every = options.every ?? 10_000;
  const graph = await db.read(
    (tx) => tx.rows('wikidata/graph-entities', { ids: options.entityIds ? [...options.entityIds] : null }),
    'wikidata/graph-entities',
  );
  const index = indexGraphEntities(graph);
  const collector = new CandidateCollector();
  const statePath = options.statePath;
  const checkpointEvery = options.checkpointEvery ?? 1_000_000;
  const stamps = statePath ? await stampFiles(files) : [];
  const resumed = statePath ? await loadLinkState(statePath, stamps) : null;
  const state: LinkState = resumed ?? {
    version: 2,
    files: stamps,
    fileIndex: 0,
    line: 0,
    read: 0,
    matched: 0,
    malformed: 0,
    malformedLines: [],
    candidates: [],
    statements: [],
    positions: [],
  };
  collector.add(state.candidates);
  // statements of items that matched or were linked before; positions their P39 statements point to
  const linkedBefore = new Set(graph.flatMap((e) => (e.wikidataId ? [e.wikidataId] : [])));
  const statements = new Map(state.statements.map((i) => [i.qid, i]));
  const positions = new Map(state.positions.map((p) => [p.qid, p]));
  const referenced = new Set(state.statements.flatMap((i) => i.statements.map((st) => st.value)));
  const resumedFrom = resumed ? { file: files[resumed.fileIndex] ?? null, line: resumed.line } : null;
  const checkpoint = async (): Promise<void> => {
    if (statePath)
      await saveLinkState(statePath, {
        ...state,
        candidates: collector.snapshot(),
        statements: [...statements.values()],
        positions: [...positions.values()],
      });
  };
  const onMalformed = (m: MalformedLine): void => {
    state.malformed++;
    if (state.malformedLines.length < NAMED_MALFORMED) state.malformedLines.push(m);
  };
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const readBefore = state.read;
  const watched = new Set<string>();
  for (; state.fileIndex < files.length; state.fileIndex++, state.line = 0) {
    const file = files[state.fileIndex]!;
    for await (const { entity, line } of readEntities(file, { onMalformed, afterLine: state.line })) {
      state.read++;
      state.line = line;
      if (options.watch?.has(entity.id)) watched.add(entity.id);
      const found = candidatesOf(entity, index);
      if (found.length) {
        state.matched++;
        collector.add(found);
      }
      if (found.length || linkedBefore.has(entity.id)) {
        const item = statementsOf(entity);
        if (item.statements.length || item.deprecated) {
          statements.set(item.qid, { ...item, file });
          for (const st of item.statements) referenced.add(st.value);
        }
      }
      const position = positionOf(entity);
      if (position && (referenced.has(position.qid) || roleKeysOf([position.en, position.de]).length))
        positions.set(position.qid, position);
      if (state.read % every === 0) options.onProgress?.(state.read, elapsed());
      if (state.read % checkpointEvery === 0) await checkpoint();
    }
  }
  // read whole: a pass stopped while writing goes on with the writes
  await checkpoint();
  const seconds = elapsed();
  const read = state.read;
  const different = new Map(graph.filter((e) => e.different?.length).map((e) => [e.id, e.different!.map((d) => d.id)]));
  // who holds an item now: the entities of the pass and those judged different from them
  const linked = new Map(graph.flatMap((e) => (e.wikidataId ? [[e.id, e.wikidataId] as const] : [])));
  for (const e of graph) for (const d of e.different ?? []) if (d.qid && !linked.has(d.id)) linked.set(d.id, d.qid);
  const contexts = await readContexts(db, collector.ambiguous());
  const { links, candidates } = collector.decide(different, linked, contexts);
  const row = (c: Candidate) => ({ ...c, evidence: JSON.stringify(c.evidence) });
  let linksChanged = 0;
  let candidatesCreated = 0;
  for (let i = 0; i < links.length; i += batchSize) {
    const batch = links.slice(i, i + batchSize).map(row);
    const r = await db.write((tx) => tx.one('wikidata/link-entities', { links: batch }), 'wikidata/link');
    linksChanged += r?.changed ?? 0;
  }
  for (let i = 0; i < candidates.length; i += batchSize) {
    const batch = candidates.slice(i, i + batchSize).map(row);
    const r = await db.write((tx) => tx.one('wikidata/keep-candidates', { candidates: batch }), 'wikidata/link');
    candidatesCreated += r?.created ?? 0;
  }
  const imported = await importStatements(db, [...statements.values()], positions, options);
  if (statePath) await dropLinkState(statePath);
  return {
    files: [...files],
    entitiesRead: read,
    matched: state.matched,
    seconds,
    entitiesPerSecond: seconds > 0 ? Math.round((read - readBefore) / seconds) : read - readBefore,
    links: links.length,
    linksChanged,
    candidates: candidates.length,
    candidatesCreated,
    malformed: state.malformed,
    malformedLines: state.malformedLines,
    resumedFrom,
    statements: imported,
    watched: [...watched].sort(),
  };
}

/**
 * What the graph knows around the entities several items fit: the items linked near each and the
 * words for what is near (names, aliases, the alias table's adjectives such as "American"), and the
 * titles of its roles.
 */
async function readContexts(db: Database, ids: readonly string[]): Promise<Map<string, EntityContext>> {
  const contexts = new Map<string, EntityContext>();
  if (!ids.length) return contexts;
  const rows = await db.read((tx) => tx.rows('wikidata/entity-context', { ids: [...ids] }), 'wikidata/context');
  const table = defaultAliasTable();
  for (const r of rows) {
    const items = new Set(r.near.flatMap((n) => (n.qid ? [n.qid] : [])));
    const terms = [
      ...r.roles.map((role) => [role]),
      ...r.near.map((n) => [n.name, ...n.aliases, ...(table.byId.get(n.id)?.adjectives ?? [])]),
    ];
    contexts.set(r.id, { items, terms });
  }
  return contexts;
}

/**
 * Writes each linked item's statements as one document (one transaction each), once the links are
 * written: a statement's other end (the organization, the place) must be linked too.
 */
async function importStatements(
  db: Database,
  items: readonly ItemStatements[],
  positions: ReadonlyMap<string, PositionItem>,
  { asOf, entityIds }: LinkOptions,
): Promise<StatementImport> {
  const out: StatementImport = {
    documents: { created: 0, replaced: 0, unchanged: 0 },
    relations: 0,
    skipped: { otherEndNotInGraph: 0, positionNotRead: 0 },
    deprecated: 0,
  };
  if (!items.length) return out;
  const rows = await db.read(
    (tx) => tx.rows('wikidata/linked-entities', { ids: entityIds ? [...entityIds] : null }),
    'wikidata/linked-entities',
  );
  const entityOfQid = new Map<string, string>();
  const entitiesOfQid = new Map<string, string[]>();
  for (const r of rows) {
    if (!entityOfQid.has(r.qid)) entityOfQid.set(r.qid, r.entityId);
    entitiesOfQid.set(r.qid, [...(entitiesOfQid.get(r.qid) ?? []), r.entityId]);
  }
  const today = new Date().toISOString().slice(0, 10);
  for (const item of items) {
    out.deprecated += item.deprecated;
    const entityIds = entitiesOfQid.get(item.qid);
    if (!entityIds) continue;
    const file = item.file ?? '';
    const day = asOf ?? item.modified ?? dateInFileName(file) ?? today;
    const { document, skipped } = statementDocument({ item, entityIds, entityOfQid, positions, asOf: day, file });
    for (const [reason, n] of Object.entries(skipped)) out.skipped[reason as SkipReason] += n;
    if (!document) continue;
    const written = await db.write((tx) => writeDocument(tx, document), 'wikidata/statements');
    out.documents[written.status]++;
    out.relations += document.relations.length;
  }
  return out;
}

/** "wikidata-20261130-all.json.gz" → 2026-11-30 */
function dateInFileName(file: string): string | null {
  const m = /(?:^|[^0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?![0-9])/.exec(file.split(/[\\/]/).pop() ?? '');
  const day = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  return day && isIsoCalendarDate(day) ? day : null;
}
