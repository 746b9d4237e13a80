// What one extraction run knows, key by key. It is a Context too (the stage functions take the
// whole Context), so a stage reaches the keys it declares both through its typed view and through
// the Context it hands to those functions; stages.test.ts checks at run time that the two agree.

import type { AliasMatcher } from '../aliases/alias-matcher.ts';
import type { ClaimDraft } from '../claims/find-reported-speech.ts';
import type { Context } from '../context.ts';
import type { PublicationDate } from '../dates/calendar.ts';
import type { EventDraft } from '../events/find-events.ts';
import { sha256 } from '../ids.ts';
import type { QuoteDraft } from '../quotes/extract-quotes.ts';
import type { QuotedSpan } from '../quotes/find-quoted-spans.ts';
import type { ReportDraft } from '../reports/find-reports.ts';
import type {
  DocumentMeta,
  ExtractedClaim,
  ExtractedDocument,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedQuote,
  ExtractedRelation,
  ExtractedReport,
  TimeSpan,
} from '../types.ts';

export interface PipelineState extends Context {
  meta: DocumentMeta;
  /** the language the document is in, as declared or guessed ("de-AT"); `lang` is the rules used */
  documentLang: string;
  publication: PublicationDate | null;
  /** the publication day or month as a span: when undated words were said at the latest */
  publicationSpan: TimeSpan | null;
  /** every quoted span with its marks; `quoted` holds the same spans without them */
  quotedSpans: QuotedSpan[];
  /** how the text describes a speaker it does not name, by offset (filled by attribution) */
  descriptions: Map<number, string>;
  quoteDrafts: QuoteDraft[];
  claimDrafts: ClaimDraft[];
  eventDrafts: EventDraft[];
  reportDrafts: ReportDraft[];
  events: ExtractedEvent[];
  quotes: ExtractedQuote[];
  claims: ExtractedClaim[];
  reports: ExtractedReport[];
  relations: ExtractedRelation[];
  /** the entities as the output lists them: with the alias table's aliases, by first mention */
  entityList: ExtractedEntity[];
  output: ExtractedDocument;
}

export type StateKey = keyof PipelineState;

/** What the caller gives: every other key is written by exactly one stage (stages.ts). */
export const INITIAL_KEYS = [
  'body',
  'meta',
  'contentHash',
  'matcher',
  'diagnostics',
] as const satisfies readonly StateKey[];
export type InitialKey = (typeof INITIAL_KEYS)[number];

/** A key no stage has written yet: the declared order (checked by stages.test.ts) keeps it unread. */
const unset = <T>(): T => undefined as T;

/**
 * The state before the first stage. Every key is present from the start, in one object literal, so
 * the state keeps one shape through the run.
 */
export function initialState(body: string, meta: DocumentMeta, matcher: AliasMatcher): PipelineState {
  return {
    body,
    lang: unset(),
    pack: unset(),
    published: unset(),
    publishedAt: unset(),
    contentHash: sha256(body),
    matcher,
    paragraphs: unset(),
    sentences: unset(),
    speech: unset(),
    quoted: unset(),
    entities: unset(),
    mentions: unset(),
    roles: unset(),
    dates: unset(),
    diagnostics: [],
    meta,
    documentLang: unset(),
    publication: unset(),
    publicationSpan: unset(),
    quotedSpans: unset(),
    descriptions: unset(),
    quoteDrafts: unset(),
    claimDrafts: unset(),
    eventDrafts: unset(),
    reportDrafts: unset(),
    events: unset(),
    quotes: unset(),
    claims: unset(),
    reports: unset(),
    relations: unset(),
    entityList: unset(),
    output: unset(),
  };
}
