import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';

export interface SampleLoad {
  documents: number;
}

/** Loads data/sample into an empty graph. Filled in by the ingestion pipeline (issue 3). */
export async function loadSampleIfEmpty(_db: Database, _config: Config, _say: (line: string) => void): Promise<SampleLoad | null> {
  return null;
}
