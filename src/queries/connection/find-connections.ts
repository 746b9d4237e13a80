import type { CypherTx } from '../../db/database.ts';
import type { PathEdgeModel, PathModel, TimeModel } from '../../graphql/models.mappers.ts';

interface Element {
  node: boolean;
  entity: boolean;
  id: string | null;
  type?: string | null;
  edtf?: string | null;
  earliest?: string | null;
  latest?: string | null;
  precision?: string | null;
  evidence?: string[] | null;
}

/** Relations that are facts themselves (with their own sources), rather than structure around a fact. */
const entityRelations = new Set(['HELD_ROLE', 'HANDED_OVER_TO', 'CONTROLS', 'MEMBER_OF', 'LOCATED_IN', 'ABOUT']);

export async function findConnections(tx: CypherTx, p: { from: string; to: string; maxHops: number; asOf: string | null; includeRetracted: boolean }): Promise<PathModel[]> {
  const rows = await tx.rows<{ elements: Element[] }>('connection/connections', { from: p.from, to: p.to, maxSteps: p.maxHops * 3, asOf: p.asOf, includeRetracted: p.includeRetracted });
  const seen = new Set<string>();
  const paths: PathModel[] = [];
  for (const { elements } of rows) {
    const path = toPath(elements, p.asOf);
    const key = path.edges.map((e) => `${e.fromId}>${e.relation}>${e.toId}:${e.factIds.join(',')}`).join('|');
    if (path.length > p.maxHops || seen.has(key)) continue;
    seen.add(key);
    paths.push(path);
  }
  return paths;
}

/** Cuts a graph path at its entities: each stretch between two entities is one PathEdge. */
function toPath(elements: Element[], asOf: string | null): PathModel {
  const edges: PathEdgeModel[] = [];
  let fromId = elements[0]!.id!;
  let stretch: Element[] = [];
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

function firstDated(els: Element[]): TimeModel | null {
  const el = els.find((e) => e.edtf) ?? null;
  return el ? { edtf: el.edtf ?? null, earliest: el.earliest ?? null, latest: el.latest ?? null, precision: el.precision ?? null } : null;
}
