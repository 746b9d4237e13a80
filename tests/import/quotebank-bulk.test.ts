import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quotebankLines } from '../../bench/corpus/quotebank.ts';
import { projectRoot } from '../../src/config/config.ts';
import { connect } from '../../src/db/connect.ts';
import { CypherRegistry } from '../../src/db/cypher-registry.ts';
import { Database } from '../../src/db/database.ts';
import { findLocalServer, stopLocalServer } from '../../src/db/local/local-server.ts';
import { ownServerEnv } from '../support/own-server-env.ts';
import { type Closed, watchOutput } from '../support/process-output.ts';

const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) console.warn('[quotebank-bulk.test] skipped: no java on PATH (the bulk path runs neo4j-admin)');

/** Every node and relationship with all its properties, but the times of writing, sorted. */
async function snapshot(db: Database): Promise<string[]> {
  const rows = await db.raw(
    `MATCH (n) WHERE NOT n:Migration AND NOT n:PlanCheck
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m, apoc.map.removeKeys(properties(n), ['ingestedAt']) AS props
     RETURN apoc.text.join(apoc.coll.sort(labels(n)), ':') + ' ' + apoc.convert.toSortedJsonMap(props) +
            CASE WHEN r IS NULL THEN ''
              ELSE ' -' + type(r) + '-> ' + m.id + ' ' + apoc.convert.toSortedJsonMap(properties(r)) END AS line
     ORDER BY line`,
  );
  return rows.map((r) => r.line as string);
}

// Its own Neo4j in a throw-away data folder (the bulk path stops and starts the server): hand-written and
// generated Quotebank records go into the empty graph with neo4j-admin; importing the same files again by
// the transactional path must change nothing, so the two paths write the same graph.
describe.skipIf(!hasJava)('quotegraph import quotebank, the bulk path', () => {
  let dataDir = '';
  afterAll(async () => {
    if (dataDir) {
      await stopLocalServer(dataDir);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('when the local graph is empty, then neo4j-admin imports it, as the transactional path would', async () => {
    let env: Record<string, string>;
    ({ dataDir, env } = await ownServerEnv('bulk'));
    const quotegraph = (args: string[]): Promise<Closed> => {
      const child = spawn(process.execPath, [path.join(projectRoot(), 'bin', 'quotegraph.js'), ...args], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return watchOutput(child).closed;
    };
    const expectOk = (run: Closed) => expect(run.code, run.stdout + run.stderr).toBe(0);
    const edge = path.join(dataDir, 'edge-cases.jsonl');
    writeFileSync(
      edge,
      readFileSync(new URL('../fixtures/quotebank/edge-cases.jsonl', import.meta.url), 'utf8')
        .replaceAll('tag-', 'bulk-')
        .replaceAll('TAG', 'Bulk'),
    );
    const generated = path.join(dataDir, 'generated.jsonl');
    writeFileSync(generated, `${[...quotebankLines({ records: 400, seed: 5, tag: 'Gen' })].join('\n')}\n`);
    // a quotation over two lines: neo4j-admin is then told the fields may hold line breaks
    const multiline = path.join(dataDir, 'multiline.jsonl');
    const twoLines = 'The first line of it,\nand the second.';
    writeFileSync(
      multiline,
      `${JSON.stringify({
        quoteID: '2020-04-01-000900',
        quotation: twoLines,
        speaker: 'Lina Bulkline',
        qids: [],
        date: '2020-04-01 00:00:00',
        numOccurrences: 1,
        probas: [['Lina Bulkline', '0.9']],
        urls: ['https://bulk-lines.example/1'],
        phase: 'E',
      })}\n`,
    );

    expectOk(await quotegraph(['db', 'start']));
    let run = await quotegraph(['import', 'quotebank', edge, generated, multiline]);
    expectOk(run);
    expect(run.stdout).toContain('quotebank: 407 records imported in bulk from 414 lines');
    expect(run.stdout).toContain('6 bad lines skipped');
    expect(run.stderr).toContain(`${edge}:6: skipped: not JSON`);

    const running = await findLocalServer(dataDir);
    expect(running, 'the local Neo4j runs again').not.toBeNull();
    const driver = await connect({ uri: running!.state.uri, ...running!.credentials, database: 'neo4j' }, 120_000);
    const db = new Database(driver, 'neo4j', await CypherRegistry.load(path.join(projectRoot(), 'cypher')), 300_000);
    try {
      const bulk = await snapshot(db);
      expect(bulk.filter((l) => l.startsWith('Quote ')).length).toBeGreaterThan(400);
      const [kept] = await db.raw('MATCH (q:Quote {importedId: $id}) RETURN q.text AS text', {
        id: '2020-04-01-000900',
      });
      expect(kept?.text, 'a line break inside a quotation survives the bulk files').toBe(twoLines);
      // the indexes and constraints of every migration were applied after the import
      const constraints = (await db.raw('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name);
      expect(constraints.length).toBeGreaterThan(5);
      const [migrations] = await db.raw('MATCH (m:Migration) RETURN count(m) AS n');
      const files = (await import('node:fs')).readdirSync(path.join(projectRoot(), 'cypher', 'migrations'));
      expect(migrations!.n).toBe(files.filter((f) => f.endsWith('.cypher')).length);
      // the check of the Cypher files was carried over from the graph before (written with the backfills),
      // not run again on the new database
      const [checked] = await db.raw(
        `MATCH (c:PlanCheck {id: 'cypher-files'}), (m:Migration) WHERE m.appliedAt = c.checkedAt
         RETURN c.fingerprint AS fingerprint, count(m) AS sameMoment`,
      );
      expect(checked?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(checked?.sameMoment).toBeGreaterThan(0);

      // the graph is no longer empty: the same files by the transactional path, which changes nothing
      run = await quotegraph(['import', 'quotebank', edge, generated, multiline]);
      expectOk(run);
      expect(run.stdout).not.toContain('in bulk');
      expect(await snapshot(db)).toEqual(bulk);
    } finally {
      await db.close();
    }
    // a server start, a stop and start around neo4j-admin, and both imports: minutes on a busy machine
  }, 1_800_000);
});
