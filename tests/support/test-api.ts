import path from 'node:path';
import { loadConfig, projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { loadMigrations } from '../../src/db/migrate.ts';
import { startApi, type RunningApi } from '../../src/server/start-api.ts';
import { version } from '../../src/version.ts';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { connectionOf } from './test-database.ts';

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

/**
 * The real HTTP server on a free loopback port, on the given database. On a database from
 * openTestDatabase it executes on a thread of its own as `quotegraph start` does (EXECUTION_THREADS,
 * default 1; a test may set 0); on one a test built itself, on the HTTP thread.
 */
export async function startTestApi(db: Database, env: Record<string, string> = {}): Promise<RunningApi> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...UNHURRIED_ADMISSION, ...env });
  const connection = connectionOf(db);
  return startApi(config, db, await loadMigrations(path.join(projectRoot(), 'cypher', 'migrations')), version, {
    ...(connection ? { connection } : {}),
  });
}

/** The JSON answer of /graphql: `data` has the document's generated result type (unknown for a string query). */
export type GraphQLBody<Data = unknown> = {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
};

/**
 * POSTs a body (an object is sent as JSON, a string as is) to /graphql; the body is null when the answer is not JSON.
 */
export async function post<Data = unknown>(api: { url: string }, body: unknown, headers: Record<string, string> = {}) {
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
  // A reused keep-alive socket the server closed a moment earlier (Node closes a connection as idle
  // only while no request is on it) fails once, as a reset or, when the close crosses the request on
  // the wire, as "other side closed" (seen on a machine at load 20): a client race, not an answer of
  // the server. Retry that, and only that, once.
  const res = await send().catch((err: { cause?: { code?: string } }) => {
    if (err?.cause?.code === 'ECONNRESET' || err?.cause?.code === 'UND_ERR_SOCKET') return send();
    throw err;
  });
  const text = await res.text();
  let json: GraphQLBody<Data> | null = null;
  try {
    json = JSON.parse(text) as GraphQLBody<Data>;
  } catch {
    // not JSON: the test decides whether that is a failure
  }
  return { status: res.status, headers: res.headers, text, body: json };
}

/**
 * Sends a GraphQL request. A typed document (`typed(`query ...`)` from tests/gql) types the answer's
 * data and checks the variables; a plain string (a deliberately invalid or hand-built query) gives
 * `data: unknown`.
 */
export function gql(
  api: { url: string },
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<Answer<StringQueryData>>;
export function gql<Data, Variables>(
  api: { url: string },
  query: TypedDocumentString<Data, Variables>,
  variables?: Variables,
  headers?: Record<string, string>,
): Promise<Answer<Data>>;
export function gql(
  api: { url: string },
  query: string | TypedDocumentString<unknown, unknown>,
  variables: unknown = {},
  headers: Record<string, string> = {},
): Promise<Answer<unknown>> {
  return post(api, { query: query.toString(), variables }, headers);
}

// The data of a string query (one built at run time, or deliberately invalid): nothing is known of it.
type StringQueryData = unknown;

type Answer<Data> = { status: number; headers: Headers; text: string; body: GraphQLBody<Data> | null };

/** A GraphQL request whose answer must be JSON. */
export async function graphql(
  api: { url: string },
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<{ status: number; body: GraphQLBody<StringQueryData> }>;
export async function graphql<Data, Variables>(
  api: { url: string },
  query: TypedDocumentString<Data, Variables>,
  variables?: Variables,
  headers?: Record<string, string>,
): Promise<{ status: number; body: GraphQLBody<Data> }>;
export async function graphql(
  api: { url: string },
  query: string | TypedDocumentString<unknown, unknown>,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const r = await gql(api, query.toString(), variables, headers);
  if (!r.body)
    throw new Error(`/graphql answered ${r.status} with something that is not JSON: ${r.text.slice(0, 200)}`);
  return { status: r.status, body: r.body };
}

/** The answer's data, or an error naming the GraphQL errors when there is none. */
export function dataOf<Data>(body: GraphQLBody<Data> | null | undefined): Data {
  if (body?.data == null) throw new Error(`no data in the answer: ${JSON.stringify(body?.errors ?? body)}`);
  return body.data;
}
