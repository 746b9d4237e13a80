import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { loadSampleCorpus } from './sample-corpus.ts';
import { startTestApi } from './test-api.ts';
import { openTestDatabase } from './test-database.ts';

export interface SampleApi {
  db: Database;
  api: RunningApi;
  /** whether the seed article from ../shared was loaded too */
  seed: boolean;
}

/**
 * For one describe block: the sample corpus (and the seed article when ../shared is there) in the
 * test database, and an API on it. The fields are filled once beforeAll has run.
 */
export function useSampleApi(): SampleApi {
  const sample = {} as SampleApi;
  beforeAll(async () => {
    sample.db = await openTestDatabase();
    sample.seed = (await loadSampleCorpus(sample.db)).seed;
    sample.api = await startTestApi(sample.db);
  });
  afterAll(async () => {
    await sample.api?.stop();
    await sample.db?.close();
  });
  return sample;
}
