import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

  it('when a line of the file is malformed, then it is skipped and counted, naming the file and the line', () => {
    // one entity whose name nothing in the graph has (so nothing is written), then a broken line
    const bad = path.join(tmp, 'bad.jsonl');
    const nobody = { type: 'item', id: 'Q1', labels: { en: { language: 'en', value: 'Nobody Quillfeather-Xq' } } };
    writeFileSync(bad, `${JSON.stringify(nobody)}\n{"type":"item""id":"Q7184"}\n`);
    const r = runCli(['wikidata', 'link', bad, '--state', path.join(tmp, 'bad.state.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${bad}:2: skipped, not a Wikidata entity`);
    expect(r.stdout).toContain('1 Wikidata entities read');
    expect(r.stdout).toContain('1 malformed lines skipped');
    expect(r.stdout).toContain('0 links');
    expect(r.stdout).toContain('Dated statements: 0 facts in 0 Wikidata documents');
  });

  it('when --as-of is not a calendar day, then it refuses naming the flag, before reading anything', () => {
    const empty = path.join(tmp, 'empty-as-of.jsonl');
    writeFileSync(empty, '');
    const r = runCli(['wikidata', 'link', empty, '--as-of', '2026-02-30']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--as-of');
    expect(r.stderr).toContain('2026-02-30');
  });

  it('when the file does not exist, then it says so', () => {
    const r = runCli(['wikidata', 'link', path.join(tmp, 'nope.json.bz2')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('nope.json.bz2: no such file');
  });
});
