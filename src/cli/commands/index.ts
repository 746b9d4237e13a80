import type { Command } from '../command.ts';
import { dbMigrate } from './db-migrate.ts';
import { dbStart } from './db-start.ts';
import { dbStatus } from './db-status.ts';
import { dbStop } from './db-stop.ts';
import { start } from './start.ts';

export const commands: Command[] = [start, dbStart, dbStop, dbStatus, dbMigrate];
