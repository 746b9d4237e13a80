import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherRegistry } from '../../src/db/cypher-registry.ts';
import { Database } from '../../src/db/database.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import type { FixtureStatements } from './fixtures/fixture-statements.ts';

describe('transient failures of writes', () => {
  let db: Database;
  let probes: Database<FixtureStatements>;
  const scope = testScope('retries');
  const [a, b] = [`${scope}-a`, `${scope}-b`];

  beforeAll(async () => {
    db = await openTestDatabase();
    probes = new Database<FixtureStatements>(
      db.driver,
      db.name,
      await CypherRegistry.load(path.join(import.meta.dirname, 'fixtures', 'cypher')),
      60_000,
    );
    await db.raw('CREATE (:RetryProbe {id: $a}), (:RetryProbe {id: $b})', { a, b });
  });
  afterAll(async () => {
    await db?.raw('MATCH (n:RetryProbe) WHERE n.id IN [$a, $b] DELETE n', { a, b });
    await db?.close();
  });

  it('when two writers deadlock after the 5 s retry window has passed, ' +
    'then the one Neo4j stopped is tried again and both commit', async () => {
    // Each writer locks one probe, holds it for 5.5 s (as a batch of documents holds popular entities),
    // then asks for the other's: Neo4j stops one of them with DeadlockDetected. Its retry must come
    // even though the 5 s window is over: only Database's floor of tries gives it (writes run in an
    // explicit transaction, so the driver adds no retry of its own).
    // Both first tries hold their first lock before either asks for the second (a barrier, not a
    // guess that 5.5 s is enough for the other writer to get there), and they wait out the window.
    let tries = 0;
    let holding = 0;
    let bothHold!: () => void;
    const barrier = new Promise<void>((r) => (bothHold = r));
    const writer = (first: string, second: string) =>
      probes.write(async (tx) => {
        const firstTry = ++tries <= 2;
        await tx.rows('retry/touch', { id: first });
        if (firstTry) {
          if (++holding === 2) bothHold();
          await Promise.all([barrier, new Promise((r) => setTimeout(r, 5_500))]);
        }
        await tx.rows('retry/touch', { id: second });
      });
    const failed: string[] = [];
    const off = probes.onQuery((e) => {
      if (!e.ok) failed.push(e.name);
    });
    await Promise.all([writer(a, b), writer(b, a)]);
    off();
    // exactly one statement was stopped (the deadlock), and its transaction ran again
    expect(failed).toEqual(['retry/touch']);
    expect(tries).toBe(3);
    const rows = await db.raw('MATCH (n:RetryProbe) WHERE n.id IN [$a, $b] RETURN n.touched AS touched', { a, b });
    // two committed writers, two touches each: the stopped try left nothing behind
    expect(rows.map((r) => r.touched)).toEqual([2, 2]);
  }, 300_000); // a safety net: the waits are the barrier and the 5.5 s the test is about
});
