// The extraction contract: what `quotegraph extract --format json` prints and what the loader writes.
// Field names are a public contract (researchers and tests read them); add fields, rename none.
// Offsets are JavaScript string indices into the body (the text after any front matter).

// Entity types and attribution methods are vocabularies the whole product shares (src/model).
import type { AttributionMethod } from '../model/attribution-methods.ts';
import type { EntityType } from '../model/entity-kinds.ts';

export type { AttributionMethod, EntityType };

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown-year' | 'range';

/** What the text says about a time, and no more. */
export interface TimeSpan {
  /** EDTF: 2026-02-15, 2026-01, XXXX-02-15, 2026-02-15/2026-02-16 */
  edtf: string;
  /** ISO dates (YYYY-MM-DD) bounding the span; null when the year is unknown. */
  earliest: string | null;
  latest: string | null;
  precision: DatePrecision;
  /**
   * "Anfang/Mitte/Ende", "early/mid/late": the text names a part of the month or year; edtf and
   * bounds stay the whole period
   */
  qualifier?: 'early' | 'mid' | 'late';
}

/**
 * Where a quote's or claim's time comes from: 'text' its own sentence dates it, 'event' it was said at
 * an event the text dates, 'publication' nothing dates it, so it was said on or before the article's
 * publication and is placed on the publication day (or month).
 */
export type TimeBasis = 'text' | 'event' | 'publication';

/** How a speaker was found: the sieve stage that made the attribution and its confidence (0..1). */
export interface Attribution {
  method: AttributionMethod;
  confidence: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface EntityRef {
  name: string;
  entityId: string;
}

export interface ExtractedQuote extends Span {
  /** exactly the characters between the quotation marks */
  text: string;
  kind: 'direct' | 'fragment';
  speaker: EntityRef | null;
  /** "a NATO official" when the speaker has no name */
  speakerDescription: string | null;
  /** the attribution phrase: "sagte", "said", "— Marco Rubio, US-Senator" */
  cue: string | null;
  /** id of an entry in `events`, or null */
  event: string | null;
  /** when the words were said; with no date in the text, the publication date (see saidBasis) */
  said: TimeSpan | null;
  /** where `said` comes from; null when it is null (no date in the text and no publication date) */
  saidBasis: TimeBasis | null;
  lang: string;
  /** the attribution's confidence, as attribution.confidence (kept for older readers) */
  confidence: number;
  attribution: Attribution;
  /** stable id derived from the normalized text and speaker */
  id: string;
}

export interface ExtractedClaim extends Span {
  id: string;
  text: string;
  speaker: EntityRef | null;
  speakerDescription: string | null;
  cue: string | null;
  /** quantities mentioned in the claim: "rund 200 Stellen" */
  quantities: { text: string; value: number; unit: string | null; approximate: boolean }[];
  /** with no date in the text, the publication date (see whenBasis) */
  when: TimeSpan | null;
  whenBasis: TimeBasis | null;
  /** the attribution's confidence, as attribution.confidence (kept for older readers) */
  confidence: number;
  attribution: Attribution;
}

export interface ExtractedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: (Span & { text: string })[];
}

export interface ExtractedDate extends Span, TimeSpan {
  text: string;
}

export interface ExtractedEvent {
  id: string;
  name: string;
  /** press-conference, meeting, summit, visit, ... */
  type: string;
  when: TimeSpan | null;
  /** entity id of a Place, or null */
  place: string | null;
  /** entity ids */
  participants: string[];
  evidence: Span;
}

export interface ExtractedReport {
  id: string;
  publisher: EntityRef;
  when: TimeSpan | null;
  /** ids of claims/events/quotes the report is about */
  about: string[];
  cue: string;
  evidence: Span;
}

/** Relation types the loader accepts; the loader maps each to a Neo4j type from an allow-list. */
export type RelationType =
  | 'HELD_ROLE'
  | 'PARTICIPATED_IN'
  | 'LOCATED_IN'
  | 'CONTROLS'
  | 'HANDED_OVER_TO'
  | 'MEMBER_OF'
  | 'ABOUT'
  | 'MENTIONS';

export interface ExtractedRelation {
  type: RelationType;
  /** entity / event / claim ids */
  from: string;
  to: string;
  when: TimeSpan | null;
  /** free properties such as { role: "US-Senator" } */
  properties: Record<string, string | number | boolean | string[]>;
  evidence: Span;
  confidence: number;
}

export interface Diagnostic extends Partial<Span> {
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface DocumentMeta {
  /** file path, url or "-" */
  source: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, YYYY-MM (month precision), DD.MM.YYYY, or null when unknown */
  publishedAt: string | null;
  /** 'de' | 'en' ... ; null means detect */
  lang: string | null;
}

export interface ExtractedDocument {
  source: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  lang: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known */
  publishedAt: string | null;
  /** sha256 of the body */
  contentHash: string;
  body: string;
  quotes: ExtractedQuote[];
  reported: ExtractedClaim[];
  entities: ExtractedEntity[];
  dates: ExtractedDate[];
  events: ExtractedEvent[];
  reports: ExtractedReport[];
  relations: ExtractedRelation[];
  diagnostics: Diagnostic[];
  /** name and version of the extractor, stored as provenance */
  extractor: string;
  /**
   * false when there are no rules for the document's language: it is stored with its text (searchable)
   * and every list of facts above is empty. Absent means true (documents the extractor did not write).
   */
  extracted?: boolean;
  /** why it was not extracted ('no rules for language "fr"'); null or absent when it was */
  notExtractedReason?: string | null;
}
