// Politeness towards the hosts quotegraph fetches from (`watch` and `ingest URL…`, docs/feeds.md): one
// request at a time per host, a pause between them, and a host's Retry-After honoured.

/** The default pause between two requests to one host (`--delay`). */
export const DEFAULT_DELAY_S = 2;
/** A page host's Retry-After up to this long is waited out; a longer one closes the host for the run. */
export const MAX_PAGE_WAIT_MS = 60_000;
/** A 429 or 503 without Retry-After: the host is asked again after this long. */
export const DEFAULT_RETRY_AFTER_MS = 5 * 60_000;

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
 * Politeness per host: requests to one host go one at a time, with at least `delayMs` between the end of
 * one and the start of the next, and none while the host's Retry-After runs. Requests to other hosts are
 * not held back. Every enter() that returns 'go' must be followed by left() when the request ends.
 */
export class HostGate {
  /** host → the earliest time (ms) it may be asked again */
  private readonly next = new Map<string, number>();
  /** host → settles when the request going to it now ends */
  private readonly busy = new Map<string, { ended: Promise<void>; end: () => void }>();
  constructor(
    private readonly delayMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Waits until the address's host may be asked: its request in flight ended and the pause after it
   * passed. 'later' (without waiting out the pause) when that is more than `maxWaitMs` away; 'stopped'
   * when `stop` settled first.
   */
  async enter(address: string, stop: Promise<unknown>, maxWaitMs = Number.POSITIVE_INFINITY) {
    const host = hostOf(address);
    for (let going = this.busy.get(host); going; going = this.busy.get(host))
      if (await Promise.race([going.ended.then(() => false), stop.then(() => true)])) return 'stopped' as const;
    const wait = (this.next.get(host) ?? 0) - this.now();
    if (wait > maxWaitMs) return 'later' as const;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.busy.set(host, { ended, end });
    if (await pause(wait, stop)) return 'go' as const;
    this.free(host);
    return 'stopped' as const;
  }

  /** A request to the address's host ended: the next waits at least the delay. */
  left(address: string): void {
    this.push(address, this.now() + this.delayMs);
    this.free(hostOf(address));
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

  private free(host: string): void {
    this.busy.get(host)?.end();
    this.busy.delete(host);
  }
}

const hostOf = (address: string) => new URL(address).host;
