import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import type { InfluenceScoreModel, PathModel } from '../../model/index.ts';
import { resolveEntityIdArgs } from '../entity/resolve-entity-id.ts';
import { windowSeeks } from '../window-seeks.ts';
import type { WindowEdge } from '../../db/row-types.ts';

export type InfluenceAlgorithmName = 'PAGERANK' | 'DEGREE' | 'BETWEENNESS';

function algorithmQuery(
  a: InfluenceAlgorithmName,
): 'influence/pagerank' | 'influence/degree' | 'influence/betweenness' {
  switch (a) {
    case 'PAGERANK':
      return 'influence/pagerank';
    case 'DEGREE':
      return 'influence/degree';
    case 'BETWEENNESS':
      return 'influence/betweenness';
    default: {
      const never: never = a;
      throw new Error(`unknown algorithm ${String(never)}`);
    }
  }
}

/**
 * Projects the window's graph into the GDS catalog under a name unique to this call (concurrent
 * calls never share one), streams the algorithm, and always drops the projection, also on failure.
 * The managed transaction may retry its work: each attempt projects under a fresh name, and every
 * name is dropped in finally.
 */
export async function computeInfluence(
  db: Database,
  p: {
    from: string | null;
    to: string | null;
    about: string | null;
    asOf: string | null;
    algorithm: InfluenceAlgorithmName;
    first: number;
    whyPerEntity?: number;
    includeRetracted?: boolean;
  },
): Promise<InfluenceScoreModel[]> {
  const names: string[] = [];
  try {
    return await db.read(async (tx) => {
      const graphName = `quotegraph-influence-${randomUUID()}`;
      names.push(graphName);
      const { about } = await resolveEntityIdArgs(tx, { about: p.about });
      const projected = await tx.one('influence/project-window-graph', {
        graphName,
        from: p.from,
        to: p.to,
        asOf: p.asOf,
        about,
        includeRetracted: p.includeRetracted ?? false,
        seeks: windowSeeks(p.from),
      });
      if (!projected?.graphName) return [];
      const scores = await tx.rows(algorithmQuery(p.algorithm), { graphName, first: p.first });
      return scores.map((s, i) => ({
        entityId: s.id,
        score: s.score,
        rank: i + 1,
        why: heaviestPaths(s.id, projected.edges, p.asOf, p.whyPerEntity ?? 3),
      }));
    }, 'influence');
  } finally {
    for (const graphName of names)
      await db.read((tx) => tx.rows('influence/drop-graph', { graphName }), 'influence-drop').catch(() => undefined);
  }
}

/** The heaviest links of an entity, each as a one-step path oriented away from it. */
function heaviestPaths(id: string, edges: WindowEdge[], asOf: string | null, n: number): PathModel[] {
  return edges
    .filter((e) => e.from === id || e.to === id)
    .sort(
      (a, b) =>
        b.weight - a.weight || a.relation.localeCompare(b.relation) || (a.from + a.to).localeCompare(b.from + b.to),
    )
    .slice(0, n)
    .map((e) => ({
      length: 1,
      weight: e.weight,
      edges: [
        {
          fromId: e.from,
          toId: e.to,
          relation: e.relation,
          time: null,
          factIds: e.factIds,
          evidence: [],
          weight: e.weight,
          asOf,
        },
      ],
    }));
}
