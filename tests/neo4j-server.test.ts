import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { readServerInfo } from '../src/queries/system/read-server-info.ts';
import { openTestDatabase } from './support/test-database.ts';

describe('the Neo4j the tests run against', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('when asked, then it is a 5.26 community server', async () => {
    const info = await db.read((tx) => readServerInfo(tx));
    expect(info.version).toMatch(/^5\.26\./);
    expect(info.edition).toBe('community');
    process.stderr.write(
      `[neo4j for tests] ${inject('neo4j').kind}: Neo4j ${info.version} ${info.edition}, ` +
        info.plugins.map((p) => `${p.name} ${p.version}`).join(', ') +
        '\n',
    );
  });

  it('when apoc.version() and gds.version() are called, then both answer', async () => {
    const [row] = await db.raw('RETURN apoc.version() AS apoc, gds.version() AS gds');
    expect(row!.apoc).toMatch(/^5\.26\./);
    expect(row!.gds).toMatch(/^2\.\d+\.\d+/);
  });

  it('when PageRank runs on a projected three-node cycle, then every node gets the same score', async () => {
    const name = `test-pagerank-${Date.now()}`;
    const rows = await db.raw(
      `UNWIND [[0, 1], [1, 2], [2, 0]] AS pair
       WITH gds.graph.project($name, pair[0], pair[1]) AS g
       CALL gds.pageRank.stream($name) YIELD nodeId, score
       RETURN collect(score) AS scores`,
      { name },
    );
    await db.raw('CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName', { name });
    const scores = rows[0]!.scores as number[];
    expect(scores).toHaveLength(3);
    expect(Math.max(...scores) - Math.min(...scores)).toBeLessThan(1e-6);
  });
});
