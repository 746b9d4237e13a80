import type { CypherTx } from '../../db/database.ts';
import type { FactModel } from '../../graphql/models.mappers.ts';
import { toFact, type FactRow } from '../fact/fact-row.ts';
import { windowSeeks } from '../window-seeks.ts';

export interface TimelineRequest {
  entityIds: string[];
  from: string | null;
  to: string | null;
  kinds: string[] | null;
  asOf: string | null;
  afterKey: string | null;
  first: number;
  withUndated: boolean;
  includeRetracted: boolean;
}

export interface TimelinePage {
  found: string[];
  total: number;
  /** up to first + 1 items: the extra one only tells that there is a next page */
  page: { key: string; fact: FactModel }[];
  undated: FactModel[];
}

/**
 * With a range the date indexes lead (timeline/timeline-in-range, one seek per date precision:
 * src/queries/window-seeks.ts); without one the entities do
 * (timeline/timeline-by-entities). Both sort, page and project the same way.
 */
export async function readTimeline(tx: CypherTx, req: TimelineRequest): Promise<TimelinePage> {
  const ranged = req.from !== null || req.to !== null;
  const from = ranged ? (req.from ?? '0001-01-01') : null;
  const row = await tx.one<{ found: string[]; total: number; items: FactRow[] }>(
    ranged ? 'timeline/timeline-in-range' : 'timeline/timeline-by-entities',
    { ...req, from, to: ranged ? (req.to ?? '9999-12-31') : null, seeks: ranged ? windowSeeks(from) : null },
  );
  const items = row?.items ?? [];
  return {
    found: row?.found ?? [],
    total: row?.total ?? 0,
    page: items.filter((i) => i.section === 'page').map((i) => ({ key: i.key ?? '', fact: toFact(i, req.asOf) })),
    undated: items.filter((i) => i.section === 'undated').map((i) => toFact(i, req.asOf)),
  };
}
