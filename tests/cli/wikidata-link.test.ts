import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import { runCli } from '../support/run-cli.ts';

// Only runs that write nothing: the linking itself is tested in tests/wikidata/link-wikidata.test.ts
// on this test's own entities (the command links every entity of the shared test graph).
describe('quotegraph wikidata link', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-wikidata-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('when given an empty JSON-lines file with --json, then it prints a summary object with zero counts', () => {
    const empty = path.join(tmp, 'empty.jsonl');
    writeFileSync(empty, '');
    const r = runCli(['wikidata', 'link', empty, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      files: [empty],
      entitiesRead: 0,
      links: 0,
      linksChanged: 0,
      candidates: 0,
    });
  });

  it('when a line of the file is malformed, then it fails naming the file and the line', () => {
    const dump = readFileSync(path.join(projectRoot(), 'tests/fixtures/wikidata/entities-dump.json'), 'utf8');
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, dump.replace('{"type":"item","id":"Q7184"', '{"type":"item""id":"Q7184"'));
    const r = runCli(['wikidata', 'link', bad]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`${bad}:3: malformed Wikidata entity line`);
  });

  it('when the file does not exist, then it says so', () => {
    const r = runCli(['wikidata', 'link', path.join(tmp, 'nope.json.bz2')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('nope.json.bz2: no such file');
  });
});
