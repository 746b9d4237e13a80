import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import config from '../codegen.ts';
import { CypherRegistry } from '../src/db/cypher-registry.ts';
import { exportedNames, renderStatementTypes } from '../src/db/render-statement-types.ts';

describe('generated code', () => {
  it(
    'when codegen runs on the current schema, then every committed generated file (resolver types, ' +
      'web/src/gql, src/client/examples, tests/gql) is identical',
    async () => {
      const root = projectRoot();
      const outputs = await generate({ ...config, cwd: root, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const out of outputs) {
        const committed = await readFile(path.resolve(root, out.filename), 'utf8');
        expect(committed, `${out.filename} is stale: run npm run codegen`).toBe(out.content);
      }
    },
  );

  it(
    'when the Cypher statement types are made from the headers of cypher/, ' +
      'then src/db/cypher.generated.ts is identical',
    async () => {
      const root = projectRoot();
      const registry = await CypherRegistry.load(path.join(root, 'cypher'));
      const exported = exportedNames(await readFile(path.join(root, 'src/db/row-types.ts'), 'utf8'));
      const committed = await readFile(path.join(root, 'src/db/cypher.generated.ts'), 'utf8');
      expect(registry.all().length).toBeGreaterThan(40);
      expect(committed, 'src/db/cypher.generated.ts is stale: run npm run codegen').toBe(
        renderStatementTypes(registry.all(), exported),
      );
    },
  );

  it("when the test fixtures' statements are typed by hand, then the types say what their headers say", async () => {
    const fixtures = await CypherRegistry.load(path.join(import.meta.dirname, 'hardening', 'fixtures', 'cypher'));
    const typed = await readFile(
      path.join(import.meta.dirname, 'hardening', 'fixtures', 'fixture-statements.ts'),
      'utf8',
    );
    for (const q of fixtures.all()) {
      const params = `{ ${q.params.map((p) => `${p}: unknown`).join('; ')} }`;
      expect(typed).toContain(`'${q.name}': { params: ${params}; row: ${q.row}; mode: '${q.mode}' };`);
    }
  });
});
