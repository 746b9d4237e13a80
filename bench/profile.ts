// `npx tsx bench/profile.ts <bench data dir> <cypher name> '<params json>'`: PROFILEs one registry
// statement (or a .cypher file, to compare a rewrite) on a running bench database (e.g. while
// `npm run bench` is in its query phase, or one kept with NEO4J_URI) and prints total dbHits and
// the operators that spend them, largest first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../src/config/config.ts';
import { CypherRegistry } from '../src/db/cypher-registry.ts';

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

const [dataDir, name, paramsJson] = process.argv.slice(2);
if (!dataDir || !name) throw new Error('usage: bench/profile.ts <bench data dir> <cypher name> [params json]');
const creds = JSON.parse(readFileSync(path.join(dataDir, 'credentials.json'), 'utf8')) as {
  user: string;
  password: string;
};
const state = JSON.parse(readFileSync(path.join(dataDir, 'neo4j', 'run', 'quotegraph-server.json'), 'utf8')) as {
  uri: string;
};
const queries = await CypherRegistry.load(path.join(projectRoot(), 'cypher'));
const driver = neo4j.driver(state.uri, neo4j.auth.basic(creds.user, creds.password));
try {
  const session = driver.session({ defaultAccessMode: 'READ' });
  const text = name.endsWith('.cypher') ? readFileSync(name, 'utf8') : queries.get(name).text;
  const res = await session.run(`PROFILE ${text}`, JSON.parse(paramsJson ?? '{}'));
  await session.close();
  const ops: { op: string; hits: number; rows: number; detail: string }[] = [];
  const walk = (p: Plan) => {
    ops.push({
      op: p.operatorType,
      hits: p.dbHits,
      rows: p.rows,
      detail: String(p.arguments.Details ?? '').slice(0, 110),
    });
    p.children.forEach(walk);
  };
  walk(res.summary.profile as unknown as Plan);
  const total = ops.reduce((s, o) => s + o.hits, 0);
  console.log(`${name}: ${total} dbHits, ${res.records.length} rows`);
  for (const o of ops.sort((a, b) => b.hits - a.hits).slice(0, 12))
    console.log(`${String(o.hits).padStart(9)} ${String(o.rows).padStart(8)}  ${o.op}  ${o.detail}`);
} finally {
  await driver.close();
}
