import type { Database } from '../db/database.ts';
import type { Migration } from '../db/migrate.ts';
import type { Loaders } from '../queries/loaders.ts';
import type { AuthState } from '../auth/authenticate.ts';
import type { InfluenceCache } from '../queries/influence/influence-cache.ts';
import type { ReextractJobs } from '../curation/reextract-jobs.ts';

/** What every resolver receives. Built once per request in server/create-app.ts. */
export interface GraphQLContext {
  db: Database;
  migrations: Migration[];
  version: string;
  requestId: string;
  /** per-request DataLoaders for nested lookups (speaker, roles, event, documents) */
  loaders: Loaders;
  /** who is calling (API key or anonymous); checked by the access plugin and by every mutation */
  auth: AuthState;
  /** influence answers of this app, dropped by writes (one per app, shared by its requests) */
  influenceCache: InfluenceCache;
  /** re-extraction runs started over the API (one per app) */
  reextractJobs: ReextractJobs;
}
