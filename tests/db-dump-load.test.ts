import { spawn, spawnSync } from 'node:child_process';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import { addAlias, upsertEntity } from '../src/curation/entities.ts';
import { retractFact } from '../src/curation/facts.ts';
import { connect } from '../src/db/connect.ts';
import { CypherRegistry } from '../src/db/cypher-registry.ts';
import { Database } from '../src/db/database.ts';
import { findLocalServer, stopLocalServer } from '../src/db/local/local-server.ts';
import { ownServerEnv } from './support/own-server-env.ts';
import { watchOutput, type Closed } from './support/process-output.ts';

const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava)
  console.warn(
    '[db-dump-load.test] skipped: no java on PATH (dump and load run neo4j-admin from the local Neo4j jars)',
  );

/**
 * Everything the graph holds, in a form two graphs can be compared by: ids of documents, facts and
 * audit entries for readable failures, and every node and relationship with all its properties.
 */
async function snapshot(db: Database) {
  const ids = async (cypher: string) => (await db.raw(cypher)).map((r) => r.id as string);
  const lines = async (cypher: string) => (await db.raw(cypher)).map((r) => r.line as string);
  return {
    documents: await ids('MATCH (d:Document) RETURN d.id AS id ORDER BY id'),
    facts: await ids(
      `MATCH (f) WHERE f:Quote OR f:Claim OR f:Event OR f:Report
       RETURN head([l IN labels(f) WHERE l IN ['Quote', 'Claim', 'Event', 'Report']]) + ' ' + f.id AS id ORDER BY id`,
    ),
    relations: await ids('MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN type(r) + " " + r.id AS id ORDER BY id'),
    audit: await ids('MATCH (a:AuditEntry) RETURN a.operation + " " + a.target + " " + a.id AS id ORDER BY id'),
    nodes: await lines(
      `MATCH (n) WITH apoc.coll.sort(labels(n)) AS labels, apoc.convert.toSortedJsonMap(properties(n)) AS props
       RETURN apoc.text.join(labels, ':') + ' ' + props AS line ORDER BY line`,
    ),
    relationships: await lines(
      `MATCH (a)-[r]->(b)
       WITH type(r) AS type, coalesce(a.id, apoc.convert.toSortedJsonMap(properties(a))) AS from,
            coalesce(b.id, apoc.convert.toSortedJsonMap(properties(b))) AS to,
              apoc.convert.toSortedJsonMap(properties(r)) AS props
       RETURN from + ' -' + type + '-> ' + to + ' ' + props AS line ORDER BY line`,
    ),
  };
}

describe.skipIf(!hasJava)('quotegraph db dump / db load', () => {
  let dataDir = '';
  afterAll(async () => {
    if (dataDir) {
      await stopLocalServer(dataDir);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('when the graph is dumped, wiped and loaded again, then every document, fact, relation and audit entry ' +
    'is back; bad files and a remote server are refused with the file and the reason', async () => {
    // its own Neo4j in a throw-away data folder: dump and load stop and start the server, which the
    // shared test server of the other files must never see
    let env: Record<string, string>;
    ({ dataDir, env } = await ownServerEnv('dump'));
    const quotegraph = (args: string[], extra: Record<string, string> = {}): Promise<Closed> => {
      const child = spawn(process.execPath, [path.join(projectRoot(), 'bin', 'quotegraph.js'), ...args], {
        env: { ...env, ...extra },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return watchOutput(child).closed;
    };
    const expectOk = (run: Closed) => expect(run.code, run.stdout + run.stderr).toBe(0);
    const openDb = async () => {
      const running = await findLocalServer(dataDir);
      expect(running, 'the local Neo4j runs').not.toBeNull();
      const driver = await connect({ uri: running!.state.uri, ...running!.credentials, database: 'neo4j' }, 120_000);
      return {
        db: new Database(driver, 'neo4j', await CypherRegistry.load(path.join(projectRoot(), 'cypher')), 300_000),
        pid: running!.state.pid,
      };
    };

    expectOk(await quotegraph(['db', 'start']));
    expectOk(await quotegraph(['ingest', path.join(projectRoot(), 'data', 'sample')]));
    let { db, pid } = await openDb();
    // curator writes leave audit entries: an entity created, an alias added, a quote retracted
    const person = await upsertEntity(db, 'dump-load-test', { kind: 'PERSON', name: 'Dora Dumpling' });
    await addAlias(db, 'dump-load-test', person, 'D. Dumpling');
    const [quote] = await db.raw('MATCH (q:Quote) RETURN q.id AS id ORDER BY id LIMIT 1');
    await retractFact(db, 'dump-load-test', quote!.id as string, 'retracted before the dump');
    const before = await snapshot(db);
    await db.close();
    expect(before.documents.length).toBe(6);
    expect(before.facts.filter((f) => f.startsWith('Quote ')).length).toBeGreaterThan(10);
    for (const kind of ['Claim ', 'Event ', 'Report '])
      expect(
        before.facts.some((f) => f.startsWith(kind)),
        kind,
      ).toBe(true);
    expect(before.relations.length).toBeGreaterThan(0);
    expect(before.audit.map((a) => a.split(' ')[0])).toEqual(
      expect.arrayContaining(['upsertEntity', 'addAlias', 'retractFact']),
    );

    // bad targets are refused before the server is stopped
    const file = path.join(dataDir, 'backup.dump');
    const noFolder = path.join(dataDir, 'missing', 'backup.dump');
    let run = await quotegraph(['db', 'dump', noFolder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${noFolder}: its folder ${path.dirname(noFolder)} does not exist`);
    expect((await findLocalServer(dataDir))?.state.pid).toBe(pid);

    run = await quotegraph(['db', 'dump', file]);
    expectOk(run);
    expect(run.stdout).toContain(`Dumped database "neo4j" to ${file}`);
    expect(run.stdout).toContain('The local Neo4j runs again.');
    expect((await stat(file)).size).toBeGreaterThan(0);
    run = await quotegraph(['db', 'dump', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: already exists; pass --force`);

    // wipe everything, the migrations' own nodes too
    ({ db, pid } = await openDb());
    await db.raw('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
    expect(await db.raw('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
    await db.close();

    // load refuses what is not a whole dump, and an existing database without --force, before stopping anything
    const missing = path.join(dataDir, 'no-such.dump');
    const text = path.join(dataDir, 'notes.dump');
    const truncated = path.join(dataDir, 'truncated.dump');
    await writeFile(text, 'these are notes, not a dump\n');
    const whole = await readFile(file);
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const refusals: Array<[string[], string]> = [
      [['db', 'load', missing], `${missing}: no such file`],
      [['db', 'load', '--force', text], `${text}: is not a Neo4j dump`],
      [
        ['db', 'load', '--force', truncated],
        `${truncated}: neo4j-admin cannot load it, so the database was left as it was`,
      ],
      [['db', 'load', file], `${file}: not loaded, because the local data folder already holds the database "neo4j"`],
    ];
    for (const [args, message] of refusals) {
      run = await quotegraph(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(message);
    }
    expect((await findLocalServer(dataDir))?.state.pid, 'the refusals left the server running').toBe(pid);

    // a server quotegraph did not start: refused, saying what to use instead
    run = await quotegraph(['db', 'load', '--force', file], {
      NEO4J_URI: 'bolt://neo4j.example.org:7687',
      NEO4J_PASSWORD: 'unused',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('NEO4J_URI points at bolt://neo4j.example.org:7687');
    expect(run.stderr).toContain('neo4j-admin database load');
    run = await quotegraph(['db', 'dump', path.join(dataDir, 'remote.dump')], {
      NEO4J_URI: 'bolt://neo4j.example.org:7687',
      NEO4J_PASSWORD: 'unused',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('neo4j-admin database dump');

    run = await quotegraph(['db', 'load', '--force', file]);
    expectOk(run);
    expect(run.stdout).toContain('The local Neo4j runs again and holds 6 documents');

    ({ db } = await openDb());
    const after = await snapshot(db);
    await db.close();
    expect(after.documents).toEqual(before.documents);
    expect(after.facts).toEqual(before.facts);
    expect(after.relations).toEqual(before.relations);
    expect(after.audit).toEqual(before.audit);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
  }, 1_800_000); // a safety net: four starts of a real Neo4j on a loaded machine, each awaited on what it prints
});
