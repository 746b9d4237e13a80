import type { CypherTx } from '../../db/database.ts';
import type { EntityModel, FactModel } from '../../model/index.ts';
import { toEntity } from '../entity/read-entities.ts';
import { toFact } from '../fact/fact-row.ts';
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
  /** leave out quotes and claims placed at their article's publication (decision 0005) */
  textDatedOnly: boolean;
  /** also read what the items point at (their quotes' events, the entities they name) */
  withRelated: boolean;
}

export interface TimelinePage {
  found: string[];
  total: number;
  /** up to first + 1 items: the extra one only tells that there is a next page */
  page: { key: string; fact: FactModel }[];
  undated: FactModel[];
  /** with withRelated: the events the listed quotes were said at, and the entities the items name */
  related: { facts: FactModel[]; entities: EntityModel[] };
}

/**
 * One page from the per-entity timeline entries (timeline/timeline-page): per entity and date precision
 * one index seek from the window's start (src/queries/window-seeks.ts); an open end is the first or
 * the last day there is.
 */
export async function readTimeline(tx: CypherTx, req: TimelineRequest): Promise<TimelinePage> {
  const from = req.from ?? '0001-01-01';
  const row = await tx.one('timeline/timeline-page', {
    ...req,
    from,
    to: req.to ?? '9999-12-31',
    seeks: windowSeeks(from),
  });
  const items = row?.items ?? [];
  return {
    found: row?.found ?? [],
    total: row?.total ?? 0,
    page: items.filter((i) => i.section === 'page').map((i) => ({ key: i.key ?? '', fact: toFact(i, req.asOf) })),
    undated: items.filter((i) => i.section === 'undated').map((i) => toFact(i, req.asOf)),
    related: {
      facts: items.filter((i) => i.section === 'related').map((i) => toFact(i, req.asOf)),
      entities: (row?.relatedEntities ?? []).map((r) => toEntity(r, req.asOf)),
    },
  };
}
