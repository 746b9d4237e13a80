import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuotebankLine } from '../quotebank-record.ts';
import { quotebankRows } from '../quotebank-rows.ts';
import { addRows, emptyBulkRows } from './bulk-rows.ts';
import { writeImportCsv } from './import-csv.ts';

const record = (quotation: string) =>
  JSON.stringify({
    quoteID: `q-${quotation.length}`,
    quotation,
    speaker: 'Ada Example',
    qids: [],
    date: '2021-05-06 00:00:00',
    numOccurrences: 1,
    probas: [['Ada Example', '0.9']],
    urls: ['https://paper.example/a'],
    phase: 'E',
  });

async function filesFor(quotations: string[]) {
  const all = emptyBulkRows();
  const records = quotations.map((q) => {
    const parsed = parseQuotebankLine(record(q));
    if ('error' in parsed) throw new Error(parsed.error);
    return parsed.record;
  });
  addRows(
    all,
    quotebankRows(records, 0.5, (name) => `person:${name.toLowerCase().replace(' ', '-')}`),
  );
  const who = { extractor: 'quotebank@test', origin: 'quotebank', at: '2026-12-08T00:00:00Z' };
  return writeImportCsv(dir, all, who, []);
}

let dir = '';
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('writeImportCsv', () => {
  it('when no field holds a line break, then the files are marked single-line (parsed in parallel)', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'import-csv-'));
    const files = await filesFor(['One line only.', 'Another, with "quotes" in it.']);
    expect(files.multiline).toBe(false);
    expect(files.counts.quotes).toBe(2);
  });

  it('when a quotation spans two lines, then the files are marked multiline and the break is kept', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'import-csv-'));
    const files = await filesFor(['First line,\nsecond line.', 'One line only.']);
    expect(files.multiline).toBe(true);
    const quotes = await readFile(files.nodes.find((f) => f.endsWith('quotes.csv'))!, 'utf8');
    expect(quotes).toContain('"First line,\nsecond line."');
  });
});
