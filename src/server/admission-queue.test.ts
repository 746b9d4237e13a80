import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdmissionQueue } from './admission-queue.ts';

describe('AdmissionQueue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(
    'when slots are free, then requests are admitted at once up to inFlight; the next ones queue, and beyond ' +
      'the queue they are refused at once',
    async () => {
      const q = new AdmissionQueue({ inFlight: 2, queued: 1, waitMs: 60_000 });
      const a = q.enter();
      const b = q.enter();
      expect(await a.outcome).toEqual({ admitted: true });
      expect(await b.outcome).toEqual({ admitted: true });
      const c = q.enter();
      expect(q.queued).toBe(1);
      expect(await q.enter().outcome).toEqual({ admitted: false, reason: 'full' });
      expect(q.inFlight).toBe(2);
      a.leave();
      expect(await c.outcome).toEqual({ admitted: true });
      expect(q.inFlight).toBe(2);
      expect(q.queued).toBe(0);
      b.leave();
      c.leave();
      expect(q.inFlight).toBe(0);
    },
  );

  it('when several wait, then freed slots go to them in arrival order', async () => {
    const q = new AdmissionQueue({ inFlight: 1, queued: 3, waitMs: 60_000 });
    const first = q.enter();
    const waiting = [q.enter(), q.enter(), q.enter()];
    const order: number[] = [];
    waiting.forEach((t, i) => void t.outcome.then(() => order.push(i)));
    first.leave();
    await waiting[0]!.outcome;
    waiting[0]!.leave();
    await waiting[1]!.outcome;
    waiting[1]!.leave();
    await waiting[2]!.outcome;
    expect(order).toEqual([0, 1, 2]);
  });

  it('when a request waits past waitMs, then it is shed with reason deadline and its place is free again', async () => {
    vi.useFakeTimers();
    const q = new AdmissionQueue({ inFlight: 1, queued: 1, waitMs: 500 });
    const running = q.enter();
    const waiting = q.enter();
    let settled = false;
    void waiting.outcome.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting.outcome).toEqual({ admitted: false, reason: 'deadline' });
    expect(q.queued).toBe(0);
    // the shed request never held a slot: leaving it changes nothing, the running one still counts
    waiting.leave();
    expect(q.inFlight).toBe(1);
    running.leave();
    expect(q.inFlight).toBe(0);
  });

  it(
    'when a queued request leaves before its turn, ' + 'then it gives its place back and the slot goes to the next one',
    async () => {
      const q = new AdmissionQueue({ inFlight: 1, queued: 2, waitMs: 60_000 });
      const running = q.enter();
      const gaveUp = q.enter();
      const next = q.enter();
      gaveUp.leave();
      expect(await gaveUp.outcome).toEqual({ admitted: false, reason: 'left' });
      running.leave();
      expect(await next.outcome).toEqual({ admitted: true });
      expect(q.inFlight).toBe(1);
    },
  );

  it('when leave is called twice, then the slot is given back once', async () => {
    const q = new AdmissionQueue({ inFlight: 2, queued: 0, waitMs: 100 });
    const a = q.enter();
    q.enter();
    a.leave();
    a.leave();
    expect(q.inFlight).toBe(1);
  });

  it('when the queue length is 0, then a request that finds every slot taken is refused at once', async () => {
    const q = new AdmissionQueue({ inFlight: 1, queued: 0, waitMs: 60_000 });
    q.enter();
    expect(await q.enter().outcome).toEqual({ admitted: false, reason: 'full' });
  });

  it(
    'when requests have held their slot ~100 ms, ' +
      'then a request whose expected wait exceeds waitMs is refused at once instead of after waiting',
    async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      const q = new AdmissionQueue({ inFlight: 1, queued: 10, waitMs: 250 });
      const first = q.enter();
      vi.advanceTimersByTime(100);
      first.leave();
      expect(q.expectedWaitMs).toBe(100);
      const running = q.enter();
      const one = q.enter(); // expected wait 100 ms
      const two = q.enter(); // 200 ms
      expect(await q.enter().outcome).toEqual({ admitted: false, reason: 'full' }); // 300 ms > 250
      expect(q.queued).toBe(2);
      running.leave();
      expect(await one.outcome).toEqual({ admitted: true });
      one.leave();
      two.leave();
    },
  );

  it(
    'when the expected wait would use more than 80% of the deadline, ' +
      'then the request is refused at once: an estimate that close ends as often in a 503 after the whole wait',
    async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      const q = new AdmissionQueue({ inFlight: 1, queued: 100, waitMs: 1000 });
      const first = q.enter();
      vi.advanceTimersByTime(100);
      first.leave();
      const running = q.enter();
      const queued = Array.from({ length: 7 }, () => q.enter()); // expected waits 100 ... 700 ms
      expect(q.expectedWaitMs).toBe(800);
      const eighth = q.enter(); // 800 ms: 80% of the deadline, still queued
      expect(q.queued).toBe(8);
      expect(await q.enter().outcome).toEqual({ admitted: false, reason: 'full' }); // 900 ms
      expect(q.queued).toBe(8);
      running.leave();
      for (const t of [...queued, eighth]) {
        expect(await t.outcome).toEqual({ admitted: true });
        t.leave();
      }
    },
  );
});
