/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AssertFactInput = {
  /** first and last day the fact holds; latest defaults to earliest */
  earliest: string;
  end?: number | null | undefined;
  /** entity ids (merged ids are followed to the kept entity) */
  from: string | number;
  latest?: string | null | undefined;
  /** for HELD_ROLE: the title (US-Senator) */
  role?: string | null | undefined;
  /** the document that supports it; start/end: the evidence in Document.text */
  sourceDocumentId: string | number;
  start?: number | null | undefined;
  to: string | number;
  type: FactType;
};

/**
 * The sieve stage that found a quote's or claim's speaker, most reliable first (NONE: no speaker
 * found; a speakerDescription may still say who, e.g. "a NATO official").
 */
export type AttributionMethod =
  /** a dash line under a block quote: — Marco Rubio, US-Senator */
  | 'DASH_LINE'
  /** an imported quote corpus named the speaker (Quotebank: its most probable candidate) */
  | 'IMPORTED'
  /** the nearest person named before the quote (least reliable) */
  | 'NEAREST_PERSON'
  | 'NONE'
  /** the speaker of the previous quote (conversation turns, continuation) */
  | 'PREVIOUS_SPEAKER'
  /** the speaker of reported speech just before the quote */
  | 'REPORTED_SPEECH_BEFORE'
  /** a quote left open at a paragraph end, continued in the next paragraph */
  | 'RUN_ON_PARAGRAPH'
  /** laut X, according to X, X zufolge */
  | 'SOURCE_CUE'
  /** so X / so der Minister */
  | 'SO_CLAUSE'
  /** “…”, sagte Whitaker / “…,” Rubio said */
  | 'VERB_AFTER_QUOTE'
  /** a NATO official said: “…” / betonte Rubio, dass … */
  | 'VERB_BEFORE_QUOTE'
  /** a speech verb at the end of the sentence whose subject opened it */
  | 'VERB_LAST_SUBJECT';

/** Bucket sizes for activity counts. */
export type Bucket =
  | 'DAY'
  | 'MONTH'
  /** ISO weeks, starting on Monday */
  | 'WEEK'
  | 'YEAR';

/** What the extractor got wrong about a quote or claim; give a speaker, unattributed, a date, or several. */
export type CorrectFactInput = {
  /** first and last day it was said; latest defaults to earliest */
  earliest?: string | null | undefined;
  latest?: string | null | undefined;
  /** who really said it (merged ids are followed) */
  speakerId?: string | number | null | undefined;
  /** nobody named said it: the extractor's speaker is removed */
  unattributed?: boolean | null | undefined;
};

/**
 * Why a mutation did not do what was asked. Access errors (UNAUTHENTICATED, FORBIDDEN) are top-level errors:
 * then nothing runs.
 */
export type CurationErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'NOT_FOUND';

/** How precisely the text dated something. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  /** an interval such as 2026-02-15/2026-02-16 */
  | 'RANGE'
  /** the text gave day and/or month but no year (XXXX-02-15): never in ranged results */
  | 'UNKNOWN_YEAR'
  | 'YEAR';

/** How the text of ingestDocument is to be read. */
export type DocumentFormat =
  | 'HTML'
  /** Markdown or text with YAML front matter (title, url, outlet, published, lang) */
  | 'MARKDOWN'
  | 'TEXT';

export type EntityKind =
  | 'ALLIANCE'
  | 'COMMAND_POST'
  | 'COUNTRY'
  | 'GOVERNMENT_BODY'
  | 'MEDIA_OUTLET'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE';

/** Relationship types a fact may have (the loader's allow-list). */
export type FactType =
  | 'ABOUT'
  | 'CONTROLS'
  | 'HANDED_OVER_TO'
  | 'HELD_ROLE'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'PARTICIPATED_IN';

export type InfluenceAlgorithm =
  | 'BETWEENNESS'
  | 'DEGREE'
  | 'PAGERANK';

export type IngestDocumentInput = {
  /** extract only and report the counts; nothing is written and no audit entry is made */
  dryRun?: boolean | null | undefined;
  format?: DocumentFormat | null | undefined;
  /**
   * a language code, detected when not given; de and en are extracted, a document in another language is stored
   * with its text and not extracted (Document.extracted)
   */
  lang?: string | null | undefined;
  outlet?: string | null | undefined;
  publishedAt?: string | null | undefined;
  /** the article (at most 1,000,000 characters) */
  text: string;
  title?: string | null | undefined;
  /** the article's address: a later version with the same url replaces this one */
  url?: string | null | undefined;
};

export type IngestStatus =
  | 'CREATED'
  | 'DRY_RUN'
  | 'REPLACED'
  | 'UNCHANGED';

export type JobState =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

export type QuoteFilter = {
  /** quotes whose evidence names this entity */
  aboutId?: string | number | null | undefined;
  /** knowledge time: only quotes published by then, with only those sources */
  asOf?: string | null | undefined;
  /** only quotes some source attributes by one of these methods (with minAttributionConfidence: the same source) */
  attributionMethods?: Array<AttributionMethod> | null | undefined;
  /**
   * said on or after (span overlaps [from, to]); dated quotes only when from or to is given (quotes placed at
   * their article's publication count, see TimeBasis)
   */
  from?: string | null | undefined;
  /** de or en */
  lang?: string | null | undefined;
  /** only quotes some source attributes with at least this confidence (0..1) */
  minAttributionConfidence?: number | null | undefined;
  /** quotes carried by this outlet: in its articles or in its reports */
  outletId?: string | number | null | undefined;
  /** quotes said by this entity */
  speakerId?: string | number | null | undefined;
  /** case-insensitive substring of the quote's words */
  text?: string | null | undefined;
  /** only quotes their text (or the event they were said at) dates, not those placed at their article's publication */
  textDatedOnly?: boolean | null | undefined;
  to?: string | null | undefined;
};

export type SpanKind =
  | 'CLAIM'
  | 'EVENT'
  | 'MENTION'
  | 'QUOTE'
  | 'REPORT';

/** One mention the extractor joined to the wrong entity, in one document. */
export type SplitMentionInput = {
  documentId: string | number;
  /** the entity the extractor joined the mention to */
  entityId: string | number;
  /** the entity they name (create it first with upsertEntity when it is new) */
  intoId: string | number;
  /** the mention's words as the document writes them (Mr Alexander) */
  mention: string;
};

/** Where a quote's or claim's time comes from. */
export type TimeBasis =
  /** a curator set it (correctFact); it holds over what the text says */
  | 'CURATOR'
  /** it was said at an event the text dates */
  | 'EVENT'
  /**
   * nothing in the text dates it: it was said on or before its article's publication and is placed on
   * the publication day (or month). Such items are on timelines and in date filters unless textDatedOnly.
   */
  | 'PUBLICATION'
  /** its own sentence gives the date */
  | 'TEXT';

export type TimelineKind =
  | 'CLAIM'
  | 'EVENT'
  | 'QUOTE'
  | 'REPORT'
  | 'ROLE_CHANGE';

/**
 * Why an imported quote has no speaker although nobody looked for one (Quote.unattributedReason); a quote
 * whose attribution ran and found nobody has the method NONE instead.
 */
export type UnattributedReason =
  /** its language has no attribution rules (there are rules for German and English only): no speaker was sought */
  | 'UNSUPPORTED_LANGUAGE';

export type UpsertEntityInput = {
  aliases?: Array<string> | null | undefined;
  /** e.g. person:marco-rubio; minted from kind and name when not given */
  id?: string | number | null | undefined;
  kind: EntityKind;
  name: string;
};

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { version: string, migrations: Array<string>, neo4j: { version: string, edition: string, plugins: Array<string>, pluginVersions: Array<{ name: string, version: string }> }, extractor: { version: string, documents: number, documentsBehind: number } } };

export type ServerVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerVersionQuery = { serverInfo: { version: string } };

export type AsOfQuotesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  speaker?: string | number | null | undefined;
}>;


export type AsOfQuotesQuery = { quotes: { totalCount: number, edges: Array<{ node: { id: string, knownSince: string | null, sources: Array<{ document: { id: string, publishedAt: string | null, knownSince: string | null } }> } }> } };

export type AsOfActivityQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  asOf?: string | null | undefined;
  bucket?: Bucket;
}>;


export type AsOfActivityQuery = { activity: Array<{ start: string, total: number, quotes: number, claims: number, events: number, reports: number, roleChanges: number, coarser: number }> };

export type AsOfSeedDayQuotesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AsOfSeedDayQuotesQuery = { timeline: { edges: Array<{ when: { precision: DatePrecision } | null, node:
        | { id: string, sources: Array<{ document: { id: string, publishedAt: string | null, knownSince: string | null } }> }
        | Record<PropertyKey, never>
       }> } };

export type AsOfEarlyTimelineQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AsOfEarlyTimelineQuery = { timeline: { totalCount: number, edges: Array<{ cursor: string }> } };

export type AsOfInfluenceQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AsOfInfluenceQuery = { influence: Array<{ rank: number, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , why: Array<{ edges: Array<{ from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , via: Array<
          | { __typename: 'Claim', id: string }
          | { __typename: 'Event', id: string }
          | { __typename: 'Quote', id: string }
          | { __typename: 'Report', id: string }
          | { __typename: 'RoleChange', id: string }
        >, sources: Array<{ document: { id: string, publishedAt: string | null, knownSince: string | null } }> }> }> }> };

export type AsOfConnectionsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AsOfConnectionsQuery = { connections: Array<{ length: number, edges: Array<{ relation: string, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , when: { earliest: string | null } | null, via: Array<
        | { __typename: 'Claim', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'Quote', id: string }
        | { __typename: 'Report', id: string }
        | { __typename: 'RoleChange', id: string }
      >, sources: Array<{ document: { id: string, publishedAt: string | null, knownSince: string | null } }> }> }> };

export type AttrQuotesQueryVariables = Exact<{
  filter?: QuoteFilter | null | undefined;
}>;


export type AttrQuotesQuery = { quotes: { totalCount: number, edges: Array<{ node: { id: string, text: string, saidBasis: TimeBasis | null, said: { edtf: string, earliest: string | null, latest: string | null, precision: DatePrecision } | null, attribution: { method: AttributionMethod, confidence: number } | null, sources: Array<{ confidence: number | null, attributionMethod: AttributionMethod | null, document: { publishedAt: string | null } }> } }> } };

export type AttrTimelineQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  textDatedOnly?: boolean | null | undefined;
}>;


export type AttrTimelineQuery = { timeline: { totalCount: number, edges: Array<{ when: { edtf: string } | null, node:
        | { __typename: 'Claim', id: string, text: string, whenBasis: TimeBasis | null, attribution: { method: AttributionMethod, confidence: number } | null }
        | { __typename: 'Event' }
        | { __typename: 'Quote', id: string, text: string, saidBasis: TimeBasis | null }
        | { __typename: 'Report' }
        | { __typename: 'RoleChange' }
       }> } };

export type ConnPathsQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  hops?: number | null | undefined;
}>;


export type ConnPathsQuery = { connections: Array<{ length: number, edges: Array<{ relation: string, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , via: Array<
        | { __typename: 'Claim', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'Quote', id: string }
        | { __typename: 'Report', id: string }
        | { __typename: 'RoleChange', id: string }
      >, sources: Array<{ start: number | null, end: number | null, document: { id: string } }> }> }> };

export type ConnPathsDefaultHopsQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type ConnPathsDefaultHopsQuery = { connections: Array<{ length: number, edges: Array<{ relation: string, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , via: Array<
        | { __typename: 'Claim', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'Quote', id: string }
        | { __typename: 'Report', id: string }
        | { __typename: 'RoleChange', id: string }
      > }> }> };

export type DevEntityQueryVariables = Exact<{ [key: string]: never; }>;


export type DevEntityQuery = { entity:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type DevTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type DevTimelineQuery = { timeline: { totalCount: number } };

export type DevQuotesQueryVariables = Exact<{ [key: string]: never; }>;


export type DevQuotesQuery = { quotes: { totalCount: number } };

export type OpsSearchRubioQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsSearchRubioQuery = { search: Array<{ score: number, snippet: string, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     | null }> };

export type OpsSearchUnicodeQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsSearchUnicodeQuery = { search: Array<{ entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null }> };

export type OpsSearchLuceneQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsSearchLuceneQuery = { search: Array<{ entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null }> };

export type OpsSearchNothingQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsSearchNothingQuery = { search: Array<{ score: number }> };

export type OpsSearchBlankQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsSearchBlankQuery = { search: Array<{ score: number }> };

export type OpsEntityNodeNoneQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsEntityNodeNoneQuery = { entity:
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, roles: Array<{ role: string | null, person:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
   | null, q:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, none:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type OpsFirstRubioQuoteQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsFirstRubioQuoteQuery = { quotes: { edges: Array<{ node: { id: string, sources: Array<{ document: { id: string } }> } }> } };

export type OpsDocumentSpansQueryVariables = Exact<{
  id: string | number;
}>;


export type OpsDocumentSpansQuery = { document: { id: string, text: string, spans: { edges: Array<{ node: { kind: SpanKind, start: number, end: number, text: string, fact:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null, entity:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null } }> } } | null, n:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type OpsRubioQuotesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsRubioQuotesQuery = { quotes: { totalCount: number, edges: Array<{ node: { id: string, speaker:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null } }> } };

export type OpsRubioQuotesPage1QueryVariables = Exact<{ [key: string]: never; }>;


export type OpsRubioQuotesPage1Query = { quotes: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type OpsRubioQuotesPage2QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OpsRubioQuotesPage2Query = { quotes: { pageInfo: { hasPreviousPage: boolean }, edges: Array<{ node: { id: string } }> } };

export type OpsGermanNatoQuotesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsGermanNatoQuotesQuery = { quotes: { edges: Array<{ node: { lang: string | null, text: string, said: { earliest: string | null } | null } }> } };

export type OpsQuotesNoneQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsQuotesNoneQuery = { quotes: { totalCount: number, edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean } } };

export type OpsInfluenceQueryVariables = Exact<{
  algorithm?: InfluenceAlgorithm | null | undefined;
}>;


export type OpsInfluenceQuery = { influence: Array<{ rank: number, score: number, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , why: Array<{ weight: number | null, edges: Array<{ relation: string, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , when: { edtf: string } | null, via: Array<
          | { __typename: 'Claim' }
          | { __typename: 'Event' }
          | { __typename: 'Quote' }
          | { __typename: 'Report' }
          | { __typename: 'RoleChange' }
        >, sources: Array<{ document: { id: string } }> }> }> }> };

export type OpsInfluenceTop3QueryVariables = Exact<{ [key: string]: never; }>;


export type OpsInfluenceTop3Query = { influence: Array<{ rank: number, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type OpsInfluenceEmptyQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsInfluenceEmptyQuery = { influence: Array<{ rank: number }> };

export type OpsRubioToReutersQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsRubioToReutersQuery = { connections: Array<{ length: number, edges: Array<{ relation: string, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , when: { edtf: string, earliest: string | null } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string } }> }> }> };

export type OpsConnectionsFiveHopsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsConnectionsFiveHopsQuery = { connections: Array<{ length: number }> };

export type OpsConnectionsZeroHopsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsConnectionsZeroHopsQuery = { connections: Array<{ length: number }> };

export type OpsRubioCoMentionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsRubioCoMentionsQuery = { coMentions: Array<{ count: number, firstSeen: string | null, lastSeen: string | null, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , documents: Array<{ id: string }> }> };

export type OpsNatoActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsNatoActivityQuery = { activity: Array<{ start: string, end: string, total: number, reports: number, coarser: number }> };

export type OpsNatoDailyActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsNatoDailyActivityQuery = { activity: Array<{ start: string }> };

export type OpsNatoIdQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsNatoIdQuery = { entity:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type OpsNatoTimelineCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsNatoTimelineCountQuery = { timeline: { totalCount: number } };

export type PageQuotesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PageQuotesQuery = { page: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> } };

export type PageTimelineQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PageTimelineQuery = { page: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type SrchSearchQueryVariables = Exact<{
  q: string;
  k?: Array<EntityKind> | EntityKind | null | undefined;
  n?: number | null | undefined;
}>;


export type SrchSearchQuery = { search: Array<{ score: number, entity:
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
     | null }> };

export type SrchUpsertEntityMutationVariables = Exact<{
  i: UpsertEntityInput;
}>;


export type SrchUpsertEntityMutation = { upsertEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type SrchDashboardQueryVariables = Exact<{
  q: string;
}>;


export type SrchDashboardQuery = { search: Array<{ score: number, snippet: string, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     | null, quote: { id: string, text: string, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, said: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null, outlet: string | null } }> } | null, claim: { id: string, text: string, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null, outlet: string | null } }> } | null, document: { id: string, title: string | null, outlet: string | null, lang: string | null, extracted: boolean, notExtractedReason: string | null } | null }> };

export type SrchByLoadersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SrchByLoadersQuery = { nodes: Array<
    | { __typename: 'Alliance', id: string, name: string, kind: EntityKind }
    | { __typename: 'Claim', id: string, text: string, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null, outlet: string | null } }> }
    | { __typename: 'CommandPost', id: string, name: string, kind: EntityKind }
    | { __typename: 'Country', id: string, name: string, kind: EntityKind }
    | { __typename: 'Document', id: string, title: string | null, outlet: string | null, lang: string | null, extracted: boolean, notExtractedReason: string | null }
    | { __typename: 'Event' }
    | { __typename: 'GovernmentBody', id: string, name: string, kind: EntityKind }
    | { __typename: 'MediaOutlet', id: string, name: string, kind: EntityKind }
    | { __typename: 'Organization', id: string, name: string, kind: EntityKind }
    | { __typename: 'Person', id: string, name: string, kind: EntityKind }
    | { __typename: 'Place', id: string, name: string, kind: EntityKind }
    | { __typename: 'Quote', id: string, text: string, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, said: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null, outlet: string | null } }> }
    | { __typename: 'Report' }
    | { __typename: 'RoleChange' }
   | null> };

export type SrchBenchQueryVariables = Exact<{
  q: string;
}>;


export type SrchBenchQuery = { search: Array<{ score: number, snippet: string, entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, quote: { id: string, text: string } | null }> };

export type SrchQidQueryVariables = Exact<{
  q: string;
}>;


export type SrchQidQuery = { search: Array<{ entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null }> };

export type TimelinePageQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  kinds?: Array<TimelineKind> | TimelineKind | null | undefined;
}>;


export type TimelinePageQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, when: { edtf: string, earliest: string | null, latest: string | null, precision: DatePrecision } | null, node:
        | { __typename: 'Claim', id: string, text: string, sources: Array<{ document: { id: string, publishedAt: string | null } }> }
        | { __typename: 'Event', id: string, name: string | null, sources: Array<{ document: { id: string, publishedAt: string | null } }> }
        | { __typename: 'Quote', id: string, text: string, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, event: { id: string, name: string | null, when: { edtf: string } | null } | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string, publishedAt: string | null } }> }
        | { __typename: 'Report', id: string, cue: string | null, publisher:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, publishedAt: string | null } }> }
        | { __typename: 'RoleChange', id: string, role: string | null, person:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , organization:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ document: { id: string, publishedAt: string | null } }> }
       }>, undated: Array<
      | { __typename: 'Claim', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Quote', id: string, said: { edtf: string, precision: DatePrecision } | null }
      | { __typename: 'Report', id: string, when: { edtf: string, precision: DatePrecision } | null }
      | { __typename: 'RoleChange', id: string }
    > } };

export type SpeakerQuotesPageQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type SpeakerQuotesPageQuery = { quotes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type TimelinePointersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TimelinePointersQuery = { timeline: { edges: Array<{ node:
        | { __typename: 'Claim', id: string, speaker:
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
           | null, about: Array<
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          > }
        | { __typename: 'Event', id: string, place:
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
           | null }
        | { __typename: 'Quote', id: string, speaker:
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
           | null, event: { id: string, name: string | null, when: { edtf: string } | null, place:
              | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
              | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
              | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
              | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
              | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
              | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
              | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
              | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
             | null, sources: Array<{ start: number | null, document: { id: string } }> } | null }
        | { __typename: 'Report', id: string, publisher:
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
           | null }
        | { __typename: 'RoleChange', id: string, person:
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          , organization:
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
           }
       }>, undated: Array<
      | { __typename: 'Claim', id: string, speaker:
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
         | null, about: Array<
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        > }
      | { __typename: 'Event', id: string, place:
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
         | null }
      | { __typename: 'Quote', id: string, speaker:
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
         | null, event: { id: string, name: string | null, when: { edtf: string } | null, place:
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
            | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
           | null, sources: Array<{ start: number | null, document: { id: string } }> } | null }
      | { __typename: 'Report', id: string, publisher:
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
         | null }
      | { __typename: 'RoleChange', id: string, person:
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        , organization:
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
         }
    > } };

export type TimelinePointersOfNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type TimelinePointersOfNodeQuery = { node:
    | { __typename: 'Alliance' }
    | { __typename: 'Claim', id: string, speaker:
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
       | null, about: Array<
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
      > }
    | { __typename: 'CommandPost' }
    | { __typename: 'Country' }
    | { __typename: 'Document' }
    | { __typename: 'Event', id: string, place:
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
       | null }
    | { __typename: 'GovernmentBody' }
    | { __typename: 'MediaOutlet' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Place' }
    | { __typename: 'Quote', id: string, speaker:
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
       | null, event: { id: string, name: string | null, when: { edtf: string } | null, place:
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
         | null, sources: Array<{ start: number | null, document: { id: string } }> } | null }
    | { __typename: 'Report', id: string, publisher:
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
       | null }
    | { __typename: 'RoleChange', id: string, person:
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
      , organization:
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, name: string, kind: EntityKind, aliases: Array<string> }
       }
   | null };

export type TimelineImpossibleToQueryVariables = Exact<{ [key: string]: never; }>;


export type TimelineImpossibleToQuery = { timeline: { totalCount: number } };

export type TimelineReversedWindowQueryVariables = Exact<{ [key: string]: never; }>;


export type TimelineReversedWindowQuery = { timeline: { totalCount: number } };

export type TimelineOfSpeakerQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineOfSpeakerQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { id: string }
        | Record<PropertyKey, never>
       }> } };

export type TimelineRoundTripsQueryVariables = Exact<{
  id: string | number;
}>;


export type TimelineRoundTripsQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ when: { earliest: string | null } | null, node:
        | { __typename: 'Claim' }
        | { __typename: 'Event' }
        | { __typename: 'Quote', id: string, text: string, speaker:
            | { id: string, name: string, roles: Array<{ role: string | null, when: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null } }> }> }
            | { id: string, name: string, roles: Array<{ role: string | null, when: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null } }> }> }
            | { id: string, name: string, roles: Array<{ role: string | null, when: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null } }> }> }
            | { id: string, name: string, roles: Array<{ role: string | null, when: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null } }> }> }
            | { id: string, name: string, roles: Array<{ role: string | null, when: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null } }> }> }
            | { id: string, name: string, roles: Array<{ role: string | null, when: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null } }> }> }
            | { id: string, name: string, roles: Array<{ role: string | null, when: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null } }> }> }
            | { id: string, name: string, roles: Array<{ role: string | null, when: { edtf: string } | null, sources: Array<{ start: number | null, end: number | null, document: { id: string, title: string | null } }> }> }
           | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }
        | { __typename: 'Report' }
        | { __typename: 'RoleChange' }
       }> } };

export type TimelineRoleChangesQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineRoleChangesQuery = { timeline: { totalCount: number, edges: Array<{ when: { earliest: string | null } | null, node:
        | { id: string, person:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , organization:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }
        | Record<PropertyKey, never>
       }> } };

export type UnattrQuotesQueryVariables = Exact<{
  text: string;
}>;


export type UnattrQuotesQuery = { quotes: { edges: Array<{ node: { id: string, text: string, lang: string | null, unattributedReason: UnattributedReason | null, speaker:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null, attribution: { method: AttributionMethod } | null } }> } };

export type UnattrNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type UnattrNodeQuery = { node:
    | { unattributedReason: UnattributedReason | null }
    | Record<PropertyKey, never>
   | null };

export type AccUpsertEntityMutationVariables = Exact<{
  input: UpsertEntityInput;
}>;


export type AccUpsertEntityMutation = { upsertEntity: { entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, errors: Array<{ code: CurationErrorCode, message: string, field: string | null }> } };

export type AccServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type AccServerInfoQuery = { serverInfo: { version: string } };

export type AccServerInfo2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccServerInfo2Query = { serverInfo: { version: string } };

export type AccServerInfo3QueryVariables = Exact<{ [key: string]: never; }>;


export type AccServerInfo3Query = { serverInfo: { version: string } };

export type AccServerInfo4QueryVariables = Exact<{ [key: string]: never; }>;


export type AccServerInfo4Query = { serverInfo: { version: string } };

export type AccAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type AccAuditLogQuery = { auditLog: { edges: Array<{ node: { who: string, operation: string, target: string | null } }> } };

export type AccServerInfo5QueryVariables = Exact<{ [key: string]: never; }>;


export type AccServerInfo5Query = { serverInfo: { version: string } };

export type AccServerInfo6QueryVariables = Exact<{ [key: string]: never; }>;


export type AccServerInfo6Query = { serverInfo: { version: string } };

export type AccServerInfo7QueryVariables = Exact<{ [key: string]: never; }>;


export type AccServerInfo7Query = { serverInfo: { version: string } };

export type AdmUpsertEntityMutationVariables = Exact<{
  i: UpsertEntityInput;
}>;


export type AdmUpsertEntityMutation = { upsertEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null, errors: Array<{ code: CurationErrorCode }> } };

export type AdmInfluenceQueryVariables = Exact<{ [key: string]: never; }>;


export type AdmInfluenceQuery = { influence: Array<{ rank: number, score: number, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type CorrCorrectFactMutationVariables = Exact<{
  id: string | number;
  i: CorrectFactInput;
}>;


export type CorrCorrectFactMutation = { correctFact: { factId: string | null, errors: Array<{ code: CurationErrorCode, field: string | null, message: string }> } };

export type CorrNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CorrNodeQuery = { node:
    | { saidBasis: TimeBasis | null, speaker:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null, said: { edtf: string } | null }
    | Record<PropertyKey, never>
   | null };

export type CorrTimelineQueryVariables = Exact<{
  e: Array<string | number> | string | number;
}>;


export type CorrTimelineQuery = { timeline: { edges: Array<{ node:
        | { id: string }
        | Record<PropertyKey, never>
       }> } };

export type CurIngestDocumentMutationVariables = Exact<{
  i: IngestDocumentInput;
}>;


export type CurIngestDocumentMutation = { ingestDocument: { documentId: string | null, status: IngestStatus | null, document: { text: string } | null, errors: Array<{ code: CurationErrorCode, field: string | null }> } };

export type CurIngestDocument2MutationVariables = Exact<{
  i: IngestDocumentInput;
}>;


export type CurIngestDocument2Mutation = { ingestDocument: { documentId: string | null, errors: Array<{ code: CurationErrorCode, field: string | null }> } };

export type CurUpsertEntityMutationVariables = Exact<{
  i: UpsertEntityInput;
}>;


export type CurUpsertEntityMutation = { upsertEntity: { entity:
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
     | null, errors: Array<{ code: CurationErrorCode, field: string | null, message: string }> } };

export type CurAddAliasMutationVariables = Exact<{
  id: string | number;
  a: string;
}>;


export type CurAddAliasMutation = { addAlias: { entity:
      | { aliases: Array<string> }
      | { aliases: Array<string> }
      | { aliases: Array<string> }
      | { aliases: Array<string> }
      | { aliases: Array<string> }
      | { aliases: Array<string> }
      | { aliases: Array<string> }
      | { aliases: Array<string> }
     | null, errors: Array<{ code: CurationErrorCode }> } };

export type CurAddAlias2MutationVariables = Exact<{ [key: string]: never; }>;


export type CurAddAlias2Mutation = { addAlias: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null, errors: Array<{ code: CurationErrorCode, field: string | null }> } };

export type CurAssertFactMutationVariables = Exact<{
  i: AssertFactInput;
}>;


export type CurAssertFactMutation = { assertFact: { factId: string | null, retracted: boolean | null, errors: Array<{ code: CurationErrorCode, field: string | null }> } };

export type CurRetractFactMutationVariables = Exact<{
  id: string | number;
  why: string;
}>;


export type CurRetractFactMutation = { retractFact: { factId: string | null, retracted: boolean | null, errors: Array<{ code: CurationErrorCode, field: string | null }> } };

export type CurMergeEntitiesMutationVariables = Exact<{
  k: string | number;
  m: string | number;
}>;


export type CurMergeEntitiesMutation = { mergeEntities: { mergedIds: Array<string>, entity:
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
     | null, errors: Array<{ code: CurationErrorCode, field: string | null }> } };

export type CurTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type CurTimelineQuery = { timeline: { edges: Array<{ node:
        | { id: string }
        | Record<PropertyKey, never>
       }> } };

export type CurUpsertEntity2MutationVariables = Exact<{
  i: UpsertEntityInput;
}>;


export type CurUpsertEntity2Mutation = { upsertEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type CurAuditLogQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CurAuditLogQuery = { auditLog: { edges: Array<{ cursor: string, node: { id: string, operation: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CurAuditLog2QueryVariables = Exact<{ [key: string]: never; }>;


export type CurAuditLog2Query = { auditLog: { edges: Array<{ cursor: string }> } };

export type FltQuotesQueryVariables = Exact<{ [key: string]: never; }>;


export type FltQuotesQuery = { quotes: { totalCount: number } };

export type FltQuotes2QueryVariables = Exact<{ [key: string]: never; }>;


export type FltQuotes2Query = { quotes: { totalCount: number } };

export type LdExQuotesQueryVariables = Exact<{
  filter?: QuoteFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type LdExQuotesQuery = { quotes: { totalCount: number, edges: Array<{ node: { id: string, text: string, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> } }> } };

export type LdExTimelineQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  first?: number | null | undefined;
}>;


export type LdExTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Claim' }
        | { __typename: 'Event' }
        | { __typename: 'Quote', id: string, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }
        | { __typename: 'Report' }
        | { __typename: 'RoleChange', id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }
       }> } };

export type LdExEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type LdExEntityQuery = { entity:
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
   | null };

export type LdDocumentQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LdDocumentQuery = { document: { spans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { kind: SpanKind, start: number, end: number, text: string, fact:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null, entity:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null } }> } } | null };

export type DashboardDocumentQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DashboardDocumentQuery = { document: { id: string, title: string | null, url: string | null, outlet: string | null, lang: string | null, publishedAt: string | null, knownSince: string | null, text: string, spans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: SpanKind, start: number, end: number, text: string, fact:
            | { __typename: 'Alliance', id: string }
            | { __typename: 'Claim', id: string }
            | { __typename: 'CommandPost', id: string }
            | { __typename: 'Country', id: string }
            | { __typename: 'Document', id: string }
            | { __typename: 'Event', id: string }
            | { __typename: 'GovernmentBody', id: string }
            | { __typename: 'MediaOutlet', id: string }
            | { __typename: 'Organization', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'Place', id: string }
            | { __typename: 'Quote', id: string }
            | { __typename: 'Report', id: string }
            | { __typename: 'RoleChange', id: string }
           | null, entity:
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
           | null } }> } } | null };

export type SpanPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: SpanKind, start: number, end: number, text: string, fact:
        | { __typename: 'Alliance', id: string }
        | { __typename: 'Claim', id: string }
        | { __typename: 'CommandPost', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'GovernmentBody', id: string }
        | { __typename: 'MediaOutlet', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Place', id: string }
        | { __typename: 'Quote', id: string }
        | { __typename: 'Report', id: string }
        | { __typename: 'RoleChange', id: string }
       | null, entity:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null } }> };

export type LdServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type LdServerInfoQuery = { serverInfo: { neo4j: { version: string } }, quotes: { totalCount: number } };

export type LdDocument2QueryVariables = Exact<{
  id: string | number;
}>;


export type LdDocument2Query = { document: { spans: { totalCount: number } } | null };

export type LdQuotesQueryVariables = Exact<{ [key: string]: never; }>;


export type LdQuotesQuery = { quotes: { totalCount: number } };

export type LimQuotesQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type LimQuotesQuery = { quotes: { edges: Array<{ node: { id: string, sources: Array<{ start: number | null, document: { id: string } }> } }> } };

export type LimQuotes2QueryVariables = Exact<{ [key: string]: never; }>;


export type LimQuotes2Query = { quotes: { edges: Array<{ node: { speaker:
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
         | null } }> } };

export type LimQuotes3QueryVariables = Exact<{ [key: string]: never; }>;


export type LimQuotes3Query = { quotes: { edges: Array<{ node: { speaker:
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
          | { roles: Array<{ person:
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
                | { roles: Array<{ organization:
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                      | { roles: Array<{ id: string }> }
                     }> }
               }> }
         | null } }> } };

export type EFragment = { edges: Array<{ node: { speaker:
        | { roles: Array<{ person:
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
             }> }
        | { roles: Array<{ person:
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
             }> }
        | { roles: Array<{ person:
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
             }> }
        | { roles: Array<{ person:
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
             }> }
        | { roles: Array<{ person:
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
             }> }
        | { roles: Array<{ person:
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
             }> }
        | { roles: Array<{ person:
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
             }> }
        | { roles: Array<{ person:
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
              | { roles: Array<{ organization:
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                    | { roles: Array<{ id: string }> }
                   }> }
             }> }
       | null } }> };

export type LimServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type LimServerInfoQuery = { a: { version: string }, b: { version: string } };

export type LimQuotes4QueryVariables = Exact<{ [key: string]: never; }>;


export type LimQuotes4Query = { quotes: { totalCount: number } };

export type LimServerInfo2QueryVariables = Exact<{ [key: string]: never; }>;


export type LimServerInfo2Query = { serverInfo: { version: string } };

export type LimServerInfo3QueryVariables = Exact<{ [key: string]: never; }>;


export type LimServerInfo3Query = { serverInfo: { version: string } };

export type LimServerInfo4QueryVariables = Exact<{ [key: string]: never; }>;


export type LimServerInfo4Query = { serverInfo: { version: string } };

export type LimServerInfo5QueryVariables = Exact<{ [key: string]: never; }>;


export type LimServerInfo5Query = { serverInfo: { version: string } };

export type LimServerInfo6QueryVariables = Exact<{ [key: string]: never; }>;


export type LimServerInfo6Query = { serverInfo: { version: string } };

export type Lim__SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type Lim__SchemaQuery = { __schema: { queryType: { name: string | null } } };

export type Lim__Schema2QueryVariables = Exact<{ [key: string]: never; }>;


export type Lim__Schema2Query = { __schema: { queryType: { name: string | null } } };

export type MergeIngestDocumentMutationVariables = Exact<{
  i: IngestDocumentInput;
}>;


export type MergeIngestDocumentMutation = { ingestDocument: { documentId: string | null, status: IngestStatus | null, errors: Array<{ code: CurationErrorCode, message: string }> } };

export type MergeUpsertEntityMutationVariables = Exact<{
  i: UpsertEntityInput;
}>;


export type MergeUpsertEntityMutation = { upsertEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type MergeMergeEntitiesMutationVariables = Exact<{
  k: string | number;
  m: string | number;
}>;


export type MergeMergeEntitiesMutation = { mergeEntities: { mergedIds: Array<string>, errors: Array<{ code: CurationErrorCode }> } };

export type MergeEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type MergeEntityQuery = { entity:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type MergeTimelineQueryVariables = Exact<{
  e: Array<string | number> | string | number;
  from?: string | null | undefined;
}>;


export type MergeTimelineQuery = { timeline: { totalCount: number } };

export type MergeTimeline2QueryVariables = Exact<{
  e: Array<string | number> | string | number;
}>;


export type MergeTimeline2Query = { timeline: { totalCount: number } };

export type MergeActivityQueryVariables = Exact<{
  e: Array<string | number> | string | number;
}>;


export type MergeActivityQuery = { activity: Array<{ quotes: number }> };

export type MergeQuotesQueryVariables = Exact<{
  s: string | number;
}>;


export type MergeQuotesQuery = { quotes: { totalCount: number, edges: Array<{ node: { speaker:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null } }> } };

export type MergeQuotes2QueryVariables = Exact<{
  s: string | number;
}>;


export type MergeQuotes2Query = { quotes: { totalCount: number, edges: Array<{ node: { speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null } }> } };

export type MergeCoMentionsQueryVariables = Exact<{
  id: string | number;
}>;


export type MergeCoMentionsQuery = { coMentions: Array<{ entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type ObsServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ObsServerInfoQuery = { serverInfo: { version: string } };

export type ReexReextractMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type ReexReextractMutation = { reextract: { job: { id: string, state: JobState, dryRun: boolean, extractor: string } | null, errors: Array<{ code: CurationErrorCode, message: string }> } };

export type ReexReextractJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ReexReextractJobQuery = { reextractJob: { state: JobState, documents: number, replaced: number, failed: number, finishedAt: string | null, error: string | null } | null };

export type RmRemoveDocumentMutationVariables = Exact<{
  id: string | number;
  r: string;
}>;


export type RmRemoveDocumentMutation = { removeDocument: { documentId: string | null, deletedFacts: number, keptFacts: number, deletedEntities: number, deletedRelations: number, errors: Array<{ code: CurationErrorCode, field: string | null, message: string }> } };

export type RetrIngestDocumentMutationVariables = Exact<{
  i: IngestDocumentInput;
}>;


export type RetrIngestDocumentMutation = { ingestDocument: { documentId: string | null, status: IngestStatus | null, errors: Array<{ code: CurationErrorCode }> } };

export type RetrQuotesQueryVariables = Exact<{
  s: string | number;
}>;


export type RetrQuotesQuery = { quotes: { edges: Array<{ node: { id: string } }> } };

export type RetrUpsertEntityMutationVariables = Exact<{
  i: UpsertEntityInput;
}>;


export type RetrUpsertEntityMutation = { upsertEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type RetrAssertFactMutationVariables = Exact<{
  i: AssertFactInput;
}>;


export type RetrAssertFactMutation = { assertFact: { factId: string | null } };

export type RetrQuotes2QueryVariables = Exact<{
  s: string | number;
  a: string | number;
}>;


export type RetrQuotes2Query = { quotes: { totalCount: number }, entity:
    | { roles: Array<{ id: string }> }
    | Record<PropertyKey, never>
   | null };

export type RetrRetractFactMutationVariables = Exact<{
  id: string | number;
  why: string;
}>;


export type RetrRetractFactMutation = { retractFact: { retracted: boolean | null, errors: Array<{ code: CurationErrorCode }> } };

export type RetrQuotes3QueryVariables = Exact<{
  s: string | number;
  all?: boolean | null | undefined;
}>;


export type RetrQuotes3Query = { quotes: { totalCount: number, edges: Array<{ node: { id: string, retraction: { reason: string, by: string | null, at: string } | null } }> } };

export type RetrQuotes4QueryVariables = Exact<{
  t: string;
  all?: boolean | null | undefined;
}>;


export type RetrQuotes4Query = { quotes: { totalCount: number } };

export type RetrTimelineQueryVariables = Exact<{
  e: Array<string | number> | string | number;
  all?: boolean | null | undefined;
  from?: string | null | undefined;
}>;


export type RetrTimelineQuery = { timeline: { edges: Array<{ node:
        | { __typename: 'Claim' }
        | { __typename: 'Event' }
        | { __typename: 'Quote', id: string }
        | { __typename: 'Report' }
        | { __typename: 'RoleChange', id: string }
       }> } };

export type RetrActivityQueryVariables = Exact<{
  e: Array<string | number> | string | number;
  all?: boolean | null | undefined;
}>;


export type RetrActivityQuery = { activity: Array<{ quotes: number, roleChanges: number }> };

export type RetrSearchQueryVariables = Exact<{
  q: string;
  all?: boolean | null | undefined;
}>;


export type RetrSearchQuery = { search: Array<{ quote: { id: string } | null }> };

export type RetrConnectionsQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  all?: boolean | null | undefined;
}>;


export type RetrConnectionsQuery = { connections: Array<{ edges: Array<{ relation: string }> }> };

export type RetrInfluenceQueryVariables = Exact<{
  a: string | number;
  all?: boolean | null | undefined;
}>;


export type RetrInfluenceQuery = { influence: Array<{ entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type RetrNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RetrNodeQuery = { node:
    | { id: string, retraction: { reason: string } | null }
    | Record<PropertyKey, never>
   | null };

export type RetrNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type RetrNode2Query = { node:
    | { id: string, retraction: { reason: string } | null }
    | Record<PropertyKey, never>
   | null };

export type RetrEntityQueryVariables = Exact<{
  a: string | number;
  d: string | number;
}>;


export type RetrEntityQuery = { entity:
    | { roles: Array<{ id: string }> }
    | Record<PropertyKey, never>
   | null, document: { spans: { edges: Array<{ node: { kind: SpanKind } }> } } | null };

export type RetrQuotes5QueryVariables = Exact<{
  s: string | number;
  all?: boolean | null | undefined;
}>;


export type RetrQuotes5Query = { quotes: { totalCount: number, edges: Array<{ node: { id: string, retraction: { reason: string } | null, sources: Array<{ start: number | null }> } }> } };

export type SplitSplitMentionMutationVariables = Exact<{
  i: SplitMentionInput;
}>;


export type SplitSplitMentionMutation = { splitMention: { spans: number, reattributed: Array<string>, errors: Array<{ code: CurationErrorCode, field: string | null, message: string }> } };

export type SplitUpsertEntityMutationVariables = Exact<{
  i: UpsertEntityInput;
}>;


export type SplitUpsertEntityMutation = { upsertEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null, errors: Array<{ code: CurationErrorCode }> } };

export type UnmergeIngestMutationVariables = Exact<{
  i: IngestDocumentInput;
}>;


export type UnmergeIngestMutation = { ingestDocument: { documentId: string | null, errors: Array<{ code: CurationErrorCode, message: string }> } };

export type UnmergeMergeMutationVariables = Exact<{
  k: string | number;
  m: string | number;
}>;


export type UnmergeMergeMutation = { mergeEntities: { mergedIds: Array<string>, errors: Array<{ code: CurationErrorCode }> } };

export type UnmergeUnmergeMutationVariables = Exact<{
  k: string | number;
  m: string | number;
  why: string;
}>;


export type UnmergeUnmergeMutation = { unmergeEntities: { moved: number, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null, restored:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, errors: Array<{ code: CurationErrorCode, field: string | null, message: string }> } };

export type UnmergeTimelineQueryVariables = Exact<{
  e: Array<string | number> | string | number;
}>;


export type UnmergeTimelineQuery = { timeline: { totalCount: number } };

export type UnmergeUpsertMutationVariables = Exact<{
  i: UpsertEntityInput;
}>;


export type UnmergeUpsertMutation = { upsertEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type UnmergeAssertMutationVariables = Exact<{
  i: AssertFactInput;
}>;


export type UnmergeAssertMutation = { assertFact: { factId: string | null, errors: Array<{ code: CurationErrorCode }> } };

export type UnmergeEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type UnmergeEntityQuery = { entity:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type WdQuotesQueryVariables = Exact<{
  p: string | number;
  a: string | number;
  b: string | number;
  q: string;
}>;


export type WdQuotesQuery = { quotes: { edges: Array<{ node: { text: string, knownSince: string | null, retraction: { reason: string } | null, sources: Array<{ excerpt: string | null, document: { id: string } }> } }> }, entity:
    | { roles: Array<{ role: string | null, knownSince: string | null, sources: Array<{ document: { id: string } }> }> }
    | Record<PropertyKey, never>
   | null, a: { id: string } | null, b: { id: string } | null, search: Array<{ quote: { text: string } | null }>, timeline: { totalCount: number } };

export type WdWithdrawDocumentMutationVariables = Exact<{
  id: string | number;
  r: string;
}>;


export type WdWithdrawDocumentMutation = { withdrawDocument: { documentId: string | null, hiddenFacts: number, keptFacts: number, hiddenRelations: number, errors: Array<{ code: CurationErrorCode, field: string | null, message: string }> } };

export type WdRestoreDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type WdRestoreDocumentMutation = { restoreDocument: { documentId: string | null, shownFacts: number, shownRelations: number, errors: Array<{ code: CurationErrorCode, field: string | null, message: string }> } };

export type WdAssertFactMutationVariables = Exact<{
  i: AssertFactInput;
}>;


export type WdAssertFactMutation = { assertFact: { errors: Array<{ code: CurationErrorCode }> } };

export type WdRetractFactMutationVariables = Exact<{
  id: string | number;
}>;


export type WdRetractFactMutation = { retractFact: { retracted: boolean | null, errors: Array<{ code: CurationErrorCode }> } };

export type ExcEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type ExcEntityQuery = { entity:
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
    | { roles: Array<{ id: string, role: string | null, sources: Array<{ start: number | null, end: number | null, excerpt: string | null, document: { id: string } }> }> }
   | null };

export type ExcNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ExcNodeQuery = { node:
    | { sources: Array<{ excerpt: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type ExcIngestDocumentMutationVariables = Exact<{
  i: IngestDocumentInput;
}>;


export type ExcIngestDocumentMutation = { ingestDocument: { documentId: string | null, errors: Array<{ code: CurationErrorCode, field: string | null }> } };

export type ExcUpsertEntityMutationVariables = Exact<{
  i: UpsertEntityInput;
}>;


export type ExcUpsertEntityMutation = { upsertEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null, errors: Array<{ code: CurationErrorCode, field: string | null }> } };

export type ExcAssertFactMutationVariables = Exact<{
  i: AssertFactInput;
}>;


export type ExcAssertFactMutation = { assertFact: { factId: string | null, errors: Array<{ code: CurationErrorCode, field: string | null }> } };

export type RestartQuotesQueryVariables = Exact<{ [key: string]: never; }>;


export type RestartQuotesQuery = { quotes: { totalCount: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SpanPageFragmentDoc = new TypedDocumentString(`
    fragment SpanPage on DocumentSpanConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      kind
      start
      end
      text
      fact {
        __typename
        id
      }
      entity {
        id
        name
        kind
      }
    }
  }
}
    `, {"fragmentName":"SpanPage"}) as unknown as TypedDocumentString<SpanPageFragment, unknown>;
export const EFragmentDoc = new TypedDocumentString(`
    fragment E on QuoteConnection {
  edges {
    node {
      speaker {
        roles {
          person {
            roles {
              organization {
                roles {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}
    `, {"fragmentName":"E"}) as unknown as TypedDocumentString<EFragment, unknown>;
export const ServerInfoDocument = new TypedDocumentString(`
    query ServerInfo {
  serverInfo {
    version
    neo4j {
      version
      edition
      plugins
      pluginVersions {
        name
        version
      }
    }
    migrations
    extractor {
      version
      documents
      documentsBehind
    }
  }
}
    `) as unknown as TypedDocumentString<ServerInfoQuery, ServerInfoQueryVariables>;
export const ServerVersionDocument = new TypedDocumentString(`
    query ServerVersion {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<ServerVersionQuery, ServerVersionQueryVariables>;
export const AsOfQuotesDocument = new TypedDocumentString(`
    query AsOfQuotes($asOf: Date, $speaker: ID) {
  quotes(filter: {asOf: $asOf, speakerId: $speaker}, first: 100) {
    totalCount
    edges {
      node {
        id
        knownSince
        sources {
          document {
            id
            publishedAt
            knownSince
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AsOfQuotesQuery, AsOfQuotesQueryVariables>;
export const AsOfActivityDocument = new TypedDocumentString(`
    query AsOfActivity($ids: [ID!]!, $asOf: Date, $bucket: Bucket! = DAY) {
  activity(
    entityIds: $ids
    from: "2026-02-01"
    to: "2026-02-28"
    bucket: $bucket
    asOf: $asOf
  ) {
    start
    total
    quotes
    claims
    events
    reports
    roleChanges
    coarser
  }
}
    `) as unknown as TypedDocumentString<AsOfActivityQuery, AsOfActivityQueryVariables>;
export const AsOfSeedDayQuotesDocument = new TypedDocumentString(`
    query AsOfSeedDayQuotes($asOf: Date) {
  timeline(
    entityIds: ["person:marco-rubio", "org:nato"]
    from: "2026-02-15"
    to: "2026-02-15"
    kinds: [QUOTE]
    asOf: $asOf
    first: 100
  ) {
    edges {
      when {
        precision
      }
      node {
        ... on Quote {
          id
          sources {
            document {
              id
              publishedAt
              knownSince
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AsOfSeedDayQuotesQuery, AsOfSeedDayQuotesQueryVariables>;
export const AsOfEarlyTimelineDocument = new TypedDocumentString(`
    query AsOfEarlyTimeline($asOf: Date) {
  timeline(entityIds: ["person:marco-rubio"], asOf: $asOf) {
    totalCount
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<AsOfEarlyTimelineQuery, AsOfEarlyTimelineQueryVariables>;
export const AsOfInfluenceDocument = new TypedDocumentString(`
    query AsOfInfluence($asOf: Date) {
  influence(from: "2026-01-01", to: "2026-02-28", asOf: $asOf, first: 20) {
    rank
    entity {
      id
    }
    why {
      edges {
        from {
          id
        }
        to {
          id
        }
        via {
          __typename
          ... on Node {
            id
          }
        }
        sources {
          document {
            id
            publishedAt
            knownSince
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AsOfInfluenceQuery, AsOfInfluenceQueryVariables>;
export const AsOfConnectionsDocument = new TypedDocumentString(`
    query AsOfConnections($asOf: Date) {
  connections(from: "person:marco-rubio", to: "org:reuters", asOf: $asOf) {
    length
    edges {
      from {
        id
      }
      to {
        id
      }
      relation
      when {
        earliest
      }
      via {
        __typename
        ... on Node {
          id
        }
      }
      sources {
        document {
          id
          publishedAt
          knownSince
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AsOfConnectionsQuery, AsOfConnectionsQueryVariables>;
export const AttrQuotesDocument = new TypedDocumentString(`
    query AttrQuotes($filter: QuoteFilter) {
  quotes(filter: $filter, first: 50) {
    totalCount
    edges {
      node {
        id
        text
        said {
          edtf
          earliest
          latest
          precision
        }
        saidBasis
        attribution {
          method
          confidence
        }
        sources {
          confidence
          attributionMethod
          document {
            publishedAt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttrQuotesQuery, AttrQuotesQueryVariables>;
export const AttrTimelineDocument = new TypedDocumentString(`
    query AttrTimeline($ids: [ID!]!, $from: Date, $to: Date, $textDatedOnly: Boolean) {
  timeline(
    entityIds: $ids
    from: $from
    to: $to
    first: 50
    textDatedOnly: $textDatedOnly
  ) {
    totalCount
    edges {
      when {
        edtf
      }
      node {
        __typename
        ... on Quote {
          id
          text
          saidBasis
        }
        ... on Claim {
          id
          text
          whenBasis
          attribution {
            method
            confidence
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttrTimelineQuery, AttrTimelineQueryVariables>;
export const ConnPathsDocument = new TypedDocumentString(`
    query ConnPaths($a: ID!, $b: ID!, $hops: Int) {
  connections(from: $a, to: $b, maxHops: $hops) {
    length
    edges {
      from {
        id
      }
      to {
        id
      }
      relation
      via {
        __typename
        ... on Node {
          id
        }
      }
      sources {
        start
        end
        document {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnPathsQuery, ConnPathsQueryVariables>;
export const ConnPathsDefaultHopsDocument = new TypedDocumentString(`
    query ConnPathsDefaultHops($a: ID!, $b: ID!) {
  connections(from: $a, to: $b) {
    length
    edges {
      from {
        id
      }
      to {
        id
      }
      relation
      via {
        __typename
        ... on Node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnPathsDefaultHopsQuery, ConnPathsDefaultHopsQueryVariables>;
export const DevEntityDocument = new TypedDocumentString(`
    query DevEntity {
  entity(id: "org:nato") {
    id
  }
}
    `) as unknown as TypedDocumentString<DevEntityQuery, DevEntityQueryVariables>;
export const DevTimelineDocument = new TypedDocumentString(`
    query DevTimeline {
  timeline(entityIds: ["person:nobody-dev-mode"]) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DevTimelineQuery, DevTimelineQueryVariables>;
export const DevQuotesDocument = new TypedDocumentString(`
    query DevQuotes {
  quotes(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DevQuotesQuery, DevQuotesQueryVariables>;
export const OpsSearchRubioDocument = new TypedDocumentString(`
    query OpsSearchRubio {
  search(query: "Rubio") {
    score
    snippet
    entity {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<OpsSearchRubioQuery, OpsSearchRubioQueryVariables>;
export const OpsSearchUnicodeDocument = new TypedDocumentString(`
    query OpsSearchUnicode {
  search(query: "Außenminister") {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OpsSearchUnicodeQuery, OpsSearchUnicodeQueryVariables>;
export const OpsSearchLuceneDocument = new TypedDocumentString(`
    query OpsSearchLucene {
  search(query: "Rubio) OR (*:*") {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OpsSearchLuceneQuery, OpsSearchLuceneQueryVariables>;
export const OpsSearchNothingDocument = new TypedDocumentString(`
    query OpsSearchNothing {
  search(query: "Zzyzxquux東京") {
    score
  }
}
    `) as unknown as TypedDocumentString<OpsSearchNothingQuery, OpsSearchNothingQueryVariables>;
export const OpsSearchBlankDocument = new TypedDocumentString(`
    query OpsSearchBlank {
  search(query: "  ") {
    score
  }
}
    `) as unknown as TypedDocumentString<OpsSearchBlankQuery, OpsSearchBlankQueryVariables>;
export const OpsEntityNodeNoneDocument = new TypedDocumentString(`
    query OpsEntityNodeNone {
  entity(id: "org:nato") {
    id
    name
    kind
    aliases
    ... on Alliance {
      roles {
        role
        person {
          name
        }
      }
    }
  }
  q: node(id: "person:marco-rubio") {
    id
    ... on Person {
      name
    }
  }
  none: entity(id: "person:nobody") {
    id
  }
}
    `) as unknown as TypedDocumentString<OpsEntityNodeNoneQuery, OpsEntityNodeNoneQueryVariables>;
export const OpsFirstRubioQuoteDocument = new TypedDocumentString(`
    query OpsFirstRubioQuote {
  quotes(filter: {speakerId: "person:marco-rubio"}, first: 1) {
    edges {
      node {
        id
        sources {
          document {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpsFirstRubioQuoteQuery, OpsFirstRubioQuoteQueryVariables>;
export const OpsDocumentSpansDocument = new TypedDocumentString(`
    query OpsDocumentSpans($id: ID!) {
  document(id: $id) {
    id
    text
    spans {
      edges {
        node {
          kind
          start
          end
          text
          fact {
            id
          }
          entity {
            id
          }
        }
      }
    }
  }
  n: node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpsDocumentSpansQuery, OpsDocumentSpansQueryVariables>;
export const OpsRubioQuotesDocument = new TypedDocumentString(`
    query OpsRubioQuotes {
  quotes(filter: {speakerId: "person:marco-rubio"}, first: 100) {
    totalCount
    edges {
      node {
        id
        speaker {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpsRubioQuotesQuery, OpsRubioQuotesQueryVariables>;
export const OpsRubioQuotesPage1Document = new TypedDocumentString(`
    query OpsRubioQuotesPage1 {
  quotes(filter: {speakerId: "person:marco-rubio"}, first: 2) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpsRubioQuotesPage1Query, OpsRubioQuotesPage1QueryVariables>;
export const OpsRubioQuotesPage2Document = new TypedDocumentString(`
    query OpsRubioQuotesPage2($after: String) {
  quotes(filter: {speakerId: "person:marco-rubio"}, first: 2, after: $after) {
    pageInfo {
      hasPreviousPage
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpsRubioQuotesPage2Query, OpsRubioQuotesPage2QueryVariables>;
export const OpsGermanNatoQuotesDocument = new TypedDocumentString(`
    query OpsGermanNatoQuotes {
  quotes(filter: {lang: "de", text: "nato", from: "2026-02-01", to: "2026-02-28"}) {
    edges {
      node {
        lang
        text
        said {
          earliest
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpsGermanNatoQuotesQuery, OpsGermanNatoQuotesQueryVariables>;
export const OpsQuotesNoneDocument = new TypedDocumentString(`
    query OpsQuotesNone {
  quotes(filter: {text: "ÿ-never-said-ü"}) {
    totalCount
    edges {
      cursor
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<OpsQuotesNoneQuery, OpsQuotesNoneQueryVariables>;
export const OpsInfluenceDocument = new TypedDocumentString(`
    query OpsInfluence($algorithm: InfluenceAlgorithm) {
  influence(from: "2026-01-01", to: "2026-02-28", algorithm: $algorithm, first: 5) {
    rank
    score
    entity {
      id
    }
    why {
      weight
      edges {
        from {
          id
        }
        to {
          id
        }
        relation
        when {
          edtf
        }
        via {
          __typename
        }
        sources {
          document {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpsInfluenceQuery, OpsInfluenceQueryVariables>;
export const OpsInfluenceTop3Document = new TypedDocumentString(`
    query OpsInfluenceTop3 {
  influence(from: "2026-01-01", to: "2026-02-28", first: 3) {
    rank
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OpsInfluenceTop3Query, OpsInfluenceTop3QueryVariables>;
export const OpsInfluenceEmptyDocument = new TypedDocumentString(`
    query OpsInfluenceEmpty {
  influence(from: "1990-01-01", to: "1990-12-31") {
    rank
  }
}
    `) as unknown as TypedDocumentString<OpsInfluenceEmptyQuery, OpsInfluenceEmptyQueryVariables>;
export const OpsRubioToReutersDocument = new TypedDocumentString(`
    query OpsRubioToReuters {
  connections(from: "person:marco-rubio", to: "org:reuters") {
    length
    edges {
      from {
        id
      }
      to {
        id
      }
      relation
      when {
        edtf
        earliest
      }
      sources {
        start
        end
        document {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpsRubioToReutersQuery, OpsRubioToReutersQueryVariables>;
export const OpsConnectionsFiveHopsDocument = new TypedDocumentString(`
    query OpsConnectionsFiveHops {
  connections(from: "person:marco-rubio", to: "org:reuters", maxHops: 5) {
    length
  }
}
    `) as unknown as TypedDocumentString<OpsConnectionsFiveHopsQuery, OpsConnectionsFiveHopsQueryVariables>;
export const OpsConnectionsZeroHopsDocument = new TypedDocumentString(`
    query OpsConnectionsZeroHops {
  connections(from: "person:marco-rubio", to: "org:reuters", maxHops: 0) {
    length
  }
}
    `) as unknown as TypedDocumentString<OpsConnectionsZeroHopsQuery, OpsConnectionsZeroHopsQueryVariables>;
export const OpsRubioCoMentionsDocument = new TypedDocumentString(`
    query OpsRubioCoMentions {
  coMentions(entityId: "person:marco-rubio", first: 5) {
    count
    firstSeen
    lastSeen
    entity {
      id
    }
    documents {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OpsRubioCoMentionsQuery, OpsRubioCoMentionsQueryVariables>;
export const OpsNatoActivityDocument = new TypedDocumentString(`
    query OpsNatoActivity {
  activity(
    entityIds: ["org:nato"]
    from: "2026-01-01"
    to: "2026-03-31"
    bucket: MONTH
  ) {
    start
    end
    total
    reports
    coarser
  }
}
    `) as unknown as TypedDocumentString<OpsNatoActivityQuery, OpsNatoActivityQueryVariables>;
export const OpsNatoDailyActivityDocument = new TypedDocumentString(`
    query OpsNatoDailyActivity {
  activity(
    entityIds: ["org:nato"]
    from: "1900-01-01"
    to: "2026-03-31"
    bucket: DAY
  ) {
    start
  }
}
    `) as unknown as TypedDocumentString<OpsNatoDailyActivityQuery, OpsNatoDailyActivityQueryVariables>;
export const OpsNatoIdDocument = new TypedDocumentString(`
    query OpsNatoId {
  entity(id: "org:nato") {
    id
  }
}
    `) as unknown as TypedDocumentString<OpsNatoIdQuery, OpsNatoIdQueryVariables>;
export const OpsNatoTimelineCountDocument = new TypedDocumentString(`
    query OpsNatoTimelineCount {
  timeline(entityIds: ["org:nato"]) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OpsNatoTimelineCountQuery, OpsNatoTimelineCountQueryVariables>;
export const PageQuotesDocument = new TypedDocumentString(`
    query PageQuotes($first: Int, $after: String) {
  page: quotes(
    filter: {speakerId: "person:marco-rubio"}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageQuotesQuery, PageQuotesQueryVariables>;
export const PageTimelineDocument = new TypedDocumentString(`
    query PageTimeline($first: Int, $after: String) {
  page: timeline(entityIds: ["org:nato"], first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ... on Node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageTimelineQuery, PageTimelineQueryVariables>;
export const SrchSearchDocument = new TypedDocumentString(`
    query SrchSearch($q: String!, $k: [EntityKind!], $n: Int) {
  search(query: $q, kinds: $k, first: $n) {
    score
    entity {
      id
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<SrchSearchQuery, SrchSearchQueryVariables>;
export const SrchUpsertEntityDocument = new TypedDocumentString(`
    mutation SrchUpsertEntity($i: UpsertEntityInput!) {
  upsertEntity(input: $i) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SrchUpsertEntityMutation, SrchUpsertEntityMutationVariables>;
export const SrchDashboardDocument = new TypedDocumentString(`
    query SrchDashboard($q: String!) {
  search(query: $q, first: 8) {
    score
    snippet
    entity {
      id
      name
      kind
    }
    quote {
      id
      text
      speaker {
        id
        name
      }
      said {
        edtf
      }
      sources {
        start
        end
        document {
          id
          title
          outlet
        }
      }
    }
    claim {
      id
      text
      speaker {
        id
        name
      }
      sources {
        start
        end
        document {
          id
          title
          outlet
        }
      }
    }
    document {
      id
      title
      outlet
      lang
      extracted
      notExtractedReason
    }
  }
}
    `) as unknown as TypedDocumentString<SrchDashboardQuery, SrchDashboardQueryVariables>;
export const SrchByLoadersDocument = new TypedDocumentString(`
    query SrchByLoaders($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Entity {
      id
      name
      kind
    }
    ... on Quote {
      id
      text
      speaker {
        id
        name
      }
      said {
        edtf
      }
      sources {
        start
        end
        document {
          id
          title
          outlet
        }
      }
    }
    ... on Claim {
      id
      text
      speaker {
        id
        name
      }
      sources {
        start
        end
        document {
          id
          title
          outlet
        }
      }
    }
    ... on Document {
      id
      title
      outlet
      lang
      extracted
      notExtractedReason
    }
  }
}
    `) as unknown as TypedDocumentString<SrchByLoadersQuery, SrchByLoadersQueryVariables>;
export const SrchBenchDocument = new TypedDocumentString(`
    query SrchBench($q: String!) {
  search(query: $q, first: 10) {
    score
    snippet
    entity {
      id
      name
    }
    quote {
      id
      text
    }
  }
}
    `) as unknown as TypedDocumentString<SrchBenchQuery, SrchBenchQueryVariables>;
export const SrchQidDocument = new TypedDocumentString(`
    query SrchQid($q: String!) {
  search(query: $q) {
    entity {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SrchQidQuery, SrchQidQueryVariables>;
export const TimelinePageDocument = new TypedDocumentString(`
    query TimelinePage($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $first: Int, $after: String, $kinds: [TimelineKind!]) {
  timeline(
    entityIds: $ids
    from: $from
    to: $to
    asOf: $asOf
    first: $first
    after: $after
    kinds: $kinds
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      when {
        edtf
        earliest
        latest
        precision
      }
      node {
        __typename
        ... on Quote {
          id
          text
          speaker {
            id
            name
          }
          event {
            id
            name
            when {
              edtf
            }
          }
          sources {
            start
            end
            excerpt
            document {
              id
              publishedAt
            }
          }
        }
        ... on Claim {
          id
          text
          sources {
            document {
              id
              publishedAt
            }
          }
        }
        ... on Report {
          id
          cue
          publisher {
            id
            name
          }
          sources {
            start
            end
            document {
              id
              publishedAt
            }
          }
        }
        ... on Event {
          id
          name
          sources {
            document {
              id
              publishedAt
            }
          }
        }
        ... on RoleChange {
          id
          role
          person {
            id
          }
          organization {
            id
          }
          sources {
            document {
              id
              publishedAt
            }
          }
        }
      }
    }
    undated {
      __typename
      ... on Quote {
        id
        said {
          edtf
          precision
        }
      }
      ... on Report {
        id
        when {
          edtf
          precision
        }
      }
      ... on Claim {
        id
      }
      ... on Event {
        id
      }
      ... on RoleChange {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelinePageQuery, TimelinePageQueryVariables>;
export const SpeakerQuotesPageDocument = new TypedDocumentString(`
    query SpeakerQuotesPage($id: ID!, $from: Date, $to: Date, $after: String) {
  quotes(filter: {speakerId: $id, from: $from, to: $to}, first: 2, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpeakerQuotesPageQuery, SpeakerQuotesPageQueryVariables>;
export const TimelinePointersDocument = new TypedDocumentString(`
    query TimelinePointers($ids: [ID!]!) {
  timeline(entityIds: $ids, first: 100) {
    edges {
      node {
        __typename
        ... on Quote {
          id
          speaker {
            id
            name
            kind
            aliases
          }
          event {
            id
            name
            when {
              edtf
            }
            place {
              id
              name
              kind
              aliases
            }
            sources {
              start
              document {
                id
              }
            }
          }
        }
        ... on Claim {
          id
          speaker {
            id
            name
            kind
            aliases
          }
          about {
            id
            name
            kind
            aliases
          }
        }
        ... on Report {
          id
          publisher {
            id
            name
            kind
            aliases
          }
        }
        ... on Event {
          id
          place {
            id
            name
            kind
            aliases
          }
        }
        ... on RoleChange {
          id
          person {
            id
            name
            kind
            aliases
          }
          organization {
            id
            name
            kind
            aliases
          }
        }
      }
    }
    undated {
      __typename
      ... on Quote {
        id
        speaker {
          id
          name
          kind
          aliases
        }
        event {
          id
          name
          when {
            edtf
          }
          place {
            id
            name
            kind
            aliases
          }
          sources {
            start
            document {
              id
            }
          }
        }
      }
      ... on Claim {
        id
        speaker {
          id
          name
          kind
          aliases
        }
        about {
          id
          name
          kind
          aliases
        }
      }
      ... on Report {
        id
        publisher {
          id
          name
          kind
          aliases
        }
      }
      ... on Event {
        id
        place {
          id
          name
          kind
          aliases
        }
      }
      ... on RoleChange {
        id
        person {
          id
          name
          kind
          aliases
        }
        organization {
          id
          name
          kind
          aliases
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelinePointersQuery, TimelinePointersQueryVariables>;
export const TimelinePointersOfNodeDocument = new TypedDocumentString(`
    query TimelinePointersOfNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Quote {
      id
      speaker {
        id
        name
        kind
        aliases
      }
      event {
        id
        name
        when {
          edtf
        }
        place {
          id
          name
          kind
          aliases
        }
        sources {
          start
          document {
            id
          }
        }
      }
    }
    ... on Claim {
      id
      speaker {
        id
        name
        kind
        aliases
      }
      about {
        id
        name
        kind
        aliases
      }
    }
    ... on Report {
      id
      publisher {
        id
        name
        kind
        aliases
      }
    }
    ... on Event {
      id
      place {
        id
        name
        kind
        aliases
      }
    }
    ... on RoleChange {
      id
      person {
        id
        name
        kind
        aliases
      }
      organization {
        id
        name
        kind
        aliases
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelinePointersOfNodeQuery, TimelinePointersOfNodeQueryVariables>;
export const TimelineImpossibleToDocument = new TypedDocumentString(`
    query TimelineImpossibleTo {
  timeline(entityIds: ["org:nato"], to: "2026-02-30") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TimelineImpossibleToQuery, TimelineImpossibleToQueryVariables>;
export const TimelineReversedWindowDocument = new TypedDocumentString(`
    query TimelineReversedWindow {
  timeline(entityIds: ["org:nato"], from: "2026-03-01", to: "2026-02-01") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TimelineReversedWindowQuery, TimelineReversedWindowQueryVariables>;
export const TimelineOfSpeakerDocument = new TypedDocumentString(`
    query TimelineOfSpeaker($id: ID!, $from: Date, $to: Date) {
  timeline(entityIds: [$id], from: $from, to: $to, first: 100) {
    totalCount
    edges {
      node {
        ... on Quote {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineOfSpeakerQuery, TimelineOfSpeakerQueryVariables>;
export const TimelineRoundTripsDocument = new TypedDocumentString(`
    query TimelineRoundTrips($id: ID!) {
  timeline(entityIds: [$id], kinds: [QUOTE], first: 50) {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      when {
        earliest
      }
      node {
        __typename
        ... on Quote {
          id
          text
          speaker {
            id
            name
            roles {
              role
              when {
                edtf
              }
              sources {
                start
                end
                document {
                  id
                  title
                }
              }
            }
          }
          sources {
            start
            end
            excerpt
            document {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineRoundTripsQuery, TimelineRoundTripsQueryVariables>;
export const TimelineRoleChangesDocument = new TypedDocumentString(`
    query TimelineRoleChanges($id: ID!, $from: Date, $to: Date) {
  timeline(
    entityIds: [$id]
    from: $from
    to: $to
    kinds: [ROLE_CHANGE]
    first: 100
  ) {
    totalCount
    edges {
      when {
        earliest
      }
      node {
        ... on RoleChange {
          id
          person {
            id
          }
          organization {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineRoleChangesQuery, TimelineRoleChangesQueryVariables>;
export const UnattrQuotesDocument = new TypedDocumentString(`
    query UnattrQuotes($text: String!) {
  quotes(filter: {text: $text}, first: 10) {
    edges {
      node {
        id
        text
        lang
        unattributedReason
        speaker {
          name
        }
        attribution {
          method
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnattrQuotesQuery, UnattrQuotesQueryVariables>;
export const UnattrNodeDocument = new TypedDocumentString(`
    query UnattrNode($id: ID!) {
  node(id: $id) {
    ... on Quote {
      unattributedReason
    }
  }
}
    `) as unknown as TypedDocumentString<UnattrNodeQuery, UnattrNodeQueryVariables>;
export const AccUpsertEntityDocument = new TypedDocumentString(`
    mutation AccUpsertEntity($input: UpsertEntityInput!) {
  upsertEntity(input: $input) {
    entity {
      id
      name
    }
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AccUpsertEntityMutation, AccUpsertEntityMutationVariables>;
export const AccServerInfoDocument = new TypedDocumentString(`
    query AccServerInfo {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<AccServerInfoQuery, AccServerInfoQueryVariables>;
export const AccServerInfo2Document = new TypedDocumentString(`
    query AccServerInfo2 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<AccServerInfo2Query, AccServerInfo2QueryVariables>;
export const AccServerInfo3Document = new TypedDocumentString(`
    query AccServerInfo3 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<AccServerInfo3Query, AccServerInfo3QueryVariables>;
export const AccServerInfo4Document = new TypedDocumentString(`
    query AccServerInfo4 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<AccServerInfo4Query, AccServerInfo4QueryVariables>;
export const AccAuditLogDocument = new TypedDocumentString(`
    query AccAuditLog {
  auditLog(first: 50) {
    edges {
      node {
        who
        operation
        target
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccAuditLogQuery, AccAuditLogQueryVariables>;
export const AccServerInfo5Document = new TypedDocumentString(`
    query AccServerInfo5 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<AccServerInfo5Query, AccServerInfo5QueryVariables>;
export const AccServerInfo6Document = new TypedDocumentString(`
    query AccServerInfo6 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<AccServerInfo6Query, AccServerInfo6QueryVariables>;
export const AccServerInfo7Document = new TypedDocumentString(`
    query AccServerInfo7 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<AccServerInfo7Query, AccServerInfo7QueryVariables>;
export const AdmUpsertEntityDocument = new TypedDocumentString(`
    mutation AdmUpsertEntity($i: UpsertEntityInput!) {
  upsertEntity(input: $i) {
    entity {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AdmUpsertEntityMutation, AdmUpsertEntityMutationVariables>;
export const AdmInfluenceDocument = new TypedDocumentString(`
    query AdmInfluence {
  influence(from: "2026-01-01", to: "2026-02-28", algorithm: DEGREE, first: 4) {
    rank
    score
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdmInfluenceQuery, AdmInfluenceQueryVariables>;
export const CorrCorrectFactDocument = new TypedDocumentString(`
    mutation CorrCorrectFact($id: ID!, $i: CorrectFactInput!) {
  correctFact(id: $id, input: $i) {
    factId
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CorrCorrectFactMutation, CorrCorrectFactMutationVariables>;
export const CorrNodeDocument = new TypedDocumentString(`
    query CorrNode($id: ID!) {
  node(id: $id) {
    ... on Quote {
      speaker {
        id
      }
      said {
        edtf
      }
      saidBasis
    }
  }
}
    `) as unknown as TypedDocumentString<CorrNodeQuery, CorrNodeQueryVariables>;
export const CorrTimelineDocument = new TypedDocumentString(`
    query CorrTimeline($e: [ID!]!) {
  timeline(entityIds: $e, first: 100) {
    edges {
      node {
        ... on Quote {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CorrTimelineQuery, CorrTimelineQueryVariables>;
export const CurIngestDocumentDocument = new TypedDocumentString(`
    mutation CurIngestDocument($i: IngestDocumentInput!) {
  ingestDocument(input: $i) {
    documentId
    status
    document {
      text
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CurIngestDocumentMutation, CurIngestDocumentMutationVariables>;
export const CurIngestDocument2Document = new TypedDocumentString(`
    mutation CurIngestDocument2($i: IngestDocumentInput!) {
  ingestDocument(input: $i) {
    documentId
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CurIngestDocument2Mutation, CurIngestDocument2MutationVariables>;
export const CurUpsertEntityDocument = new TypedDocumentString(`
    mutation CurUpsertEntity($i: UpsertEntityInput!) {
  upsertEntity(input: $i) {
    entity {
      id
      name
      aliases
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CurUpsertEntityMutation, CurUpsertEntityMutationVariables>;
export const CurAddAliasDocument = new TypedDocumentString(`
    mutation CurAddAlias($id: ID!, $a: String!) {
  addAlias(entityId: $id, alias: $a) {
    entity {
      aliases
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CurAddAliasMutation, CurAddAliasMutationVariables>;
export const CurAddAlias2Document = new TypedDocumentString(`
    mutation CurAddAlias2 {
  addAlias(entityId: "person:nobody-xyz-404", alias: "x") {
    entity {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CurAddAlias2Mutation, CurAddAlias2MutationVariables>;
export const CurAssertFactDocument = new TypedDocumentString(`
    mutation CurAssertFact($i: AssertFactInput!) {
  assertFact(input: $i) {
    factId
    retracted
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CurAssertFactMutation, CurAssertFactMutationVariables>;
export const CurRetractFactDocument = new TypedDocumentString(`
    mutation CurRetractFact($id: ID!, $why: String!) {
  retractFact(id: $id, reason: $why) {
    factId
    retracted
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CurRetractFactMutation, CurRetractFactMutationVariables>;
export const CurMergeEntitiesDocument = new TypedDocumentString(`
    mutation CurMergeEntities($k: ID!, $m: ID!) {
  mergeEntities(keep: $k, merge: $m) {
    entity {
      id
      aliases
    }
    mergedIds
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CurMergeEntitiesMutation, CurMergeEntitiesMutationVariables>;
export const CurTimelineDocument = new TypedDocumentString(`
    query CurTimeline($id: ID!) {
  timeline(entityIds: [$id], kinds: [ROLE_CHANGE], includeRetracted: true) {
    edges {
      node {
        ... on RoleChange {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurTimelineQuery, CurTimelineQueryVariables>;
export const CurUpsertEntity2Document = new TypedDocumentString(`
    mutation CurUpsertEntity2($i: UpsertEntityInput!) {
  upsertEntity(input: $i) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CurUpsertEntity2Mutation, CurUpsertEntity2MutationVariables>;
export const CurAuditLogDocument = new TypedDocumentString(`
    query CurAuditLog($after: String) {
  auditLog(first: 2, after: $after) {
    edges {
      cursor
      node {
        id
        operation
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CurAuditLogQuery, CurAuditLogQueryVariables>;
export const CurAuditLog2Document = new TypedDocumentString(`
    query CurAuditLog2 {
  auditLog(first: 101) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<CurAuditLog2Query, CurAuditLog2QueryVariables>;
export const FltQuotesDocument = new TypedDocumentString(`
    query FltQuotes {
  quotes(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FltQuotesQuery, FltQuotesQueryVariables>;
export const FltQuotes2Document = new TypedDocumentString(`
    query FltQuotes2 {
  quotes(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FltQuotes2Query, FltQuotes2QueryVariables>;
export const LdExQuotesDocument = new TypedDocumentString(`
    query LdExQuotes($filter: QuoteFilter, $first: Int) {
  quotes(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        text
        sources {
          start
          end
          excerpt
          document {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LdExQuotesQuery, LdExQuotesQueryVariables>;
export const LdExTimelineDocument = new TypedDocumentString(`
    query LdExTimeline($ids: [ID!]!, $first: Int) {
  timeline(entityIds: $ids, first: $first) {
    totalCount
    edges {
      node {
        __typename
        ... on Quote {
          id
          sources {
            start
            end
            excerpt
            document {
              id
            }
          }
        }
        ... on RoleChange {
          id
          role
          sources {
            start
            end
            excerpt
            document {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LdExTimelineQuery, LdExTimelineQueryVariables>;
export const LdExEntityDocument = new TypedDocumentString(`
    query LdExEntity($id: ID!) {
  entity(id: $id) {
    roles {
      id
      role
      sources {
        start
        end
        excerpt
        document {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LdExEntityQuery, LdExEntityQueryVariables>;
export const LdDocumentDocument = new TypedDocumentString(`
    query LdDocument($id: ID!, $first: Int, $after: String) {
  document(id: $id) {
    spans(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          kind
          start
          end
          text
          fact {
            id
          }
          entity {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LdDocumentQuery, LdDocumentQueryVariables>;
export const DashboardDocumentDocument = new TypedDocumentString(`
    query DashboardDocument($id: ID!, $first: Int!) {
  document(id: $id) {
    id
    title
    url
    outlet
    lang
    publishedAt
    knownSince
    text
    spans(first: $first) {
      ...SpanPage
    }
  }
}
    fragment SpanPage on DocumentSpanConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      kind
      start
      end
      text
      fact {
        __typename
        id
      }
      entity {
        id
        name
        kind
      }
    }
  }
}`) as unknown as TypedDocumentString<DashboardDocumentQuery, DashboardDocumentQueryVariables>;
export const LdServerInfoDocument = new TypedDocumentString(`
    query LdServerInfo {
  serverInfo {
    neo4j {
      version
    }
  }
  quotes(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LdServerInfoQuery, LdServerInfoQueryVariables>;
export const LdDocument2Document = new TypedDocumentString(`
    query LdDocument2($id: ID!) {
  document(id: $id) {
    spans(first: 5000) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<LdDocument2Query, LdDocument2QueryVariables>;
export const LdQuotesDocument = new TypedDocumentString(`
    query LdQuotes {
  quotes(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LdQuotesQuery, LdQuotesQueryVariables>;
export const LimQuotesDocument = new TypedDocumentString(`
    query LimQuotes($n: Int) {
  quotes(first: $n) {
    edges {
      node {
        id
        sources {
          start
          document {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimQuotesQuery, LimQuotesQueryVariables>;
export const LimQuotes2Document = new TypedDocumentString(`
    query LimQuotes2 {
  quotes(first: 1) {
    edges {
      node {
        speaker {
          roles {
            person {
              roles {
                organization {
                  roles {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimQuotes2Query, LimQuotes2QueryVariables>;
export const LimQuotes3Document = new TypedDocumentString(`
    query LimQuotes3 {
  quotes(first: 1) {
    ...E
  }
}
    fragment E on QuoteConnection {
  edges {
    node {
      speaker {
        roles {
          person {
            roles {
              organization {
                roles {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<LimQuotes3Query, LimQuotes3QueryVariables>;
export const LimServerInfoDocument = new TypedDocumentString(`
    query LimServerInfo {
  a: serverInfo {
    version
  }
  b: serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<LimServerInfoQuery, LimServerInfoQueryVariables>;
export const LimQuotes4Document = new TypedDocumentString(`
    query LimQuotes4 {
  quotes(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimQuotes4Query, LimQuotes4QueryVariables>;
export const LimServerInfo2Document = new TypedDocumentString(`
    query LimServerInfo2 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<LimServerInfo2Query, LimServerInfo2QueryVariables>;
export const LimServerInfo3Document = new TypedDocumentString(`
    query LimServerInfo3 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<LimServerInfo3Query, LimServerInfo3QueryVariables>;
export const LimServerInfo4Document = new TypedDocumentString(`
    query LimServerInfo4 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<LimServerInfo4Query, LimServerInfo4QueryVariables>;
export const LimServerInfo5Document = new TypedDocumentString(`
    query LimServerInfo5 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<LimServerInfo5Query, LimServerInfo5QueryVariables>;
export const LimServerInfo6Document = new TypedDocumentString(`
    query LimServerInfo6 {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<LimServerInfo6Query, LimServerInfo6QueryVariables>;
export const Lim__SchemaDocument = new TypedDocumentString(`
    query Lim__schema {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<Lim__SchemaQuery, Lim__SchemaQueryVariables>;
export const Lim__Schema2Document = new TypedDocumentString(`
    query Lim__schema2 {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<Lim__Schema2Query, Lim__Schema2QueryVariables>;
export const MergeIngestDocumentDocument = new TypedDocumentString(`
    mutation MergeIngestDocument($i: IngestDocumentInput!) {
  ingestDocument(input: $i) {
    documentId
    status
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MergeIngestDocumentMutation, MergeIngestDocumentMutationVariables>;
export const MergeUpsertEntityDocument = new TypedDocumentString(`
    mutation MergeUpsertEntity($i: UpsertEntityInput!) {
  upsertEntity(input: $i) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MergeUpsertEntityMutation, MergeUpsertEntityMutationVariables>;
export const MergeMergeEntitiesDocument = new TypedDocumentString(`
    mutation MergeMergeEntities($k: ID!, $m: ID!) {
  mergeEntities(keep: $k, merge: $m) {
    mergedIds
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MergeMergeEntitiesMutation, MergeMergeEntitiesMutationVariables>;
export const MergeEntityDocument = new TypedDocumentString(`
    query MergeEntity($id: ID!) {
  entity(id: $id) {
    id
    name
  }
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<MergeEntityQuery, MergeEntityQueryVariables>;
export const MergeTimelineDocument = new TypedDocumentString(`
    query MergeTimeline($e: [ID!]!, $from: Date) {
  timeline(entityIds: $e, from: $from) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MergeTimelineQuery, MergeTimelineQueryVariables>;
export const MergeTimeline2Document = new TypedDocumentString(`
    query MergeTimeline2($e: [ID!]!) {
  timeline(entityIds: $e, from: "2026-04-01", to: "2026-04-30", kinds: [QUOTE]) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MergeTimeline2Query, MergeTimeline2QueryVariables>;
export const MergeActivityDocument = new TypedDocumentString(`
    query MergeActivity($e: [ID!]!) {
  activity(entityIds: $e, from: "2026-04-01", to: "2026-04-30", bucket: MONTH) {
    quotes
  }
}
    `) as unknown as TypedDocumentString<MergeActivityQuery, MergeActivityQueryVariables>;
export const MergeQuotesDocument = new TypedDocumentString(`
    query MergeQuotes($s: ID!) {
  quotes(filter: {speakerId: $s}) {
    totalCount
    edges {
      node {
        speaker {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MergeQuotesQuery, MergeQuotesQueryVariables>;
export const MergeQuotes2Document = new TypedDocumentString(`
    query MergeQuotes2($s: ID!) {
  quotes(filter: {speakerId: $s, from: "2026-04-01", to: "2026-04-30"}) {
    totalCount
    edges {
      node {
        speaker {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MergeQuotes2Query, MergeQuotes2QueryVariables>;
export const MergeCoMentionsDocument = new TypedDocumentString(`
    query MergeCoMentions($id: ID!) {
  coMentions(entityId: $id) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MergeCoMentionsQuery, MergeCoMentionsQueryVariables>;
export const ObsServerInfoDocument = new TypedDocumentString(`
    query ObsServerInfo {
  serverInfo {
    version
  }
}
    `) as unknown as TypedDocumentString<ObsServerInfoQuery, ObsServerInfoQueryVariables>;
export const ReexReextractDocument = new TypedDocumentString(`
    mutation ReexReextract($ids: [ID!]) {
  reextract(filter: {ids: $ids}) {
    job {
      id
      state
      dryRun
      extractor
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReexReextractMutation, ReexReextractMutationVariables>;
export const ReexReextractJobDocument = new TypedDocumentString(`
    query ReexReextractJob($id: ID!) {
  reextractJob(id: $id) {
    state
    documents
    replaced
    failed
    finishedAt
    error
  }
}
    `) as unknown as TypedDocumentString<ReexReextractJobQuery, ReexReextractJobQueryVariables>;
export const RmRemoveDocumentDocument = new TypedDocumentString(`
    mutation RmRemoveDocument($id: ID!, $r: String!) {
  removeDocument(id: $id, reason: $r) {
    documentId
    deletedFacts
    keptFacts
    deletedEntities
    deletedRelations
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RmRemoveDocumentMutation, RmRemoveDocumentMutationVariables>;
export const RetrIngestDocumentDocument = new TypedDocumentString(`
    mutation RetrIngestDocument($i: IngestDocumentInput!) {
  ingestDocument(input: $i) {
    documentId
    status
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RetrIngestDocumentMutation, RetrIngestDocumentMutationVariables>;
export const RetrQuotesDocument = new TypedDocumentString(`
    query RetrQuotes($s: ID!) {
  quotes(filter: {speakerId: $s, text: "accord will hold"}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetrQuotesQuery, RetrQuotesQueryVariables>;
export const RetrUpsertEntityDocument = new TypedDocumentString(`
    mutation RetrUpsertEntity($i: UpsertEntityInput!) {
  upsertEntity(input: $i) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RetrUpsertEntityMutation, RetrUpsertEntityMutationVariables>;
export const RetrAssertFactDocument = new TypedDocumentString(`
    mutation RetrAssertFact($i: AssertFactInput!) {
  assertFact(input: $i) {
    factId
  }
}
    `) as unknown as TypedDocumentString<RetrAssertFactMutation, RetrAssertFactMutationVariables>;
export const RetrQuotes2Document = new TypedDocumentString(`
    query RetrQuotes2($s: ID!, $a: ID!) {
  quotes(filter: {speakerId: $s}) {
    totalCount
  }
  entity(id: $a) {
    ... on Person {
      roles {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetrQuotes2Query, RetrQuotes2QueryVariables>;
export const RetrRetractFactDocument = new TypedDocumentString(`
    mutation RetrRetractFact($id: ID!, $why: String!) {
  retractFact(id: $id, reason: $why) {
    retracted
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RetrRetractFactMutation, RetrRetractFactMutationVariables>;
export const RetrQuotes3Document = new TypedDocumentString(`
    query RetrQuotes3($s: ID!, $all: Boolean) {
  quotes(filter: {speakerId: $s}, includeRetracted: $all) {
    totalCount
    edges {
      node {
        id
        retraction {
          reason
          by
          at
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetrQuotes3Query, RetrQuotes3QueryVariables>;
export const RetrQuotes4Document = new TypedDocumentString(`
    query RetrQuotes4($t: String!, $all: Boolean) {
  quotes(filter: {text: $t}, includeRetracted: $all) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RetrQuotes4Query, RetrQuotes4QueryVariables>;
export const RetrTimelineDocument = new TypedDocumentString(`
    query RetrTimeline($e: [ID!]!, $all: Boolean, $from: Date) {
  timeline(entityIds: $e, includeRetracted: $all, from: $from) {
    edges {
      node {
        __typename
        ... on Quote {
          id
        }
        ... on RoleChange {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetrTimelineQuery, RetrTimelineQueryVariables>;
export const RetrActivityDocument = new TypedDocumentString(`
    query RetrActivity($e: [ID!]!, $all: Boolean) {
  activity(
    entityIds: $e
    from: "2026-03-01"
    to: "2026-03-31"
    bucket: MONTH
    includeRetracted: $all
  ) {
    quotes
    roleChanges
  }
}
    `) as unknown as TypedDocumentString<RetrActivityQuery, RetrActivityQueryVariables>;
export const RetrSearchDocument = new TypedDocumentString(`
    query RetrSearch($q: String!, $all: Boolean) {
  search(query: $q, includeRetracted: $all) {
    quote {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RetrSearchQuery, RetrSearchQueryVariables>;
export const RetrConnectionsDocument = new TypedDocumentString(`
    query RetrConnections($a: ID!, $b: ID!, $all: Boolean) {
  connections(from: $a, to: $b, includeRetracted: $all) {
    edges {
      relation
    }
  }
}
    `) as unknown as TypedDocumentString<RetrConnectionsQuery, RetrConnectionsQueryVariables>;
export const RetrInfluenceDocument = new TypedDocumentString(`
    query RetrInfluence($a: ID!, $all: Boolean) {
  influence(
    about: $a
    from: "2026-03-01"
    to: "2026-03-31"
    includeRetracted: $all
  ) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RetrInfluenceQuery, RetrInfluenceQueryVariables>;
export const RetrNodeDocument = new TypedDocumentString(`
    query RetrNode($id: ID!) {
  node(id: $id) {
    ... on Quote {
      id
      retraction {
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetrNodeQuery, RetrNodeQueryVariables>;
export const RetrNode2Document = new TypedDocumentString(`
    query RetrNode2($id: ID!) {
  node(id: $id) {
    ... on RoleChange {
      id
      retraction {
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetrNode2Query, RetrNode2QueryVariables>;
export const RetrEntityDocument = new TypedDocumentString(`
    query RetrEntity($a: ID!, $d: ID!) {
  entity(id: $a) {
    ... on Person {
      roles {
        id
      }
    }
  }
  document(id: $d) {
    spans {
      edges {
        node {
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetrEntityQuery, RetrEntityQueryVariables>;
export const RetrQuotes5Document = new TypedDocumentString(`
    query RetrQuotes5($s: ID!, $all: Boolean) {
  quotes(filter: {speakerId: $s}, includeRetracted: $all) {
    totalCount
    edges {
      node {
        id
        retraction {
          reason
        }
        sources {
          start
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetrQuotes5Query, RetrQuotes5QueryVariables>;
export const SplitSplitMentionDocument = new TypedDocumentString(`
    mutation SplitSplitMention($i: SplitMentionInput!) {
  splitMention(input: $i) {
    spans
    reattributed
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SplitSplitMentionMutation, SplitSplitMentionMutationVariables>;
export const SplitUpsertEntityDocument = new TypedDocumentString(`
    mutation SplitUpsertEntity($i: UpsertEntityInput!) {
  upsertEntity(input: $i) {
    entity {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SplitUpsertEntityMutation, SplitUpsertEntityMutationVariables>;
export const UnmergeIngestDocument = new TypedDocumentString(`
    mutation UnmergeIngest($i: IngestDocumentInput!) {
  ingestDocument(input: $i) {
    documentId
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UnmergeIngestMutation, UnmergeIngestMutationVariables>;
export const UnmergeMergeDocument = new TypedDocumentString(`
    mutation UnmergeMerge($k: ID!, $m: ID!) {
  mergeEntities(keep: $k, merge: $m) {
    mergedIds
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnmergeMergeMutation, UnmergeMergeMutationVariables>;
export const UnmergeUnmergeDocument = new TypedDocumentString(`
    mutation UnmergeUnmerge($k: ID!, $m: ID!, $why: String!) {
  unmergeEntities(keep: $k, merged: $m, reason: $why) {
    entity {
      id
    }
    restored {
      id
      name
    }
    moved
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UnmergeUnmergeMutation, UnmergeUnmergeMutationVariables>;
export const UnmergeTimelineDocument = new TypedDocumentString(`
    query UnmergeTimeline($e: [ID!]!) {
  timeline(entityIds: $e) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<UnmergeTimelineQuery, UnmergeTimelineQueryVariables>;
export const UnmergeUpsertDocument = new TypedDocumentString(`
    mutation UnmergeUpsert($i: UpsertEntityInput!) {
  upsertEntity(input: $i) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UnmergeUpsertMutation, UnmergeUpsertMutationVariables>;
export const UnmergeAssertDocument = new TypedDocumentString(`
    mutation UnmergeAssert($i: AssertFactInput!) {
  assertFact(input: $i) {
    factId
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnmergeAssertMutation, UnmergeAssertMutationVariables>;
export const UnmergeEntityDocument = new TypedDocumentString(`
    query UnmergeEntity($id: ID!) {
  entity(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnmergeEntityQuery, UnmergeEntityQueryVariables>;
export const WdQuotesDocument = new TypedDocumentString(`
    query WdQuotes($p: ID!, $a: ID!, $b: ID!, $q: String!) {
  quotes(filter: {speakerId: $p}, includeRetracted: true) {
    edges {
      node {
        text
        knownSince
        retraction {
          reason
        }
        sources {
          document {
            id
          }
          excerpt
        }
      }
    }
  }
  entity(id: $p) {
    ... on Person {
      roles {
        role
        knownSince
        sources {
          document {
            id
          }
        }
      }
    }
  }
  a: document(id: $a) {
    id
  }
  b: document(id: $b) {
    id
  }
  search(query: $q) {
    quote {
      text
    }
  }
  timeline(entityIds: [$p]) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WdQuotesQuery, WdQuotesQueryVariables>;
export const WdWithdrawDocumentDocument = new TypedDocumentString(`
    mutation WdWithdrawDocument($id: ID!, $r: String!) {
  withdrawDocument(id: $id, reason: $r) {
    documentId
    hiddenFacts
    keptFacts
    hiddenRelations
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WdWithdrawDocumentMutation, WdWithdrawDocumentMutationVariables>;
export const WdRestoreDocumentDocument = new TypedDocumentString(`
    mutation WdRestoreDocument($id: ID!) {
  restoreDocument(id: $id) {
    documentId
    shownFacts
    shownRelations
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WdRestoreDocumentMutation, WdRestoreDocumentMutationVariables>;
export const WdAssertFactDocument = new TypedDocumentString(`
    mutation WdAssertFact($i: AssertFactInput!) {
  assertFact(input: $i) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WdAssertFactMutation, WdAssertFactMutationVariables>;
export const WdRetractFactDocument = new TypedDocumentString(`
    mutation WdRetractFact($id: ID!) {
  retractFact(id: $id, reason: "the mayor denies saying it") {
    retracted
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WdRetractFactMutation, WdRetractFactMutationVariables>;
export const ExcEntityDocument = new TypedDocumentString(`
    query ExcEntity($id: ID!) {
  entity(id: $id) {
    roles {
      id
      role
      sources {
        start
        end
        excerpt
        document {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExcEntityQuery, ExcEntityQueryVariables>;
export const ExcNodeDocument = new TypedDocumentString(`
    query ExcNode($id: ID!) {
  node(id: $id) {
    ... on Quote {
      sources {
        excerpt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExcNodeQuery, ExcNodeQueryVariables>;
export const ExcIngestDocumentDocument = new TypedDocumentString(`
    mutation ExcIngestDocument($i: IngestDocumentInput!) {
  ingestDocument(input: $i) {
    documentId
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExcIngestDocumentMutation, ExcIngestDocumentMutationVariables>;
export const ExcUpsertEntityDocument = new TypedDocumentString(`
    mutation ExcUpsertEntity($i: UpsertEntityInput!) {
  upsertEntity(input: $i) {
    entity {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExcUpsertEntityMutation, ExcUpsertEntityMutationVariables>;
export const ExcAssertFactDocument = new TypedDocumentString(`
    mutation ExcAssertFact($i: AssertFactInput!) {
  assertFact(input: $i) {
    factId
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExcAssertFactMutation, ExcAssertFactMutationVariables>;
export const RestartQuotesDocument = new TypedDocumentString(`
    query RestartQuotes {
  quotes(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RestartQuotesQuery, RestartQuotesQueryVariables>;