import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { EXTRACTOR } from '../extract/extractor-version.ts';
import { reextract, type ReextractFilter, type ReextractSummary } from './reextract.ts';

export interface ReextractJob {
  id: string;
  state: 'RUNNING' | 'DONE' | 'FAILED';
  dryRun: boolean;
  extractor: string;
  who: string;
  startedAt: string;
  finishedAt: string | null;
  documents: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** why the run stopped, when it failed as a whole (one document failing only counts in `failed`) */
  error: string | null;
}

/**
 * Re-extraction runs started over the API (the reextract mutation): one at a time per API process,
 * in the background, its progress readable while it runs (reextractJob). Kept in memory: a job cut
 * off by a restart is continued by starting it again, since a run only takes what is still behind.
 */
export class ReextractJobs {
  private readonly jobs = new Map<string, ReextractJob>();
  private running: ReextractJob | null = null;

  constructor(private readonly keep = 20) {}

  start(db: Database, who: string, filter: ReextractFilter, dryRun: boolean): ReextractJob {
    if (this.running)
      throw new AppError(
        'CONFLICT',
        `re-extraction ${this.running.id} is still running; ask reextractJob for its progress`,
        {
          field: 'filter',
        },
      );
    const job: ReextractJob = {
      id: `reextract:${randomUUID()}`,
      state: 'RUNNING',
      dryRun,
      extractor: EXTRACTOR,
      who,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      documents: 0,
      replaced: 0,
      unchanged: 0,
      failed: 0,
      error: null,
    };
    this.running = job;
    this.jobs.set(job.id, job);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - this.keep))) this.jobs.delete(old);
    const count = (s: ReextractSummary) =>
      Object.assign(job, {
        documents: s.documents,
        replaced: s.replaced,
        unchanged: s.unchanged,
        failed: s.failed.length,
      });
    void reextract(db, who, filter, { dryRun, onDocument: count })
      .then((s) => {
        count(s);
        job.state = 'DONE';
      })
      .catch((err: unknown) => {
        job.state = 'FAILED';
        job.error = err instanceof AppError ? err.message : 'the run stopped on an internal error';
      })
      .finally(() => {
        job.finishedAt = new Date().toISOString();
        this.running = null;
      });
    return job;
  }

  get(id: string): ReextractJob | null {
    return this.jobs.get(id) ?? null;
  }
}
