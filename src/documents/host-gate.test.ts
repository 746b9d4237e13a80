import { describe, expect, it } from 'vitest';
import { HostGate } from './host-gate.ts';

describe('HostGate', () => {
  const never = new Promise(() => {});

  it('when a host was just asked, then the next request to it waits the delay; other hosts do not', async () => {
    let now = 1000;
    const gate = new HostGate(5000, () => now);
    expect(await gate.enter('https://a.test.invalid/1', never)).toBe('go');
    gate.left('https://a.test.invalid/1');
    expect(gate.openAt('https://a.test.invalid/2')).toBe(6000);
    expect(gate.openAt('https://b.test.invalid/1')).toBe(0);
    // more than the longest wait allowed: come back later
    expect(await gate.enter('https://a.test.invalid/2', never, 1000)).toBe('later');
    now = 6000;
    expect(await gate.enter('https://a.test.invalid/2', never, 1000)).toBe('go');
  });

  it('when a host asks us to wait, then it stays closed that long; a stop ends a wait at once', async () => {
    const gate = new HostGate(0);
    gate.block('https://a.test.invalid/', 3_600_000);
    expect(gate.openAt('https://a.test.invalid/x')).toBeGreaterThan(Date.now() + 3_500_000);
    expect(await gate.enter('https://a.test.invalid/x', Promise.resolve())).toBe('stopped');
  });

  it('when two requests go to one host at once, then the second goes after the first ended and the delay', async () => {
    const gate = new HostGate(50);
    const log: string[] = [];
    const visit = async (address: string, ms: number) => {
      expect(await gate.enter(address, never)).toBe('go');
      const start = Date.now();
      log.push(`start ${address.slice(8)}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${address.slice(8)}`);
      gate.left(address);
      return { start, end: Date.now() };
    };
    const [a1, a2, b1] = await Promise.all([
      visit('https://a.test.invalid/1', 30),
      visit('https://a.test.invalid/2', 10),
      visit('https://b.test.invalid/1', 10),
    ]);
    // b is not held back by a; a's second request starts after its first ended, and the delay after that
    expect(log).toEqual([
      'start a.test.invalid/1',
      'start b.test.invalid/1',
      'end b.test.invalid/1',
      'end a.test.invalid/1',
      'start a.test.invalid/2',
      'end a.test.invalid/2',
    ]);
    expect(b1!.start).toBeLessThan(a1!.end);
    // (a timer may fire a millisecond early by the wall clock)
    expect(a2!.start - a1!.end).toBeGreaterThanOrEqual(49);
  });

  it('when a stop comes while a request waits for its host, then it is stopped and the host stays usable', async () => {
    const gate = new HostGate(0);
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    expect(await gate.enter('https://a.test.invalid/1', never)).toBe('go');
    const waiting = gate.enter('https://a.test.invalid/2', stopped);
    stop();
    expect(await waiting).toBe('stopped');
    gate.left('https://a.test.invalid/1');
    expect(await gate.enter('https://a.test.invalid/3', never)).toBe('go');
  });
});
