import type { Database } from '../db/database.ts';
import type { Migration } from '../db/migrate.ts';

/** What every resolver receives. Built once per request in server/create-app.ts. */
export interface GraphQLContext {
  db: Database;
  migrations: Migration[];
  version: string;
  requestId: string;
}
