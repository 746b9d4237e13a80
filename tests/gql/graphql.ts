/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type EntityKind =
  | 'ALLIANCE'
  | 'COMMAND_POST'
  | 'COUNTRY'
  | 'GOVERNMENT_BODY'
  | 'MEDIA_OUTLET'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE';

export type InfluenceAlgorithm =
  | 'BETWEENNESS'
  | 'DEGREE'
  | 'PAGERANK';

export type SpanKind =
  | 'CLAIM'
  | 'EVENT'
  | 'MENTION'
  | 'QUOTE'
  | 'REPORT';

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { version: string, migrations: Array<string>, neo4j: { version: string, edition: string, plugins: Array<string>, pluginVersions: Array<{ name: string, version: string }> }, extractor: { version: string, documents: number, documentsBehind: number } } };

export type ServerVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerVersionQuery = { serverInfo: { version: string } };

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

export type SpeakerQuotesPageQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type SpeakerQuotesPageQuery = { quotes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

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