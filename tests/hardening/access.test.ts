import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/api-keys.ts';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { typed } from '../gql/gql.ts';

const upsert = typed(
  `mutation AccUpsertEntity($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id name }
    errors { code message field } } }`,
);

describe('access: API keys and roles', () => {
  const scope = testScope('access').toLowerCase();
  const { keys, env } = testKeys(scope);
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  let strict: Awaited<ReturnType<typeof startCapturedApi>>;
  const entityId = `person:${scope}`;
  const exists = async () =>
    (await db.raw('MATCH (e:Entity {id: $id}) RETURN count(e) AS n', { id: entityId }))[0]!.n as number;

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    strict = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env, READS_REQUIRE_KEY: 'true' });
  });
  afterAll(async () => {
    await db.raw('MATCH (n) WHERE (n:Entity AND n.id = $id) OR (n:AuditEntry AND n.target = $id) DETACH DELETE n', {
      id: entityId,
    });
    await api?.stop();
    await strict?.stop();
    await db.close();
  });

  it('when reads are public, then an anonymous query is answered', async () => {
    const r = await gql(api, typed(`query AccServerInfo { serverInfo { version } }`));
    expect(r.status).toBe(200);
    expect(r.body?.data?.serverInfo.version).toBeTruthy();
  });

  it(
    'when reads require a key, ' + 'then an anonymous query is UNAUTHENTICATED (401) and a reader key is answered',
    async () => {
      const anon = await gql(strict, typed(`query AccServerInfo2 { serverInfo { version } }`));
      expect(anon.status).toBe(401);
      expect(anon.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anon.body?.data ?? null).toBeNull();
      const reader = await gql(
        strict,
        typed(`query AccServerInfo3 { serverInfo { version } }`),
        {},
        bearer(keys.reader),
      );
      expect(reader.status).toBe(200);
      expect(reader.body?.data?.serverInfo.version).toBeTruthy();
    },
  );

  it('when a mutation comes without a key, then it is UNAUTHENTICATED and nothing is written', async () => {
    const r = await gql(api, upsert, { input: { id: entityId, kind: 'PERSON', name: 'Anon Attempt' } });
    expect(r.status).toBe(401);
    expect(r.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await exists()).toBe(0);
  });

  it('when a mutation comes with a reader key, then it is FORBIDDEN (403) and nothing is written', async () => {
    const r = await gql(
      api,
      upsert,
      { input: { id: entityId, kind: 'PERSON', name: 'Reader Attempt' } },
      bearer(keys.reader),
    );
    expect(r.status).toBe(403);
    expect(r.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await exists()).toBe(0);
  });

  it('when the key is unknown or the header malformed, then even a public read is UNAUTHENTICATED', async () => {
    for (const h of [
      bearer('qg_not-a-key'),
      { authorization: 'Basic abc' },
      { authorization: `Bearer ${hashApiKey(keys.admin)}` },
    ]) {
      const r = await gql(api, typed(`query AccServerInfo4 { serverInfo { version } }`), {}, h);
      expect(r.status).toBe(401);
      expect(r.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it(
    'when an editor key upserts, ' +
      'then it is written, and auditLog is FORBIDDEN to the editor but shown to the admin',
    async () => {
      const r = await gql(
        api,
        upsert,
        { input: { id: entityId, kind: 'PERSON', name: 'Editor Made' } },
        bearer(keys.editor),
      );
      expect(r.body?.errors, api.logs.filter((l) => l.includes('internal error')).join('\n')).toBeUndefined();
      expect(r.body?.data?.upsertEntity).toEqual({ entity: { id: entityId, name: 'Editor Made' }, errors: [] });
      expect(await exists()).toBe(1);
      const q = typed(`query AccAuditLog { auditLog(first: 50) { edges { node { who operation target } } } }`);
      const asEditor = await gql(api, q, {}, bearer(keys.editor));
      expect(asEditor.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asAdmin = await gql(api, q, {}, bearer(keys.admin));
      expect(asAdmin.body?.errors, api.logs.filter((l) => l.includes('internal error')).join('\n')).toBeUndefined();
      expect(asAdmin.body?.data?.auditLog.edges.map((e) => e.node)).toContainEqual({
        who: `${scope}-editor (editor)`,
        operation: 'upsertEntity',
        target: entityId,
      });
    },
  );

  it(
    'when requests carry keys, ' + 'then no key (nor its hash) appears in any log line, while the request is logged',
    async () => {
      await gql(api, typed(`query AccServerInfo5 { serverInfo { version } }`), {}, bearer(keys.admin));
      await gql(api, typed(`query AccServerInfo6 { serverInfo { version } }`), {}, bearer('qg_wrong-key-in-log-test'));
      await gql(strict, typed(`query AccServerInfo7 { serverInfo { version } }`), {}, bearer(keys.reader));
      const all = [...api.logs, ...strict.logs].join('');
      expect(all).toContain('graphql request');
      for (const k of [keys.reader, keys.editor, keys.admin, 'qg_wrong-key-in-log-test']) {
        expect(all).not.toContain(k);
        expect(all).not.toContain(hashApiKey(k));
      }
    },
  );
});

describe('access: quotegraph apikey create', () => {
  it(
    'when a key is created, ' +
      'then it is printed once, only its hash is stored (mode 0600), and the hash line is printed',
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'qg-keys-'));
      try {
        const file = path.join(dir, 'api-keys.json');
        const run = spawnSync(
          process.execPath,
          [
            path.join(projectRoot(), 'bin', 'quotegraph.js'),
            'apikey',
            'create',
            '--name',
            'ci-bot',
            '--role',
            'editor',
          ],
          {
            env: { ...process.env, QUOTEGRAPH_API_KEYS_FILE: file },
            encoding: 'utf8',
          },
        );
        expect(run.status).toBe(0);
        const key = run.stdout.trim();
        expect(key).toMatch(/^qg_[A-Za-z0-9_-]{43}$/);
        const stored = await readFile(file, 'utf8');
        expect(stored).not.toContain(key);
        expect(JSON.parse(stored)).toEqual([{ name: 'ci-bot', role: 'editor', sha256: hashApiKey(key) }]);
        expect(run.stderr).toContain(`ci-bot:editor:${hashApiKey(key)}`);
        expect(run.stderr).not.toContain(key);
        const again = spawnSync(
          process.execPath,
          [path.join(projectRoot(), 'bin', 'quotegraph.js'), 'apikey', 'create', '--name', 'x', '--role', 'root'],
          { encoding: 'utf8' },
        );
        expect(again.status).toBe(2);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
