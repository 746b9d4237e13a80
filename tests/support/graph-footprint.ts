import type { Database } from '../../src/db/database.ts';

/**
 * Counts and a checksum of everything that hangs off the given documents: the documents, the facts
 * sourced from them, the entities they mention, and the relationships among those nodes. Tests
 * compare footprints instead of whole-database counts, because other test files write in parallel:
 * a relationship from another test's person to a shared entity (a role in the United States) is not
 * part of these documents' footprint, and counting it made the comparison depend on timing.
 */
export async function footprint(
  db: Database,
  documentIds: string[],
): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const [row] = await db.raw(
    `MATCH (d:Document) WHERE d.id IN $ids
     OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
     OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
     WITH collect(DISTINCT d) + collect(DISTINCT f) + collect(DISTINCT e) AS ns
     UNWIND ns AS n
     WITH collect(DISTINCT n) AS ns
     UNWIND ns AS n
     // between two entities only what these documents support: another article's role in the
     // same country is that article's footprint
     OPTIONAL MATCH (n)-[r]-(m) WHERE m IN ns AND (NOT (n:Entity AND m:Entity)
       OR any(d IN coalesce(r.sourceDocs, []) WHERE d IN $ids))
     WITH ns, collect(DISTINCT r) AS rs
     RETURN size(ns) AS nodes, size(rs) AS relationships,
            apoc.util.md5([n IN ns | n.id + ':' + apoc.convert.toJson(properties(n))]) AS nodeSum,
            apoc.util.md5([r IN rs | type(r) + ':' + startNode(r).id + '>' + endNode(r).id + ':' +
              apoc.convert.toJson(CASE WHEN r.sourceDocs IS NULL THEN properties(r)
                ELSE [e IN r.evidence WHERE any(d IN $ids WHERE e STARTS WITH d + '|')] END)]) AS relSum`,
    { ids: documentIds },
  );
  return {
    nodes: row!.nodes as number,
    relationships: row!.relationships as number,
    checksum: `${row!.nodeSum}/${row!.relSum}`,
  };
}
