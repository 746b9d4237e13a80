import type { CypherTx } from '../../db/database.ts';
import { AppError } from '../../errors/app-error.ts';
import type { PathEdgeModel, PathModel, TimeModel } from '../../model/index.ts';
import type { PathElement } from '../../db/row-types.ts';

/**
 * The bounds of one search (see cypher/connection/connections.cypher). No path passes through an
 * entity with more than maxDegree relationships of the searched types: at 1M quotes that is a
 * country, NATO or a big outlet, and expanding one reads hundreds of thousands of facts. The schema
 * description of `connections` names maxDegree and maxRoutes; change them together.
 */
export const CONNECTION_LIMITS = { maxDegree: 1000, maxPaths: 500, maxRoutes: 20, factsPerStep: 20 } as const;

/** Relations that are facts themselves (with their own sources), rather than structure around a fact. */
const entityRelations = new Set(['HELD_ROLE', 'HANDED_OVER_TO', 'CONTROLS', 'MEMBER_OF', 'LOCATED_IN', 'ABOUT']);

/**
 * One path per sequence of entities: graph paths along the same entities (other facts, or parallel
 * relations such as two roles in NATO) are one answer whose steps list all their facts, not one
 * answer each (which read as the same path five times).
 */
export async function findConnections(
  tx: CypherTx,
  p: { from: string; to: string; maxHops: number; asOf: string | null; includeRetracted: boolean },
): Promise<PathModel[]> {
  const { maxDegree, maxPaths, maxRoutes } = CONNECTION_LIMITS;
  const rows = await tx.rows('connection/connections', {
    from: p.from,
    to: p.to,
    maxHops: p.maxHops,
    maxDegree,
    maxPaths,
    maxRoutes,
    asOf: p.asOf,
    includeRetracted: p.includeRetracted,
  });
  return rows.map(({ variants }) => mergeVariants(variants.map((elements) => toPath(elements, p.asOf))));
}

/** Paths along the same entities, as one: each step keeps every distinct relation, fact and source. */
export function mergeVariants(paths: PathModel[]): PathModel {
  const [first, ...rest] = paths;
  if (!first) throw new AppError('INTERNAL_SERVER_ERROR', 'connections: a route came back without a path');
  const edges = first.edges.map((edge, i) => {
    const same = [edge, ...rest.map((path) => path.edges[i]!)];
    const relations = [...new Set(same.flatMap((e) => e.relation.split('|')))];
    return {
      ...edge,
      relation: relations.join('|'),
      time: same.find((e) => e.time)?.time ?? null,
      factIds: [...new Set(same.flatMap((e) => e.factIds))].slice(0, CONNECTION_LIMITS.factsPerStep),
      evidence: [...new Set(same.flatMap((e) => e.evidence))].slice(0, CONNECTION_LIMITS.factsPerStep),
    };
  });
  return { ...first, edges };
}

/** Cuts a graph path at its entities: each stretch between two entities is one PathEdge. */
function toPath(elements: PathElement[], asOf: string | null): PathModel {
  const edges: PathEdgeModel[] = [];
  let fromId = elements[0]!.id!;
  let stretch: PathElement[] = [];
  for (const el of elements.slice(1)) {
    if (el.node && el.entity) {
      const rels = stretch.filter((s) => !s.node);
      const facts = stretch.filter((s) => s.node);
      const roleIds = rels.filter((r) => r.type === 'HELD_ROLE').map((r) => r.id!);
      edges.push({
        fromId,
        toId: el.id!,
        relation: rels.map((r) => r.type).join('>'),
        time: firstDated([...rels.filter((r) => entityRelations.has(r.type ?? '')), ...facts]),
        factIds: [...facts.map((f) => f.id!), ...roleIds],
        evidence: rels.filter((r) => r.type !== 'HELD_ROLE').flatMap((r) => r.evidence ?? []),
        weight: null,
        asOf,
      });
      fromId = el.id!;
      stretch = [];
    } else {
      stretch.push(el);
    }
  }
  return { length: edges.length, weight: null, edges };
}

function firstDated(els: PathElement[]): TimeModel | null {
  const el = els.find((e) => e.edtf) ?? null;
  return el
    ? {
        edtf: el.edtf ?? null,
        earliest: el.earliest ?? null,
        latest: el.latest ?? null,
        precision: el.precision ?? null,
      }
    : null;
}
