import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import config from '../codegen.ts';

describe('generated code', () => {
  it('when codegen runs on the current schema, then every committed *.generated.ts file is identical', async () => {
    const root = projectRoot();
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      const committed = await readFile(path.resolve(root, out.filename), 'utf8');
      expect(committed, `${out.filename} is stale: run npm run codegen`).toBe(out.content);
    }
  });
});
