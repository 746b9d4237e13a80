// What one export asks for, from the CLI's options or a download's URL parameters: the quotes (as the API's
// `quotes` filters them) and the part of the entity graph (an entity's neighbourhood, or the whole graph).

import type { Database } from '../db/database.ts';
import { badInput } from '../errors/app-error.ts';
import type { GraphScope } from './graph-walk.ts';
import { checkExportDays, exportFilter, type QuoteExportFilter } from './quotes-ndjson.ts';

export interface ExportRequest {
  quotes: QuoteExportFilter;
  graph: GraphScope;
}

export interface ExportInput {
  from: string | null;
  to: string | null;
  asOf: string | null;
  entity: string | null;
  depth: string | null;
}

export type ExportField = 'from' | 'to' | 'asOf' | 'entity' | 'depth';

/** how many hops out an entity's neighbourhood may reach: each hop can multiply the graph read */
export const MAX_DEPTH = 4;
const DEFAULT_DEPTH = 1;

/** Days, the window and the depth, checked before anything connects to the database. */
export function checkExportInput(given: ExportInput, field: (name: ExportField) => string): number {
  checkExportDays(given, field);
  if (given.depth === null) return DEFAULT_DEPTH;
  if (!/^\d+$/.test(given.depth) || Number(given.depth) > MAX_DEPTH)
    throw badInput(field('depth'), `${given.depth}: give a number of hops from 0 to ${MAX_DEPTH}`);
  if (given.entity === null)
    throw badInput(field('depth'), `give ${field('entity')} too: the depth counts hops from it`);
  return Number(given.depth);
}

/** The request, checked: an unknown entity is NOT_FOUND, naming the field. */
export async function exportRequest(
  db: Database,
  given: ExportInput,
  field: (name: ExportField) => string,
): Promise<ExportRequest> {
  const depth = checkExportInput(given, field);
  const quotes = await exportFilter(db, given, field);
  const entityId = quotes.speakerId ?? quotes.aboutId;
  return { quotes, graph: { entityId, depth, from: given.from, to: given.to, asOf: given.asOf } };
}
