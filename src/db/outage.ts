import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors/app-error.ts';

/** Driver error codes that mean the server cannot be reached (not that a statement failed). */
const connectivityCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isConnectivityError(err: unknown): boolean {
  return connectivityCodes.has((err as { code?: string } | null)?.code ?? '');
}

/**
 * Remembers that Neo4j is unreachable, so requests fail at once instead of each waiting out the
 * driver's retries, and probes the server in the background until it answers again: the API
 * recovers by itself, without a restart. Only connectivity failures open it; a failing statement
 * or wrong credentials do not.
 */
export class Outage {
  private since: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly probeEveryMs = 1_000,
  ) {}

  /** Throws DATABASE_UNAVAILABLE while Neo4j is known to be down. */
  check(): void {
    if (this.since === null) return;
    const seconds = Math.round((Date.now() - this.since) / 1000);
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `the database is not available (unreachable for ${seconds} s); try again shortly`,
      { outage: true },
    );
  }

  /** Called with every failure of a transaction; opens on connectivity failures. */
  record(err: unknown): void {
    if (this.since !== null || !isConnectivityError(err)) return;
    this.since = Date.now();
    this.schedule();
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.probe(), this.probeEveryMs);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.database });
      this.since = null;
      this.timer = null;
    } catch {
      if (this.timer) this.schedule();
    }
  }
}
