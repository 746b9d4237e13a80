import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherRegistry } from '../src/db/cypher-registry.ts';
import { Database } from '../src/db/database.ts';
import { explainQueries } from '../src/db/explain-queries.ts';
import { openTestDatabase } from './support/test-database.ts';

describe('Cypher files', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('when every file in cypher/ is EXPLAINed against the server, then Neo4j accepts all of them', async () => {
    const count = await explainQueries(db);
    expect(count).toBe(db.queries.all().length);
    expect(count).toBeGreaterThan(0);
  });

  it('when a file has a syntax error, then the check fails and names that file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-cypher-'));
    await mkdir(path.join(dir, 'broken'));
    await writeFile(path.join(dir, 'broken', 'typo.cypher'), '// Purpose: a typo\n// Returns: n\nMATCH (n RETRUN n\n');
    await writeFile(path.join(dir, 'fine.cypher'), '// Purpose: fine\n// Returns: one\nRETURN 1 AS one\n');
    const broken = new Database(db.driver, db.name, await CypherRegistry.load(dir), 10_000);
    await expect(explainQueries(broken)).rejects.toThrow(/broken\/typo\.cypher/);
    await expect(explainQueries(broken)).rejects.not.toThrow(/fine\.cypher/);
  });
});
