import type { AdmissionLimits } from '../config/config.ts';

/** Why a request was not admitted: every slot and queue place taken, or it waited past the deadline. */
export type ShedReason = 'full' | 'deadline';

/** `left`: the request gave up its queue place itself (it failed elsewhere first); nothing to answer. */
export type AdmissionOutcome = { admitted: true } | { admitted: false; reason: ShedReason | 'left' };

/** One request's place: `outcome` settles once; `leave()` gives the slot or the queue place back (idempotent). */
export interface Ticket {
  readonly outcome: Promise<AdmissionOutcome>;
  leave(): void;
}

interface Waiter {
  settle(o: AdmissionOutcome): void;
  timer: NodeJS.Timeout;
}

/** weight of the newest slot-holding time in the running average */
const SERVICE_WEIGHT = 0.2;

/**
 * The share of the deadline an expected wait may use. Slot-holding times vary from request to
 * request (a timeline page, a search) and the average lags behind a machine getting busier, so an
 * estimate close to the deadline ends, about half the time, in waiting out the deadline and then a
 * 503: the slowest possible no (docs/benchmarks.md, Load shedding).
 */
const WAIT_SHARE = 0.8;

/**
 * At most `inFlight` requests at once, at most `queued` waiting in arrival order, each waiting at
 * most `waitMs`. A request that finds the queue full is refused at once, without waiting: under
 * overload a quick "no" lets the client back off, where a slow one only adds to the pile. The queue
 * is full sooner when its slots could not serve it within `waitMs`: a request whose expected wait
 * (the requests ahead of it, `inFlight` at a time, at the running average of how long a request
 * holds its slot) is longer than that is refused at once too, instead of after waiting `waitMs`
 * for nothing (with a margin, WAIT_SHARE). The deadline still catches what the average misjudged.
 */
export class AdmissionQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** running average of how long an admitted request held its slot, ms; 0 until one has left */
  private serviceMs = 0;

  constructor(readonly limits: AdmissionLimits) {}

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** the expected wait of the next request to queue, ms (0 while no request has finished) */
  get expectedWaitMs(): number {
    return ((this.waiting.length + 1) / this.limits.inFlight) * this.serviceMs;
  }

  /** whether `enter()` would refuse at once (reason `full`): no free slot, and no room or no time to queue */
  refusesNow(): boolean {
    if (this.running < this.limits.inFlight && this.waiting.length === 0) return false;
    return this.waiting.length >= this.limits.queued || this.expectedWaitMs > this.limits.waitMs * WAIT_SHARE;
  }

  enter(): Ticket {
    if (this.running < this.limits.inFlight && this.waiting.length === 0) {
      this.running++;
      return this.ticket(
        Promise.resolve({ admitted: true }),
        () => true,
        () => undefined,
        performance.now(),
      );
    }
    if (this.refusesNow()) {
      return this.ticket(
        Promise.resolve({ admitted: false, reason: 'full' }),
        () => false,
        () => undefined,
        null,
      );
    }
    let admitted = false;
    let admittedAt: number | null = null;
    let waiter!: Waiter;
    const outcome = new Promise<AdmissionOutcome>((resolve) => {
      waiter = {
        settle: (o) => {
          clearTimeout(waiter.timer);
          admitted = o.admitted;
          if (admitted) admittedAt = performance.now();
          resolve(o);
        },
        // unref: a queued request must not keep a stopping process alive
        timer: setTimeout(() => {
          this.remove(waiter);
          waiter.settle({ admitted: false, reason: 'deadline' });
        }, this.limits.waitMs).unref(),
      };
    });
    this.waiting.push(waiter);
    // leaving while still queued (the request failed elsewhere, e.g. a limit): give the place back
    return this.ticket(
      outcome,
      () => admitted,
      () => {
        if (this.remove(waiter)) waiter.settle({ admitted: false, reason: 'left' });
      },
      () => admittedAt,
    );
  }

  private ticket(
    outcome: Promise<AdmissionOutcome>,
    holdsSlot: () => boolean,
    dequeue: () => void,
    admittedAt: number | null | (() => number | null),
  ): Ticket {
    let left = false;
    return {
      outcome,
      leave: () => {
        if (left) return;
        left = true;
        if (holdsSlot()) {
          const since = typeof admittedAt === 'function' ? admittedAt() : admittedAt;
          if (since !== null) this.recordService(performance.now() - since);
          this.release();
        } else dequeue();
      },
    };
  }

  private recordService(ms: number): void {
    this.serviceMs = this.serviceMs === 0 ? ms : this.serviceMs * (1 - SERVICE_WEIGHT) + ms * SERVICE_WEIGHT;
  }

  /** A slot is free: hand it to the longest waiter, or count it free. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next.settle({ admitted: true });
    else this.running--;
  }

  private remove(w: Waiter): boolean {
    const i = this.waiting.indexOf(w);
    if (i < 0) return false;
    this.waiting.splice(i, 1);
    return true;
  }
}
