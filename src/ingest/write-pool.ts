/**
 * Keeps up to `size` writes in flight, each its own transaction of one document or a batch of them.
 * Two writes that share a document (two versions of one url in one run) never overlap: the later one
 * waits, so the version read last is the one stored. `work` reports its own errors; the pool only waits.
 */
export class WritePool {
  private readonly running = new Set<Promise<void>>();
  private readonly byDocument = new Map<string, Promise<void>>();

  constructor(private readonly size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`write pool size must be a positive integer, got ${size}`);
  }

  /**
   * Starts `work` for the documents `keys` names once there is room and none of them is being written.
   * Resolves once the write has started (not finished): the caller may go on extracting the next document.
   */
  async add(keys: string | readonly string[], work: () => Promise<void>): Promise<void> {
    const names = typeof keys === 'string' ? [keys] : keys;
    while (this.running.size >= this.size || names.some((k) => this.byDocument.has(k)))
      await Promise.race(this.running);
    const write: Promise<void> = work()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.running.delete(write);
        for (const k of names) if (this.byDocument.get(k) === write) this.byDocument.delete(k);
      });
    this.running.add(write);
    for (const k of names) this.byDocument.set(k, write);
  }

  /** Resolves when every started write has finished. */
  async drain(): Promise<void> {
    await Promise.all(this.running);
  }
}
