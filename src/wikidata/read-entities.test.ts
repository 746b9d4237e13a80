import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../config/config.ts';
import { readEntities } from './read-entities.ts';

const fixtures = path.join(projectRoot(), 'tests/fixtures/wikidata');
const dump = path.join(fixtures, 'entities-dump.json');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-wikidata-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ids = async (file: string, bzip2: 'auto' | 'command' | 'library' = 'auto') => {
  const out: string[] = [];
  for await (const r of readEntities(file, { bzip2 })) out.push(r.entity.id);
  return out;
};
const DUMP_IDS = ['Q324546', 'Q7184', 'Q30', 'Q183', 'Q41421', 'Q3308285'];
const hasBzip2 = spawnSync('bzip2', ['--help']).error === undefined;
/** the dump bzip2-compressed (by the bzip2 command, as Wikidata publishes it) */
const bzip2Dump = () => {
  const plain = path.join(tmp, 'latest-all.json');
  copyFileSync(dump, plain);
  expect(spawnSync('bzip2', ['-k', '-f', plain]).status).toBe(0);
  return `${plain}.bz2`;
};

describe('reading Wikidata entities', () => {
  it('when given the full dump format, then every entity line is read and the [ ] framing skipped', async () => {
    expect(await ids(dump)).toEqual(DUMP_IDS);
  });

  it('when given JSON lines, then one entity per line', async () => {
    expect(await ids(path.join(fixtures, 'entities.jsonl'))).toEqual(['Q324546', 'Q7184', 'Q30']);
  });

  it('when given a Special:EntityData file, then its entity is read', async () => {
    const read = [];
    for await (const r of readEntities(path.join(fixtures, 'Q183.json'))) read.push(r);
    expect(read.map((r) => r.entity.id)).toEqual(['Q183']);
    expect(read[0]?.entity.labels?.de?.value).toBe('Deutschland');
  });

  it('when the dump is gzip-compressed, then it reads the same entities', async () => {
    const gz = path.join(tmp, 'latest-all.json.gz');
    writeFileSync(gz, gzipSync(readFileSync(dump)));
    expect(await ids(gz)).toEqual(DUMP_IDS);
  });

  it.skipIf(!hasBzip2)(
    'when the dump is bzip2-compressed, then the bzip2 command and the library read the same entities',
    async () => {
      const bz2 = bzip2Dump();
      expect(await ids(bz2, 'command')).toEqual(DUMP_IDS);
      expect(await ids(bz2, 'library')).toEqual(DUMP_IDS);
    },
  );

  it.skipIf(!hasBzip2)('when a bzip2 file is cut short, then both decoders fail naming the file', async () => {
    const whole = readFileSync(bzip2Dump());
    const cut = path.join(tmp, 'cut.json.bz2');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(ids(cut, 'command')).rejects.toThrow(/cut\.json\.bz2: cannot read: bzip2 -dc failed/);
    await expect(ids(cut, 'library')).rejects.toThrow(/cut\.json\.bz2: cannot read/);
  });
  if (!hasBzip2) console.warn('NOTICE: no bzip2 command on this machine: the .bz2 reading test is skipped');

  it('when a line is not JSON, then the error names the file and the line', async () => {
    const bad = path.join(tmp, 'bad.json');
    const lines = readFileSync(dump, 'utf8').split('\n');
    lines[3] = '{"type":"item","id":"Q30",'; // cut short, as a truncated download would be
    writeFileSync(bad, lines.join('\n'));
    await expect(ids(bad)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: malformed`)),
    });
  });

  it('when a line is JSON but not an entity, then the error names the file and the line', async () => {
    const bad = path.join(tmp, 'not-entity.jsonl');
    writeFileSync(bad, `${readFileSync(path.join(fixtures, 'entities.jsonl'), 'utf8')}{"hello":"world"}\n`);
    await expect(ids(bad)).rejects.toThrow(
      /not-entity\.jsonl:4: malformed Wikidata entity line: not a Wikidata entity/,
    );
  });

  it('when malformed lines are reported instead, then each is named and skipped and the rest is read', async () => {
    const bad = path.join(tmp, 'two-bad.json');
    const lines = readFileSync(dump, 'utf8').split('\n');
    lines[3] = '{"type":"item","id":"Q30",';
    lines[5] = '{"hello":"world"},';
    writeFileSync(bad, lines.join('\n'));
    const seen: { line: number; reason: string }[] = [];
    const read: string[] = [];
    for await (const r of readEntities(bad, { onMalformed: (m) => seen.push({ line: m.line, reason: m.reason }) }))
      read.push(r.entity.id);
    expect(seen.map((m) => m.line)).toEqual([4, 6]);
    expect(seen[1]!.reason).toMatch(/not a Wikidata entity/);
    expect(read).toEqual(DUMP_IDS.filter((id) => id !== 'Q30' && id !== 'Q41421'));
  });

  it('when a read resumes after a line, then the lines up to it are passed over', async () => {
    const all = [];
    for await (const r of readEntities(dump)) all.push(r);
    const resumed = [];
    for await (const r of readEntities(dump, { afterLine: all[2]!.line })) resumed.push(r.entity.id);
    expect(resumed).toEqual(DUMP_IDS.slice(3));
  });

  it('when the file does not exist, then the error names it', async () => {
    await expect(ids(path.join(tmp, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read/);
  });
});
