import { describe, expect, it } from 'vitest';
import { WritePool } from '../../src/ingest/write-pool.ts';

/** A write that finishes when the test says so, recording when it started and ended. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return {
    work: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
    },
    open: () => open(),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('WritePool', () => {
  it('when more writes are added than it holds, then the next one starts only after one finishes', async () => {
    const log: string[] = [];
    const pool = new WritePool(2);
    const [a, b, c] = ['a', 'b', 'c'].map((n) => gate(log, n));
    await pool.add('a', a!.work);
    await pool.add('b', b!.work);
    const third = pool.add('c', c!.work);
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    b!.open();
    await third;
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    a!.open();
    c!.open();
    await pool.drain();
    expect(log.slice(-2).sort()).toEqual(['end a', 'end c']);
  });

  it(
    'when the same document is added twice, ' + 'then the second write waits for the first even with room to spare',
    async () => {
      const log: string[] = [];
      const pool = new WritePool(4);
      const [v1, v2] = ['v1', 'v2'].map((n) => gate(log, n));
      await pool.add('doc', v1!.work);
      const second = pool.add('doc', v2!.work);
      await tick();
      expect(log).toEqual(['start v1']);
      v1!.open();
      await second;
      v2!.open();
      await pool.drain();
      expect(log).toEqual(['start v1', 'end v1', 'start v2', 'end v2']);
    },
  );

  it(
    'when a batch names a document another write holds, ' +
      'then the batch waits for it, and a batch counts as one write',
    async () => {
      const log: string[] = [];
      const pool = new WritePool(2);
      const [first, batch, other] = ['first', 'batch', 'other'].map((n) => gate(log, n));
      await pool.add(['a', 'b'], first!.work);
      const waiting = pool.add(['c', 'b', 'd'], batch!.work);
      await tick();
      expect(log).toEqual(['start first']);
      first!.open();
      await waiting;
      // the batch holds one of two places, whatever number of documents it names
      await pool.add('e', other!.work);
      expect(log).toEqual(['start first', 'end first', 'start batch', 'start other']);
      batch!.open();
      other!.open();
      await pool.drain();
      expect(log.slice(-2).sort()).toEqual(['end batch', 'end other']);
    },
  );

  it('when a write fails, then the pool goes on and drain still resolves', async () => {
    const pool = new WritePool(1);
    const ran: string[] = [];
    await pool.add('x', async () => {
      throw new Error('boom');
    });
    await pool.add('y', async () => void ran.push('y'));
    await pool.drain();
    expect(ran).toEqual(['y']);
  });

  it('when the size is not a positive integer, then it says so', () => {
    expect(() => new WritePool(0)).toThrow(/positive integer, got 0/);
  });
});
