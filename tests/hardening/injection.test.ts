import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/errors/app-error.ts';
import type { Database } from '../../src/db/database.ts';
import { footprint } from '../support/graph-footprint.ts';
import { loadSampleCorpus } from '../support/sample-corpus.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';

/**
 * Hostile values through every argument (and input field) of every root field, Query and Mutation,
 * found by introspection so new operations are covered without editing this file. Each answer must
 * be data or errors from our closed vocabulary (never INTERNAL_SERVER_ERROR, never a 5xx), and the
 * sample corpus's part of the graph must be byte-for-byte what it was. Mutations run with an admin
 * key, so they reach their validation and their Cypher; writes they legitimately make go to ids in
 * this test's scope and are checked (stored verbatim), then deleted.
 */

const MiB = 1024 * 1024;
const hostileStrings: [string, string][] = [
  ['single quote', "'"],
  ['double quote', '"'],
  ['backtick', '`'],
  ['backslash', '\\'],
  ['map close + delete', '"}) DETACH DELETE n //'],
  ['quote close + delete', "') MATCH (n) DETACH DELETE n //"],
  ['backtick label', '`Entity`) DETACH DELETE n //'],
  ['block comment', '/* */ RETURN 1 //'],
  ['line comment', '// comment\nMATCH (n) DETACH DELETE n'],
  ['parameter lookalike', '$id'],
  ['map literal', '{id: 1}'],
  ['union injection', 'x UNION MATCH (n) RETURN n'],
  ['lucene syntax', 'a AND b OR "c" ~2 ^3 ( [ { * ? \\'],
  ['NUL', 'a\u0000b'],
  ['only NUL', '\u0000'],
  ['BOM', '\uFEFF'],
  ['RTL override', '\u202Egnp.exe'],
  ['astral + ZWJ', '👩‍👩‍👧 𝕏'],
  ['lone surrogate', '\uD800'],
  ['combining marks', 'e\u0301\u0301\u0301'],
  ['fullwidth', 'ＤＥＴＡＣＨ　ＤＥＬＥＴＥ'],
  ['CRLF', 'a\r\nb'],
  ['empty', ''],
  ['spaces', '   '],
  ['1 MiB', 'x'.repeat(MiB)],
  ['1 MiB of quotes', '"'.repeat(MiB)],
  ['date-like', '2026-02-30'],
  ['id-like', 'person:x"}) DETACH DELETE n //'],
  ['cursor-like', Buffer.from(JSON.stringify({ k: "' OR 1=1 //" })).toString('base64url')],
];
const hostileNumbers: [string, unknown][] = [
  ['negative', -1],
  ['zero', 0],
  ['huge', 2 ** 31 - 1],
  ['over int32', 2 ** 31],
  ['float', 1.5],
  ['numeric string', '1; DROP'],
  ['NaN-ish', 'NaN'],
];
const hostileDates: [string, unknown][] = [
  ['Feb 30', '2026-02-30'],
  ['month 13', '2026-13-01'],
  ['year 0', '0000-01-01'],
  ['injection', "2026-02-17' OR 1=1 //"],
  ['datetime', '2026-02-17T00:00:00Z'],
  ['number', 20260217],
];
const wrongTypes: [string, unknown][] = [
  ['object', { $ne: null }],
  ['list', ['a']],
  ['bool', true],
];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface FullType {
  name: string;
  kind: string;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const introspection =
  `{ __schema { types { name kind enumValues { name } fields { name type { ${typeRef} } args { name ` +
  `defaultValue type { ${typeRef} } } } inputFields { name defaultValue type { ${typeRef} } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const printType = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${printType(t.ofType!)}!` : t.kind === 'LIST' ? `[${printType(t.ofType!)}]` : t.name!;

describe('injection and bad input through every argument', () => {
  const scope = testScope('inj').toLowerCase();
  const { keys, env } = testKeys(scope);
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  let sampleIds: string[] = [];
  let types = new Map<string, FullType>();

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSampleCorpus(db);
    sampleIds = (
      await db.raw(
        "MATCH (d:Document) WHERE d.url STARTS WITH 'https://sample.quotegraph.invalid/' RETURN d.id AS id ORDER BY id",
      )
    ).map((r) => r.id as string);
    // Admission budgets wide enough that the four workers below are never shed (a 503 OVERLOADED would
    // leave a value untested); shedding has its own test (admission.test.ts).
    api = await startCapturedApi(db, {
      QUOTEGRAPH_API_KEYS: env,
      GRAPHQL_MAX_COST: '1000000',
      GRAPHQL_MAX_ALIASES: '50',
      ADMISSION_ANALYTICS: '4,16,60000',
      ADMISSION_WRITE: '4,16,60000',
    });
    const r = await gql(api, introspection, {}, bearer(keys.admin));
    // the introspection query is built at run time: its data has the shape it asks for
    const data = r.body!.data as { __schema: { types: FullType[] } };
    types = new Map(data.__schema.types.map((t) => [t.name, t]));
  });
  afterAll(async () => {
    await db.raw('MATCH (a:AuditEntry) WHERE a.who STARTS WITH $scope DETACH DELETE a', { scope });
    await db.raw('MATCH (n) WHERE (n:Entity OR n:EntityRedirect) AND n.id CONTAINS $scope DETACH DELETE n', { scope });
    await api?.stop();
    await db.close();
  });

  /** A valid value for a type: ids point into this test's scope (so lookups find nothing and writes stay ours). */
  function baseline(t: TypeRef, argName: string): unknown {
    if (t.kind === 'NON_NULL') return baseline(t.ofType!, argName);
    if (t.kind === 'LIST') return [baseline(t.ofType!, argName)];
    const type = types.get(t.name!)!;
    switch (type.kind) {
      case 'SCALAR':
        if (t.name === 'ID') return /^(merge)$/.test(argName) ? `person:${scope}-m` : `person:${scope}-e`;
        if (t.name === 'Int') return 1;
        if (t.name === 'Float') return 1;
        if (t.name === 'Boolean') return argName === 'dryRun';
        if (t.name === 'Date') return '2026-02-17';
        return argName === 'sourceDocumentId' ? 'doc:00000000000000000000' : `x ${scope}`;
      case 'ENUM':
        return type.enumValues![0]!.name;
      case 'INPUT_OBJECT': {
        const o: Record<string, unknown> = {};
        // dryRun keeps ingestDocument from writing; an explicit id keeps upsertEntity inside the scope
        for (const f of type.inputFields!)
          if (f.type.kind === 'NON_NULL' || f.name === 'dryRun' || f.name === 'id')
            o[f.name] = baseline(f.type, f.name);
        return o;
      }
      default:
        throw new Error(`no baseline for ${type.kind} ${t.name}`);
    }
  }

  /** Every place a value goes: [path within the args, its type]; input object fields included, one level. */
  function slots(args: InputValue[]): { path: string[]; type: TypeRef }[] {
    const out: { path: string[]; type: TypeRef }[] = [];
    for (const a of args) {
      out.push({ path: [a.name], type: a.type });
      const inner = types.get(named(a.type).name!)!;
      if (inner.kind === 'INPUT_OBJECT')
        for (const f of inner.inputFields!) if (f.name !== 'dryRun') out.push({ path: [a.name, f.name], type: f.type });
    }
    return out;
  }

  function hostileFor(t: TypeRef): [string, unknown][] {
    const n = named(t);
    const type = types.get(n.name!)!;
    const list = t.kind === 'LIST' || (t.kind === 'NON_NULL' && t.ofType!.kind === 'LIST');
    let values: [string, unknown][];
    if (type.kind === 'ENUM')
      values = [
        ['bad enum', 'DETACH_DELETE'],
        ['lowercase enum', type.enumValues![0]!.name.toLowerCase()],
        ...hostileStrings.slice(0, 6),
      ];
    else if (n.name === 'Int' || n.name === 'Float') values = hostileNumbers;
    else if (n.name === 'Date') values = hostileDates;
    else if (n.name === 'Boolean')
      values = [
        ['string', 'true'],
        ['number', 1],
      ];
    else if (type.kind === 'INPUT_OBJECT')
      values = [
        ['string', '"}) DETACH DELETE n //'],
        ['unknown field', { __proto__: 1, constructor: 'x' }],
      ];
    else values = hostileStrings;
    values = [...values, ...wrongTypes, ['null', null]];
    if (list)
      values = [
        ...values.map(([k, v]) => [`[${k}]`, [v]] as [string, unknown]),
        ['10 000 items', Array.from({ length: 10_000 }, (_, i) => `x${i}`)],
        ['empty list', []],
      ];
    return values;
  }

  function setPath(args: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
    const copy = structuredClone(args);
    if (path.length === 1) copy[path[0]!] = value;
    else copy[path[0]!] = { ...(copy[path[0]!] as object), [path[1]!]: value };
    return copy;
  }

  /** A selection that reads scalars only: enough to run the resolver, cheap to answer. */
  function selectionFor(t: TypeRef, depth = 0): string {
    const type = types.get(named(t).name!)!;
    if (type.kind === 'SCALAR' || type.kind === 'ENUM') return '';
    if (type.kind === 'UNION' || type.kind === 'INTERFACE') return '{ __typename }';
    const fields = type.fields!.filter((f) => f.args.length === 0);
    const scalars = fields
      .filter((f) => ['SCALAR', 'ENUM'].includes(types.get(named(f.type).name!)!.kind))
      .map((f) => f.name);
    const nested =
      depth < 2
        ? fields
            .filter((f) => ['OBJECT'].includes(types.get(named(f.type).name!)!.kind))
            .map((f) => `${f.name} ${selectionFor(f.type, depth + 1)}`)
        : [];
    return `{ __typename ${[...scalars, ...nested].join(' ')} }`;
  }

  it('when every argument of every operation gets hostile values, ' +
    'then each answer is clean and the graph is unchanged', async () => {
    const before = await footprint(db, sampleIds);
    expect(before.nodes).toBeGreaterThan(20);
    const failures: string[] = [];
    let requests = 0;
    const closed = new Set<string>(ErrorCodes.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));
    const jobs: (() => Promise<void>)[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of types.get(root)!.fields!) {
        if (field.args.length === 0) continue;
        const varDefs = field.args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
        const query =
          `${root === 'Mutation' ? 'mutation' : 'query'} Fuzz(${varDefs}) { ${field.name}(` +
          field.args.map((a) => `${a.name}: $${a.name}`).join(', ') +
          `) ${selectionFor(field.type)} }`;
        const base = Object.fromEntries(field.args.map((a) => [a.name, baseline(a.type, a.name)]));
        for (const slot of slots(field.args)) {
          for (const [label, value] of hostileFor(slot.type)) {
            jobs.push(async () => {
              const variables = setPath(base, slot.path, value);
              requests++;
              const r = await gql(api, query, variables, bearer(keys.admin));
              const where = `${root}.${field.name}(${slot.path.join('.')}) <- ${label}`;
              if (r.status >= 500 || !r.body)
                return void failures.push(`${where}: HTTP ${r.status} ${r.text.slice(0, 200)}`);
              for (const e of r.body.errors ?? []) {
                if (!closed.has(String(e.extensions?.code)))
                  failures.push(`${where}: ${e.extensions?.code} ${e.message.slice(0, 200)}`);
              }
            });
          }
        }
      }
    }
    const queue = [...jobs];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) await job();
      }),
    );
    console.info(`[injection] ${requests} requests, ${jobs.length} argument/value pairs`);
    expect(requests).toBeGreaterThan(500);
    expect(failures, failures.join('\n')).toEqual([]);
    const after = await footprint(db, sampleIds);
    expect(after).toEqual(before);
    // writes that were allowed stayed inside this test's scope, stored verbatim
    const stray = await db.raw(
      "MATCH (n:Entity) WHERE n.name CONTAINS 'DETACH DELETE' AND NOT n.id CONTAINS $scope RETURN n.id AS id",
      { scope },
    );
    expect(stray).toEqual([]);
    const [ours] = await db.raw('MATCH (n:Entity) WHERE n.id = $id RETURN n.name AS name', { id: `person:${scope}-e` });
    expect(ours?.name).toBeTruthy();
  }, 600_000);
});
