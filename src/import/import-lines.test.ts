import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportCheckpoint } from './import-checkpoint.ts';
import { importLines, type LineFormat } from './import-lines.ts';

// The loop alone, with a format that writes into an array: batches finish in an order the test chooses.
let dir = '';
let file = '';
let state = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'import-lines-'));
  file = path.join(dir, 'numbers.txt');
  state = path.join(dir, 'state.json');
  // lines 1..20; line 7 is bad
  await writeFile(file, `${Array.from({ length: 20 }, (_, i) => (i === 6 ? 'x' : String(i + 1))).join('\n')}\n`);
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writes each batch after a delay of its own; the first batch is the slowest, so later ones commit first. */
function numbers(opts: { concurrent: boolean; failOn?: number; seen: number[][]; checkpoints?: number[] }) {
  let calls = 0;
  let inFlight = 0;
  const format: LineFormat<number, null> & { most: number } = {
    name: 'numbers',
    concurrent: opts.concurrent,
    most: 0,
    parse: (line) => (/^\d+$/.test(line) ? { record: Number(line) } : { error: 'not a number' }),
    async write(_db, records) {
      const call = ++calls;
      inFlight++;
      format.most = Math.max(format.most, inFlight);
      try {
        await sleep(call === 1 ? 60 : 5);
        if (opts.checkpoints)
          opts.checkpoints.push(
            (JSON.parse(await readFile(state, 'utf8').catch(() => '{"line":0}')) as ImportCheckpoint).line,
          );
        if (call === opts.failOn) throw new Error(`batch ${call} refused`);
        opts.seen.push(records);
        return { counts: { numbers: records.length } };
      } finally {
        inFlight--;
      }
    },
  };
  return format;
}

describe('importLines', () => {
  it('when batches may be written at once, then several are in flight and all are counted', async () => {
    const seen: number[][] = [];
    const format = numbers({ concurrent: true, seen });
    const s = await importLines(null, [file], format, { batchSize: 4, concurrency: 3, statePath: state });
    expect(format.most).toBe(3);
    expect(seen.flat().sort((a, b) => a - b)).toEqual([...Array(20).keys()].map((i) => i + 1).filter((n) => n !== 7));
    expect([s.records, s.bad, s.counts.numbers]).toEqual([19, 1, 19]);
    await expect(readFile(state)).rejects.toThrow(/ENOENT/);
  });

  it('when a format may not be written at once, then one batch at a time, whatever is asked', async () => {
    const format = numbers({ concurrent: false, seen: [] });
    await importLines(null, [file], format, { batchSize: 4, concurrency: 3 });
    expect(format.most).toBe(1);
  });

  it('when a later batch commits before an earlier one, then the checkpoint waits for the earlier', async () => {
    const checkpoints: number[] = [];
    // batch 1 (lines 1-4) is slow; batches 2 and 3 finish while it runs: no checkpoint past line 0 yet
    await importLines(null, [file], numbers({ concurrent: true, seen: [], checkpoints }), {
      batchSize: 4,
      concurrency: 3,
      statePath: state,
    });
    expect(checkpoints.slice(0, 3)).toEqual([0, 0, 0]);
  });

  it('when a batch fails, then the checkpoint stays before it, and the next run writes it and the rest', async () => {
    const first: number[][] = [];
    // batch 2 (lines 5-9, line 7 bad) fails while batch 3 (10-13) may already have committed
    await expect(
      importLines(null, [file], numbers({ concurrent: true, failOn: 2, seen: first }), {
        batchSize: 4,
        concurrency: 2,
        statePath: state,
      }),
    ).rejects.toThrow('batch 2 refused');
    const saved = JSON.parse(await readFile(state, 'utf8')) as ImportCheckpoint;
    expect([saved.line, saved.counts.numbers, saved.counts.bad, saved.badLines]).toEqual([4, 4, 0, []]);

    const second: number[][] = [];
    const s = await importLines(null, [file], numbers({ concurrent: true, seen: second }), {
      batchSize: 4,
      concurrency: 2,
      statePath: state,
    });
    expect(s.resumedFrom).toEqual({ file, line: 4 });
    expect(second.flat().sort((a, b) => a - b)).toEqual([5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    // the bad line is counted once, in the run that read it past the checkpoint
    expect([s.bad, s.badLines.map((b) => b.line), s.counts.numbers]).toEqual([1, [7], 19]);
  });
});
