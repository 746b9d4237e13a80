import { copyFile, mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import { checkQueriesOnce } from '../src/db/check-queries-once.ts';
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
    await writeFile(
      path.join(dir, 'broken', 'typo.cypher'),
      '// Purpose: a typo\n// Returns: n\n// Row: { n: unknown }\nMATCH (n RETRUN n\n',
    );
    await writeFile(
      path.join(dir, 'fine.cypher'),
      '// Purpose: fine\n// Returns: one\n// Row: { one: number }\nRETURN 1 AS one\n',
    );
    const broken = new Database(db.driver, db.name, await CypherRegistry.load(dir), 10_000);
    await expect(explainQueries(broken)).rejects.toThrow(/broken\/typo\.cypher/);
    await expect(explainQueries(broken)).rejects.not.toThrow(/fine\.cypher/);
  });

  it(
    'when the same files start twice, ' +
      'then the second start skips the check; a changed or broken file is checked again',
    async () => {
      // a registry of its own (the system statements plus one file), so the fingerprint is not the suite's
      const dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-plan-check-'));
      await mkdir(path.join(dir, 'system'));
      const system = path.join(projectRoot(), 'cypher', 'system');
      for (const f of await readdir(system)) await copyFile(path.join(system, f), path.join(dir, 'system', f));
      const withFile = async (text: string) => {
        await writeFile(
          path.join(dir, 'probe.cypher'),
          `// Purpose: a probe\n// Returns: one\n// Row: { one: number }\n${text}\n`,
        );
        return new Database(db.driver, db.name, await CypherRegistry.load(dir), 10_000);
      };
      try {
        const first = await withFile('RETURN 1 AS one');
        const count = first.queries.all().length;
        expect((await checkQueriesOnce(first)).explained).toBe(count);
        expect((await checkQueriesOnce(first)).explained).toBe(0);
        expect((await checkQueriesOnce(await withFile('RETURN 2 AS one'))).explained).toBe(count);
        const broken = await withFile('RETURN 3 AS one,');
        await expect(checkQueriesOnce(broken)).rejects.toThrow(/probe\.cypher/);
        // a rejected set is not recorded: it fails again instead of being skipped
        await expect(checkQueriesOnce(broken)).rejects.toThrow(/probe\.cypher/);
      } finally {
        // leave the suite's own set recorded, as the run's start-up did
        await checkQueriesOnce(db);
      }
    },
  );
});
