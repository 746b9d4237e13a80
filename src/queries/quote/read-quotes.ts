import type { CypherTx } from '../../db/database.ts';
import type { EntityModel, QuoteModel } from '../../model/index.ts';
import { toEntity } from '../entity/read-entities.ts';
import { toFact } from '../fact/fact-row.ts';
import { windowSeeks } from '../window-seeks.ts';

export interface QuoteQuery {
  speakerId: string | null;
  aboutId: string | null;
  from: string | null;
  to: string | null;
  text: string | null;
  lang: string | null;
  outletId: string | null;
  asOf: string | null;
  afterKey: string | null;
  first: number;
  includeRetracted: boolean;
  /** only quotes their text or event dates (not placed at their article's publication) */
  textDatedOnly: boolean;
  /** some source attributes the quote with at least this confidence / by one of these stored stage names */
  minConfidence: number | null;
  methods: string[] | null;
  /** also read the entities the quotes name (their speakers) */
  withRelated: boolean;
}

/**
 * With a speaker and a date range, from the speaker's timeline entries (quote/quotes-by-speaker-in-range,
 * one seek per date precision); with a speaker alone, speaker-first (quote/quotes-by-speaker); else over
 * all quotes. Entity ids merged away by mergeEntities filter as the entity they went into (each statement
 * resolves them itself).
 */
export async function readQuotes(
  tx: CypherTx,
  q: QuoteQuery,
): Promise<{ total: number; page: { key: string; quote: QuoteModel }[]; related: { entities: EntityModel[] } }> {
  const { speakerId, ...rest } = q;
  const ranged = rest.from !== null || rest.to !== null;
  const from = rest.from ?? '0001-01-01';
  const row = !speakerId
    ? await tx.one('quote/quotes', rest)
    : ranged
      ? await tx.one('quote/quotes-by-speaker-in-range', {
          speakerId,
          ...rest,
          from,
          to: rest.to ?? '9999-12-31',
          seeks: windowSeeks(from),
        })
      : await tx.one('quote/quotes-by-speaker', { speakerId, ...rest });
  return {
    total: row?.total ?? 0,
    page: (row?.items ?? []).map((i) => ({ key: i.key ?? '', quote: toFact(i, q.asOf) as QuoteModel })),
    related: { entities: (row?.relatedEntities ?? []).map((r) => toEntity(r, q.asOf)) },
  };
}
