import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherRegistry } from '../../src/db/cypher-registry.ts';
import { Database } from '../../src/db/database.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { typed } from '../gql/gql.ts';
import type { TypedDocumentString } from '../gql/graphql.ts';

// NODE_ENV reaches the server only through loadConfig (src/config/config.ts), as startTestApi passes it.
// Errors thrown while resolving: an internal failure (a statement missing from the registry), a
// NOT_FOUND and a BAD_USER_INPUT raised by a resolver.
const RESOLVER_ERRORS: {
  name: string;
  broken: boolean;
  query: TypedDocumentString<unknown, { [key: string]: never }>;
}[] = [
  { name: 'INTERNAL_SERVER_ERROR', broken: true, query: typed(`query DevEntity { entity(id: "org:nato") { id } }`) },
  {
    name: 'NOT_FOUND',
    broken: false,
    query: typed(`query DevTimeline { timeline(entityIds: ["person:nobody-dev-mode"]) { totalCount } }`),
  },
  { name: 'BAD_USER_INPUT', broken: false, query: typed(`query DevQuotes { quotes(first: 101) { totalCount } }`) },
];

/** A stack trace in any form: V8's "    at fn (file:line:col)" lines. */
const STACK_LINE = /^\s*at .+(:\d+:\d+\)?|<anonymous>\)?)$/m;

const MODES: { mode: string; env: Record<string, string>; stacks: boolean }[] = [
  { mode: 'development', env: { NODE_ENV: 'development' }, stacks: true },
  { mode: 'production', env: { NODE_ENV: 'production' }, stacks: false },
  { mode: 'test', env: { NODE_ENV: 'test' }, stacks: false },
  { mode: 'unset (production by default)', env: {}, stacks: false },
];

describe.each(MODES)('errors when NODE_ENV is $mode', ({ env, stacks }) => {
  let db: Database;
  let broken: Database;
  let api: RunningApi;
  let brokenApi: RunningApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    const empty = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-empty-cypher-'));
    broken = new Database(db.driver, db.name, await CypherRegistry.load(empty), 5000);
    api = await startTestApi(db, env);
    brokenApi = await startTestApi(broken, env);
  });
  afterAll(async () => {
    await api.stop();
    await brokenApi.stop();
    await db.close();
  });

  it.each(RESOLVER_ERRORS)(
    `when a resolver fails with $name, then the error ${stacks ? 'carries' : 'carries no'} stack trace`,
    async ({ name, broken: useBroken, query }) => {
      const { body } = await graphql(useBroken ? brokenApi : api, query);
      const error = body.errors?.[0];
      expect(error?.extensions?.code).toBe(name);
      if (stacks) {
        const stacktrace = error?.extensions?.stacktrace;
        expect(Array.isArray(stacktrace)).toBe(true);
        const trace: unknown[] = Array.isArray(stacktrace) ? stacktrace : [];
        expect(trace.length).toBeGreaterThan(1);
        expect(trace.every((l: unknown) => typeof l === 'string')).toBe(true);
        expect(trace.join('\n')).toMatch(STACK_LINE);
        // the trace points into our code
        expect(trace.join('\n')).toMatch(/\/src\//);
      } else {
        expect(error?.extensions).not.toHaveProperty('stacktrace');
        expect(Object.keys(error?.extensions ?? {}).sort()).toEqual(
          name === 'BAD_USER_INPUT' ? ['code', 'field'] : ['code'],
        );
        expect(JSON.stringify(body)).not.toMatch(/\\n\s+at |\/src\/|node_modules/);
      }
    },
  );

  it('when the internal failure is reported, then its message is the generic one in every mode', async () => {
    const { body } = await graphql(brokenApi, RESOLVER_ERRORS[0]!.query);
    expect(body.errors?.[0]?.message).toBe('internal error');
  });

  it(
    'when a query does not validate, ' +
      "then the error never carries a stack trace (it is the caller's, not the server's)",
    async () => {
      const { body } = await graphql(api, '{ nope }');
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    },
  );
});
