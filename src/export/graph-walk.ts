// The entity graph the graph exports (GraphML, CSV, JSON-LD) write: entities as nodes and four kinds of
// dated, weighted edges between them (cypher/export/*-edges.cypher). Read in batches of entity ids, never
// the whole graph at once: the node set is held as ids only, and nodes and edges are read a batch at a time.

import type { Database } from '../db/database.ts';
import type { EntityRow } from '../db/row-types.ts';

export const EDGE_KINDS = ['said-about', 'reported', 'held-role', 'co-mention'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

const EDGE_STATEMENTS = [
  'export/said-about-edges',
  'export/reported-edges',
  'export/held-role-edges',
  'export/co-mention-edges',
] as const;

/** What part of the graph an export covers: an entity's neighbourhood or the whole graph, in a window, as of a day. */
export interface GraphScope {
  /** with an entity, its neighbourhood `depth` hops out; null: the whole graph */
  entityId: string | null;
  depth: number;
  from: string | null;
  to: string | null;
  asOf: string | null;
}

export interface GraphEdge {
  /** stable across exports of the same graph: kind, source and target */
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  directed: boolean;
  /** said-about: quotes and claims; reported: reports; held-role: role relations; co-mention: shared documents */
  weight: number;
  /** the earliest and latest day of what the edge stands for (YYYY-MM-DD), null when none of it is dated */
  start: string | null;
  end: string | null;
  /** held-role: the role titles, sorted */
  roles: string[];
}

/** entity ids per statement: small enough for the id lists and the rows each batch returns */
const BATCH = 200;

const batches = <T>(items: readonly T[], size = BATCH): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export const edgeId = (kind: string, source: string, target: string): string => `${source}--${kind}--${target}`;

/**
 * The edges of every kind read from the entities `ids`: edges whose source is one of them, or with
 * `reverse` every edge touching them; with `within`, only edges whose both ends are in it.
 */
async function edgesOf(
  db: Database,
  scope: GraphScope,
  ids: string[],
  reverse: boolean,
  within: string[] | null,
): Promise<GraphEdge[]> {
  const { from, to, asOf } = scope;
  return db.read(async (tx) => {
    const out: GraphEdge[] = [];
    for (const name of EDGE_STATEMENTS)
      for (const r of await tx.rows(name, { ids, reverse, within, from, to, asOf }))
        out.push({
          id: edgeId(r.kind, r.source, r.target),
          kind: r.kind as EdgeKind,
          source: r.source,
          target: r.target,
          directed: r.directed,
          weight: r.weight,
          start: r.start,
          end: r.end,
          roles: [...r.roles].sort(),
        });
    return out;
  }, 'export edges');
}

/**
 * The ids of the export's nodes, sorted: with an entity, it and every entity within `depth` edges of it
 * (any kind, either direction, in the window); without, every entity that has an edge in the window.
 */
export async function graphNodeIds(db: Database, scope: GraphScope): Promise<string[]> {
  const seen = new Set<string>();
  if (scope.entityId) {
    seen.add(scope.entityId);
    let frontier = [scope.entityId];
    for (let hop = 0; hop < scope.depth && frontier.length; hop++) {
      const next: string[] = [];
      for (const batch of batches(frontier))
        for (const e of await edgesOf(db, scope, batch, true, null))
          for (const id of [e.source, e.target])
            if (!seen.has(id)) {
              seen.add(id);
              next.push(id);
            }
      frontier = next;
    }
  } else {
    let afterId: string | null = null;
    for (;;) {
      const page: string[] = (
        await db.read((tx) => tx.rows('export/entity-ids-page', { afterId, limit: BATCH }), 'export entities')
      ).map((r) => r.id);
      for (const e of await edgesOf(db, scope, page, false, null)) {
        seen.add(e.source);
        seen.add(e.target);
      }
      if (page.length < BATCH) break;
      afterId = page[page.length - 1]!;
    }
  }
  return [...seen].sort();
}

/** The nodes, a batch at a time, by id. */
export async function* graphNodes(db: Database, nodeIds: readonly string[]): AsyncGenerator<EntityRow[]> {
  for (const ids of batches(nodeIds)) {
    const rows = await db.read((tx) => tx.rows('entity/entities-by-id', { ids }), 'export nodes');
    yield rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/** The edges between the nodes, a batch at a time, by source, kind and target: each edge once. */
export async function* graphEdges(
  db: Database,
  scope: GraphScope,
  nodeIds: readonly string[],
): AsyncGenerator<GraphEdge[]> {
  // a neighbourhood's edges are kept to it by the statements; and every edge is checked against the nodes
  // here, so that an entity written while the export runs cannot leave an edge without its node
  const within = scope.entityId ? [...nodeIds] : null;
  const known = new Set(nodeIds);
  const order = (e: GraphEdge) => EDGE_KINDS.indexOf(e.kind);
  for (const ids of batches(nodeIds)) {
    const edges = (await edgesOf(db, scope, ids, false, within)).filter(
      (e) => known.has(e.source) && known.has(e.target),
    );
    yield edges.sort(
      (a, b) =>
        (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
        order(a) - order(b) ||
        (a.target < b.target ? -1 : a.target > b.target ? 1 : 0),
    );
  }
}
