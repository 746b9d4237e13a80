/** Sleeps `ms`, or less when `stop` settles first; true when the whole time passed. */
export function pause(ms: number, stop: Promise<unknown>): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(true);
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), ms);
    }),
    stop.then(() => false),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Politeness per host: requests to one host go one at a time (the watcher makes one request at a time
 * anyway) with at least `delayMs` between the end of one and the start of the next, and none while the
 * host's Retry-After runs.
 */
export class HostGate {
  /** host → the earliest time (ms) it may be asked again */
  private readonly next = new Map<string, number>();
  constructor(
    private readonly delayMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Waits until the address's host may be asked. 'later' (without waiting) when that is more than
   * `maxWaitMs` away; 'stopped' when `stop` settled first.
   */
  async enter(address: string, stop: Promise<unknown>, maxWaitMs = Number.POSITIVE_INFINITY) {
    const wait = (this.next.get(hostOf(address)) ?? 0) - this.now();
    if (wait > maxWaitMs) return 'later' as const;
    return (await pause(wait, stop)) ? ('go' as const) : ('stopped' as const);
  }

  /** A request to the address's host ended: the next waits at least the delay. */
  left(address: string): void {
    this.push(address, this.now() + this.delayMs);
  }

  /** The host asked us to wait (Retry-After). */
  block(address: string, ms: number): void {
    this.push(address, this.now() + ms);
  }

  /** When the host may be asked again (ms), or 0. */
  openAt(address: string): number {
    return this.next.get(hostOf(address)) ?? 0;
  }

  private push(address: string, at: number): void {
    const host = hostOf(address);
    this.next.set(host, Math.max(this.next.get(host) ?? 0, at));
  }
}

const hostOf = (address: string) => new URL(address).host;
