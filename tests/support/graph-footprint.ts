import type { Database } from '../../src/db/database.ts';

/**
 * Counts and a checksum of everything that hangs off the given documents: the documents, the facts
 * sourced from them, the entities they mention, and every relationship touching those nodes. Tests
 * compare footprints instead of whole-database counts, because other test files write in parallel.
 */
export async function footprint(db: Database, documentIds: string[]): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const [row] = await db.raw(
    `MATCH (d:Document) WHERE d.id IN $ids
     OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
     OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
     WITH collect(DISTINCT d) + collect(DISTINCT f) + collect(DISTINCT e) AS ns
     UNWIND ns AS n
     WITH collect(DISTINCT n) AS ns
     UNWIND ns AS n
     OPTIONAL MATCH (n)-[r]-()
     WITH ns, collect(DISTINCT r) AS rs
     RETURN size(ns) AS nodes, size(rs) AS relationships,
            apoc.util.md5([n IN ns | n.id + ':' + apoc.convert.toJson(properties(n))]) AS nodeSum,
            apoc.util.md5([r IN rs | type(r) + ':' + startNode(r).id + '>' + endNode(r).id + ':' + apoc.convert.toJson(apoc.map.removeKeys(properties(r), []))]) AS relSum`,
    { ids: documentIds },
  );
  return { nodes: row!.nodes as number, relationships: row!.relationships as number, checksum: `${row!.nodeSum}/${row!.relSum}` };
}
