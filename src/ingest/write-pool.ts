/**
 * Keeps up to `size` document writes in flight, each still its own transaction. Two writes of the
 * same document (two versions of one url in one run) never overlap: the later one waits, so the
 * version read last is the one stored. `work` reports its own errors; the pool only waits.
 */
export class WritePool {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`write pool size must be a positive integer, got ${size}`);
  }

  /** Resolves once the write has started (not finished): the caller may go on extracting the next document. */
  async add(key: string, work: () => Promise<void>): Promise<void> {
    while (this.inFlight.size >= this.size || this.inFlight.has(key)) await Promise.race(this.inFlight.values());
    const settled = work().then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.set(key, settled.finally(() => this.inFlight.delete(key)));
  }

  /** Resolves when every started write has finished. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight.values());
  }
}
