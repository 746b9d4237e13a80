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

/**
 * At most `inFlight` requests at once, at most `queued` waiting in arrival order, each waiting at
 * most `waitMs`. A request that finds the queue full is refused at once, without waiting: under
 * overload a quick "no" lets the client back off, where a slow one only adds to the pile.
 */
export class AdmissionQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limits: AdmissionLimits) {}

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  enter(): Ticket {
    if (this.running < this.limits.inFlight && this.waiting.length === 0) {
      this.running++;
      return this.ticket(Promise.resolve({ admitted: true }), () => true, () => undefined);
    }
    if (this.waiting.length >= this.limits.queued) return this.ticket(Promise.resolve({ admitted: false, reason: 'full' }), () => false, () => undefined);
    let admitted = false;
    let waiter!: Waiter;
    const outcome = new Promise<AdmissionOutcome>((resolve) => {
      waiter = {
        settle: (o) => {
          clearTimeout(waiter.timer);
          admitted = o.admitted;
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
    return this.ticket(outcome, () => admitted, () => {
      if (this.remove(waiter)) waiter.settle({ admitted: false, reason: 'left' });
    });
  }

  private ticket(outcome: Promise<AdmissionOutcome>, holdsSlot: () => boolean, dequeue: () => void): Ticket {
    let left = false;
    return {
      outcome,
      leave: () => {
        if (left) return;
        left = true;
        if (holdsSlot()) this.release();
        else dequeue();
      },
    };
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
