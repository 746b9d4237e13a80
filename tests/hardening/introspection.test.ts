import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { loadTypeDefs } from '../../src/graphql/load-schema.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { gql, post, startCapturedApi } from './support.ts';

/**
 * The query the GraphiQL page we serve (@graphql-yoga/render-graphiql 5.24.1, src/server/graphiql-page.ts)
 * sends to load the docs and autocompletion: its bundled builder is graphql-js's getIntrospectionQuery,
 * called with these options (TypeRef 9 ofType levels deep, 15 levels in all). A byte-for-byte capture
 * from the bundle was identical to this call; a GraphiQL upgrade that passes other options should
 * change them here.
 */
const GRAPHIQL_QUERY = getIntrospectionQuery({
  descriptions: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
/** graphql-js's standard introspection query with every option GraphiQL and other tools may turn on. */
const GRAPHQL_JS_QUERY = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});

/**
 * Each named type with its fields' and arguments' types (scalar descriptions come from resolvers,
 * so not the printed SDL).
 */
function signature(schema: GraphQLSchema): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of Object.values(schema.getTypeMap())) {
    if (t.name.startsWith('__')) continue;
    if (isObjectType(t) || isInterfaceType(t))
      out[t.name] = Object.values(t.getFields()).map(
        (f) => `${f.name}(${f.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')}): ${String(f.type)}`,
      );
    else if (isInputObjectType(t))
      out[t.name] = Object.values(t.getFields()).map((f) => `${f.name}: ${String(f.type)}`);
    else if (isEnumType(t)) out[t.name] = t.getValues().map((v) => v.name);
    else out[t.name] = [];
  }
  return out;
}

/** 13 levels of ordinary fields: past the default GRAPHQL_MAX_DEPTH of 12. */
const DEEP =
  '{ quotes(first: 1) { edges { node { speaker { roles { person { roles { organization { roles { person { ' +
  'roles { organization { id } } } } } } } } } } } } }';

describe('introspection under the default limits', () => {
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  let served: GraphQLSchema;
  beforeAll(async () => {
    served = buildSchema(await loadTypeDefs(path.join(projectRoot(), 'schema')));
    db = await openTestDatabase();
    // the defaults of GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_COST, GRAPHQL_MAX_ALIASES and the token cap
    api = await startCapturedApi(db, { LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    await api?.stop();
    await db.close();
  });

  for (const [name, query] of [
    ['GraphiQL', GRAPHIQL_QUERY],
    ['graphql-js getIntrospectionQuery (all options)', GRAPHQL_JS_QUERY],
  ] as const) {
    const title = `when ${name} sends its introspection query over HTTP, then the whole schema comes back and builds`;
    it(title, async () => {
      const r = await post(api, { query, operationName: 'IntrospectionQuery' });
      expect(r.body?.errors, r.text.slice(0, 500)).toBeUndefined();
      expect(r.status).toBe(200);
      const schema = buildClientSchema(r.body!.data as IntrospectionQuery);
      expect(schema.getQueryType()?.name).toBe('Query');
      expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(
        expect.arrayContaining(['quotes', 'timeline', 'search', 'influence', 'connections']),
      );
      // all of it: every type, field, argument and input field of the schema files, with their types
      expect(signature(schema)).toEqual(signature(served));
    });
  }

  it(
    'when an ordinary query is nested deeper than the limit, ' +
      'then it is still QUERY_TOO_COMPLEX, also next to __schema',
    async () => {
      for (const query of [DEEP, DEEP.replace(/^\{/, '{ __schema { queryType { name } }')]) {
        const r = await gql(api, query);
        expect(r.status).toBe(400);
        expect(r.body?.errors?.[0]).toMatchObject({
          extensions: { code: 'QUERY_TOO_COMPLEX' },
          message: expect.stringMatching(/nested 13 levels deep; at most 12/),
        });
      }
    },
  );

  it(
    'when an introspection query nests far past what any tool sends, ' +
      'then it is refused: type references too deep, or lists of types looping',
    async () => {
      const ofTypes = (n: number): string => (n === 0 ? 'name' : `name ofType { ${ofTypes(n - 1)} }`);
      const tooDeep = await gql(api, `{ __type(name: "Query") { fields { type { ${ofTypes(30)} } } } }`);
      expect(tooDeep.status).toBe(400);
      expect(tooDeep.body?.errors?.[0]).toMatchObject({
        extensions: { code: 'QUERY_TOO_COMPLEX' },
        message: expect.stringMatching(/introspection .* levels deep/),
      });
      // fields -> type -> fields -> ...: graphql's own MaxIntrospectionDepthRule (in its specified rules)
      const looping = await gql(
        api,
        '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
      );
      expect(looping.status).toBe(400);
      expect(looping.body?.errors?.[0]?.message).toMatch(/Maximum introspection depth exceeded/);
    },
  );
});
