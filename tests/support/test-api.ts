import path from 'node:path';
import { loadConfig, projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { loadMigrations } from '../../src/db/migrate.ts';
import { startApi, type RunningApi } from '../../src/server/start-api.ts';
import { version } from '../../src/version.ts';

/**
 * Admission budgets for tests that are not about admission: the default budgets shed by how fast the
 * machine answers (three concurrent influence calls on a CPU-starved CI runner waited more than 3 s
 * and one was refused OVERLOADED), and a test may not pass or fail by the machine's speed. The same
 * slots as the defaults, with the longest queue wait allowed; tests/hardening/admission.test.ts sets
 * its own budgets.
 */
export const UNHURRIED_ADMISSION = {
  ADMISSION_LOOKUP: '4,1000,60000',
  ADMISSION_PAGE: '3,1000,60000',
  ADMISSION_ANALYTICS: '1,1000,60000',
  ADMISSION_WRITE: '2,1000,60000',
};

/** The real HTTP server on a free loopback port, on the given database. */
export async function startTestApi(db: Database, env: Record<string, string> = {}): Promise<RunningApi> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...UNHURRIED_ADMISSION, ...env });
  return startApi(config, db, await loadMigrations(path.join(projectRoot(), 'cypher', 'migrations')), version);
}

type GraphQLBody = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

/** POSTs a body (an object is sent as JSON, a string as is) to /graphql; the body is null when the answer is not JSON. */
export async function post(api: { url: string }, body: unknown, headers: Record<string, string> = {}) {
  const send = () =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  // A reused keep-alive socket the server closed a moment earlier resets once (a client race, not
  // an answer of the server): retry that, and only that, once.
  const res = await send().catch((err: { cause?: { code?: string } }) => {
    if (err?.cause?.code === 'ECONNRESET') return send();
    throw err;
  });
  const text = await res.text();
  let json: GraphQLBody | null = null;
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {
    // not JSON: the test decides whether that is a failure
  }
  return { status: res.status, headers: res.headers, text, body: json };
}

export const gql = (
  api: { url: string },
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => post(api, { query, variables }, headers);

/** A GraphQL request whose answer must be JSON. */
export async function graphql(
  api: { url: string },
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const r = await gql(api, query, variables, headers);
  if (!r.body)
    throw new Error(`/graphql answered ${r.status} with something that is not JSON: ${r.text.slice(0, 200)}`);
  return { status: r.status, body: r.body };
}
