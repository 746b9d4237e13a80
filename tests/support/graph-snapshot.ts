import type { Database } from '../../src/db/database.ts';

export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  /** one line per node and relationship, with its labels or type and its properties, sorted */
  lines: string[];
}

/**
 * What hangs off the given documents, as lines two imports can be compared by: the documents, the facts
 * sourced from them, the entities they mention or that said, claimed or are on the timeline of those facts,
 * and the relationships among those nodes (between two entities only what these documents support, as in
 * graph-footprint.ts). Unlike footprint() it leaves out date-times (ingestedAt and the like): two imports
 * of the same files at different times give the same snapshot, and a difference is named by its line.
 */
export async function graphSnapshot(db: Database, documentIds: string[]): Promise<GraphSnapshot> {
  const [row] = await db.raw(
    `MATCH (d:Document) WHERE d.id IN $ids
     OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
     OPTIONAL MATCH (f)-[]-(fe:Entity)
     OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
     WITH collect(DISTINCT d) + collect(DISTINCT f) + collect(DISTINCT fe) + collect(DISTINCT e) AS ns
     UNWIND ns AS n
     WITH collect(DISTINCT n) AS ns
     UNWIND ns AS n
     OPTIONAL MATCH (n)-[r]->(m) WHERE m IN ns AND (NOT (n:Entity AND m:Entity)
       OR any(d IN coalesce(r.sourceDocs, []) WHERE d IN $ids))
     WITH ns, collect(DISTINCT r) AS rs
     WITH [n IN ns | {key: n.id, kind: apoc.text.join(apoc.coll.sort(labels(n)), ':'), props: properties(n)}] AS nodes,
          [r IN rs | {key: startNode(r).id + '>' + endNode(r).id, kind: type(r), props: properties(r)}] AS rels
     RETURN nodes, rels,
            [x IN nodes + rels | [k IN keys(x.props) WHERE valueType(x.props[k]) CONTAINS 'DATETIME']] AS timed`,
    { ids: documentIds },
  );
  type Item = { key: string; kind: string; props: Record<string, unknown> };
  const nodes = row!.nodes as Item[];
  const rels = row!.rels as Item[];
  const timed = row!.timed as string[][];
  const line = (x: Item, i: number) => {
    const skip = new Set(timed[i]);
    const props = Object.keys(x.props)
      .filter((k) => !skip.has(k))
      .sort()
      .map((k) => `${k}=${JSON.stringify(x.props[k])}`);
    return `${x.kind} ${x.key} ${props.join(' ')}`;
  };
  return {
    nodes: nodes.length,
    relationships: rels.length,
    lines: [...nodes, ...rels].map(line).sort(),
  };
}
