/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** What two accounts disagree about. */
export type ConflictKind =
  /** the same words attributed to different speakers */
  | 'ATTRIBUTION'
  /** the same statement placed at differently dated events */
  | 'DATE'
  /** a role a source gives a person at a time the record says the person did not hold it */
  | 'ROLE';

/** Why the two sides of a conflict cannot both be true. */
export type ConflictReason =
  /** side b places the statement at an event of another date */
  | 'OTHER_DATE'
  /** side b attributes side a's words to someone else */
  | 'OTHER_SPEAKER'
  /** side a gives the role after Wikidata's term of it ended (side b: that term, the roles held instead) */
  | 'ROLE_ENDED'
  /** side a gives the role before Wikidata's term of it began */
  | 'ROLE_NOT_YET_HELD';

/** How precisely the text dated something. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  /** an interval such as 2026-02-15/2026-02-16 */
  | 'RANGE'
  /** the text gave day and/or month but no year (XXXX-02-15): never in ranged results */
  | 'UNKNOWN_YEAR'
  | 'YEAR';

export type EntityKind =
  | 'ALLIANCE'
  | 'COMMAND_POST'
  | 'COUNTRY'
  | 'GOVERNMENT_BODY'
  | 'MEDIA_OUTLET'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE';

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

/** How a rendering of a statement joined its cluster (docs/lineage.md). */
export type VariantKind =
  /** a run of another rendering's words, also when cut off at an excerpt boundary */
  | 'FRAGMENT'
  /** the same words but for punctuation, contractions or a few words */
  | 'NEAR_DUPLICATE'
  /** the earliest known rendering */
  | 'ORIGIN'
  /** other words in the same language, alongside reported speech */
  | 'PARAPHRASE'
  /** the same words, as another fact (case and typography aside) */
  | 'REPEAT'
  /** reported (indirect) speech rendering the statement */
  | 'REPORTED'
  /** the statement in the other language (German / English), on shared concepts */
  | 'TRANSLATION';

export type SourceFieldsFragment = { start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } };

type TimelineItemFields_Claim_Fragment = { __typename: 'Claim', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> };

type TimelineItemFields_Event_Fragment = { __typename: 'Event', id: string, name: string | null, type: string | null, place:
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
   | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> };

type TimelineItemFields_Quote_Fragment = { __typename: 'Quote', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, event: { name: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> };

type TimelineItemFields_Report_Fragment = { __typename: 'Report', id: string, cue: string | null, publisher:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> };

type TimelineItemFields_RoleChange_Fragment = { __typename: 'RoleChange', id: string, role: string | null, person:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , organization:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> };

export type TimelineItemFieldsFragment =
  | TimelineItemFields_Claim_Fragment
  | TimelineItemFields_Event_Fragment
  | TimelineItemFields_Quote_Fragment
  | TimelineItemFields_Report_Fragment
  | TimelineItemFields_RoleChange_Fragment
;

export type DashboardSearchQueryVariables = Exact<{
  query: string;
}>;


export type DashboardSearchQuery = { search: Array<{ score: number, snippet: string, entity:
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

type EntityFields_Alliance_Fragment = { id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null };

type EntityFields_CommandPost_Fragment = { id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null };

type EntityFields_Country_Fragment = { id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null };

type EntityFields_GovernmentBody_Fragment = { id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null };

type EntityFields_MediaOutlet_Fragment = { id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null };

type EntityFields_Organization_Fragment = { id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null };

type EntityFields_Person_Fragment = { id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null };

type EntityFields_Place_Fragment = { id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null };

export type EntityFieldsFragment =
  | EntityFields_Alliance_Fragment
  | EntityFields_CommandPost_Fragment
  | EntityFields_Country_Fragment
  | EntityFields_GovernmentBody_Fragment
  | EntityFields_MediaOutlet_Fragment
  | EntityFields_Organization_Fragment
  | EntityFields_Person_Fragment
  | EntityFields_Place_Fragment
;

export type DashboardEntitiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DashboardEntitiesQuery = { nodes: Array<
    | { __typename: 'Alliance', id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null }
    | { __typename: 'Claim' }
    | { __typename: 'CommandPost', id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null }
    | { __typename: 'Country', id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null }
    | { __typename: 'Document' }
    | { __typename: 'Event' }
    | { __typename: 'GovernmentBody', id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null }
    | { __typename: 'MediaOutlet', id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null }
    | { __typename: 'Organization', id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null }
    | { __typename: 'Person', id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null }
    | { __typename: 'Place', id: string, name: string, kind: EntityKind, aliases: Array<string>, wikidataId: string | null }
    | { __typename: 'Quote' }
    | { __typename: 'Report' }
    | { __typename: 'RoleChange' }
   | null> };

type TimelineItemBrief_Claim_Fragment = { __typename: 'Claim', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null };

type TimelineItemBrief_Event_Fragment = { __typename: 'Event', id: string, name: string | null, type: string | null, place:
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
   | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null };

type TimelineItemBrief_Quote_Fragment = { __typename: 'Quote', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null };

type TimelineItemBrief_Report_Fragment = { __typename: 'Report', id: string, cue: string | null, publisher:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null };

type TimelineItemBrief_RoleChange_Fragment = { __typename: 'RoleChange', id: string, role: string | null, person:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , organization:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null };

export type TimelineItemBriefFragment =
  | TimelineItemBrief_Claim_Fragment
  | TimelineItemBrief_Event_Fragment
  | TimelineItemBrief_Quote_Fragment
  | TimelineItemBrief_Report_Fragment
  | TimelineItemBrief_RoleChange_Fragment
;

export type DashboardTimelineQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardTimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ when: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, node:
        | { __typename: 'Claim', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
        | { __typename: 'Event', id: string, name: string | null, type: string | null, place:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
        | { __typename: 'Quote', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
        | { __typename: 'Report', id: string, cue: string | null, publisher:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
        | { __typename: 'RoleChange', id: string, role: string | null, person:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , organization:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
       }>, undated: Array<
      | { __typename: 'Claim', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
      | { __typename: 'Event', id: string, name: string | null, type: string | null, place:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
      | { __typename: 'Quote', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
      | { __typename: 'Report', id: string, cue: string | null, publisher:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
      | { __typename: 'RoleChange', id: string, role: string | null, person:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , organization:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null }
    > } };

export type DashboardItemQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardItemQuery = { node:
    | { __typename: 'Alliance' }
    | { __typename: 'Claim', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
    | { __typename: 'CommandPost' }
    | { __typename: 'Country' }
    | { __typename: 'Document' }
    | { __typename: 'Event', id: string, name: string | null, type: string | null, place:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
    | { __typename: 'GovernmentBody' }
    | { __typename: 'MediaOutlet' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Place' }
    | { __typename: 'Quote', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, event: { name: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
    | { __typename: 'Report', id: string, cue: string | null, publisher:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
    | { __typename: 'RoleChange', id: string, role: string | null, person:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , organization:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
   | null };

export type DashboardActivityQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  from: string;
  to: string;
  bucket: Bucket;
  asOf?: string | null | undefined;
}>;


export type DashboardActivityQuery = { activity: Array<{ start: string, end: string, total: number, quotes: number, claims: number, events: number, reports: number, roleChanges: number, coarser: number }> };

export type DashboardInfluenceQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
  about?: string | number | null | undefined;
}>;


export type DashboardInfluenceQuery = { influence: Array<{ rank: number, score: number, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , why: Array<{ weight: number | null, edges: Array<{ relation: string, weight: number | null, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , when: { edtf: string } | null }> }> }> };

export type DashboardNeighboursQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DashboardNeighboursQuery = { coMentions: Array<{ count: number, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     }> };

export type DashboardConflictsQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type DashboardConflictsQuery = { conflicts: Array<{ id: string, kind: ConflictKind, reason: ConflictReason, summary: string, a: { summary: string, facts: Array<
        | { __typename: 'Alliance', id: string }
        | { __typename: 'Claim', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
        | { __typename: 'CommandPost', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'Event', id: string, name: string | null, type: string | null, place:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
        | { __typename: 'GovernmentBody', id: string }
        | { __typename: 'MediaOutlet', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Place', id: string }
        | { __typename: 'Quote', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, event: { name: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
        | { __typename: 'Report', id: string, cue: string | null, publisher:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
        | { __typename: 'RoleChange', id: string, role: string | null, person:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , organization:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
      > }, b: { summary: string, facts: Array<
        | { __typename: 'Alliance', id: string }
        | { __typename: 'Claim', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
        | { __typename: 'CommandPost', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'Event', id: string, name: string | null, type: string | null, place:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
        | { __typename: 'GovernmentBody', id: string }
        | { __typename: 'MediaOutlet', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Place', id: string }
        | { __typename: 'Quote', id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, event: { name: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
        | { __typename: 'Report', id: string, cue: string | null, publisher:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
        | { __typename: 'RoleChange', id: string, role: string | null, person:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , organization:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , span: { edtf: string, precision: DatePrecision, earliest: string | null, latest: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> }
      > } }> };

export type DashboardQuotesQueryVariables = Exact<{
  filter?: QuoteFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardQuotesQuery = { quotes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, lang: string | null, speakerDescription: string | null, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, said: { edtf: string, precision: DatePrecision, earliest: string | null } | null, event: { name: string | null } | null, sources: Array<{ start: number | null, end: number | null, confidence: number | null, excerpt: string | null, document: { id: string, title: string | null, outlet: string | null, url: string | null, publishedAt: string | null } }> } }> } };

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

export type DashboardDocumentQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DashboardDocumentQuery = { document: { id: string, title: string | null, url: string | null, outlet: string | null, lang: string | null, publishedAt: string | null, knownSince: string | null, text: string, extracted: boolean, notExtractedReason: string | null, spans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: SpanKind, start: number, end: number, text: string, fact:
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

export type DashboardDocumentSpansQueryVariables = Exact<{
  id: string | number;
  first: number;
  after: string;
}>;


export type DashboardDocumentSpansQuery = { document: { id: string, spans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: SpanKind, start: number, end: number, text: string, fact:
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

export type DashboardClusterQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type DashboardClusterQuery = { quoteCluster: { id: string, summary: string, variants: Array<{ kind: VariantKind, lang: string, firstSeen: string | null, outlets: Array<string>, derivedFrom: string | null, curated: boolean, misattributed: { reason: string | null } | null, cites: Array<{ outlet:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         }>, quote:
        | { __typename: 'Alliance', id: string }
        | { __typename: 'Claim', text: string, id: string, sources: Array<{ document: { id: string } }> }
        | { __typename: 'CommandPost', id: string }
        | { __typename: 'Country', id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'GovernmentBody', id: string }
        | { __typename: 'MediaOutlet', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Place', id: string }
        | { __typename: 'Quote', text: string, id: string, sources: Array<{ document: { id: string } }> }
        | { __typename: 'Report', id: string }
        | { __typename: 'RoleChange', id: string }
       }> } | null };

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
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  start
  end
  confidence
  excerpt
  document {
    id
    title
    outlet
    url
    publishedAt
  }
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const TimelineItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment TimelineItemFields on TimelineItem {
  __typename
  ... on Quote {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: said {
      edtf
      precision
      earliest
      latest
    }
    event {
      name
    }
    sources {
      ...SourceFields
    }
  }
  ... on Claim {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
  ... on Event {
    id
    name
    type
    place {
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
  ... on Report {
    id
    cue
    publisher {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
  ... on RoleChange {
    id
    role
    person {
      id
      name
    }
    organization {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
}
    fragment SourceFields on Source {
  start
  end
  confidence
  excerpt
  document {
    id
    title
    outlet
    url
    publishedAt
  }
}`, {"fragmentName":"TimelineItemFields"}) as unknown as TypedDocumentString<TimelineItemFieldsFragment, unknown>;
export const EntityFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityFields on Entity {
  id
  name
  kind
  aliases
  wikidataId
}
    `, {"fragmentName":"EntityFields"}) as unknown as TypedDocumentString<EntityFieldsFragment, unknown>;
export const TimelineItemBriefFragmentDoc = new TypedDocumentString(`
    fragment TimelineItemBrief on TimelineItem {
  __typename
  ... on Quote {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: said {
      edtf
      precision
      earliest
      latest
    }
  }
  ... on Claim {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: when {
      edtf
      precision
      earliest
      latest
    }
  }
  ... on Event {
    id
    name
    type
    place {
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
  }
  ... on Report {
    id
    cue
    publisher {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
  }
  ... on RoleChange {
    id
    role
    person {
      id
      name
    }
    organization {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
  }
}
    `, {"fragmentName":"TimelineItemBrief"}) as unknown as TypedDocumentString<TimelineItemBriefFragment, unknown>;
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
export const DashboardSearchDocument = new TypedDocumentString(`
    query DashboardSearch($query: String!) {
  search(query: $query, first: 8) {
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
    `) as unknown as TypedDocumentString<DashboardSearchQuery, DashboardSearchQueryVariables>;
export const DashboardEntitiesDocument = new TypedDocumentString(`
    query DashboardEntities($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  name
  kind
  aliases
  wikidataId
}`) as unknown as TypedDocumentString<DashboardEntitiesQuery, DashboardEntitiesQueryVariables>;
export const DashboardTimelineDocument = new TypedDocumentString(`
    query DashboardTimeline($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $after: String) {
  timeline(
    entityIds: $ids
    from: $from
    to: $to
    asOf: $asOf
    first: 100
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      when {
        edtf
        precision
        earliest
        latest
      }
      node {
        ...TimelineItemBrief
      }
    }
    undated {
      ...TimelineItemBrief
    }
  }
}
    fragment TimelineItemBrief on TimelineItem {
  __typename
  ... on Quote {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: said {
      edtf
      precision
      earliest
      latest
    }
  }
  ... on Claim {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: when {
      edtf
      precision
      earliest
      latest
    }
  }
  ... on Event {
    id
    name
    type
    place {
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
  }
  ... on Report {
    id
    cue
    publisher {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
  }
  ... on RoleChange {
    id
    role
    person {
      id
      name
    }
    organization {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
  }
}`) as unknown as TypedDocumentString<DashboardTimelineQuery, DashboardTimelineQueryVariables>;
export const DashboardItemDocument = new TypedDocumentString(`
    query DashboardItem($id: ID!) {
  node(id: $id) {
    __typename
    ...TimelineItemFields
  }
}
    fragment SourceFields on Source {
  start
  end
  confidence
  excerpt
  document {
    id
    title
    outlet
    url
    publishedAt
  }
}
fragment TimelineItemFields on TimelineItem {
  __typename
  ... on Quote {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: said {
      edtf
      precision
      earliest
      latest
    }
    event {
      name
    }
    sources {
      ...SourceFields
    }
  }
  ... on Claim {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
  ... on Event {
    id
    name
    type
    place {
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
  ... on Report {
    id
    cue
    publisher {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
  ... on RoleChange {
    id
    role
    person {
      id
      name
    }
    organization {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<DashboardItemQuery, DashboardItemQueryVariables>;
export const DashboardActivityDocument = new TypedDocumentString(`
    query DashboardActivity($ids: [ID!]!, $from: Date!, $to: Date!, $bucket: Bucket!, $asOf: Date) {
  activity(entityIds: $ids, from: $from, to: $to, bucket: $bucket, asOf: $asOf) {
    start
    end
    total
    quotes
    claims
    events
    reports
    roleChanges
    coarser
  }
}
    `) as unknown as TypedDocumentString<DashboardActivityQuery, DashboardActivityQueryVariables>;
export const DashboardInfluenceDocument = new TypedDocumentString(`
    query DashboardInfluence($from: Date, $to: Date, $asOf: Date, $about: ID) {
  influence(from: $from, to: $to, asOf: $asOf, about: $about, first: 20) {
    rank
    score
    entity {
      id
      name
      kind
    }
    why {
      weight
      edges {
        from {
          id
          name
          kind
        }
        to {
          id
          name
          kind
        }
        relation
        weight
        when {
          edtf
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardInfluenceQuery, DashboardInfluenceQueryVariables>;
export const DashboardNeighboursDocument = new TypedDocumentString(`
    query DashboardNeighbours($id: ID!, $from: Date, $to: Date) {
  coMentions(entityId: $id, from: $from, to: $to, first: 8) {
    count
    entity {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardNeighboursQuery, DashboardNeighboursQueryVariables>;
export const DashboardConflictsDocument = new TypedDocumentString(`
    query DashboardConflicts($id: ID!, $from: Date, $to: Date, $asOf: Date) {
  conflicts(entityId: $id, from: $from, to: $to, asOf: $asOf) {
    id
    kind
    reason
    summary
    a {
      summary
      facts {
        __typename
        id
        ...TimelineItemFields
      }
    }
    b {
      summary
      facts {
        __typename
        id
        ...TimelineItemFields
      }
    }
  }
}
    fragment SourceFields on Source {
  start
  end
  confidence
  excerpt
  document {
    id
    title
    outlet
    url
    publishedAt
  }
}
fragment TimelineItemFields on TimelineItem {
  __typename
  ... on Quote {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: said {
      edtf
      precision
      earliest
      latest
    }
    event {
      name
    }
    sources {
      ...SourceFields
    }
  }
  ... on Claim {
    id
    text
    lang
    speaker {
      id
      name
    }
    speakerDescription
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
  ... on Event {
    id
    name
    type
    place {
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
  ... on Report {
    id
    cue
    publisher {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
  ... on RoleChange {
    id
    role
    person {
      id
      name
    }
    organization {
      id
      name
    }
    span: when {
      edtf
      precision
      earliest
      latest
    }
    sources {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<DashboardConflictsQuery, DashboardConflictsQueryVariables>;
export const DashboardQuotesDocument = new TypedDocumentString(`
    query DashboardQuotes($filter: QuoteFilter, $after: String) {
  quotes(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        text
        lang
        speaker {
          id
          name
        }
        speakerDescription
        said {
          edtf
          precision
          earliest
        }
        event {
          name
        }
        sources {
          ...SourceFields
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  start
  end
  confidence
  excerpt
  document {
    id
    title
    outlet
    url
    publishedAt
  }
}`) as unknown as TypedDocumentString<DashboardQuotesQuery, DashboardQuotesQueryVariables>;
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
    extracted
    notExtractedReason
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
export const DashboardDocumentSpansDocument = new TypedDocumentString(`
    query DashboardDocumentSpans($id: ID!, $first: Int!, $after: String!) {
  document(id: $id) {
    id
    spans(first: $first, after: $after) {
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
}`) as unknown as TypedDocumentString<DashboardDocumentSpansQuery, DashboardDocumentSpansQueryVariables>;
export const DashboardClusterDocument = new TypedDocumentString(`
    query DashboardCluster($id: ID!, $asOf: Date) {
  quoteCluster(id: $id, asOf: $asOf) {
    id
    summary
    variants {
      kind
      lang
      firstSeen
      outlets
      derivedFrom
      curated
      misattributed {
        reason
      }
      cites {
        outlet {
          name
        }
      }
      quote {
        __typename
        id
        ... on Quote {
          text
          sources {
            document {
              id
            }
          }
        }
        ... on Claim {
          text
          sources {
            document {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardClusterQuery, DashboardClusterQueryVariables>;