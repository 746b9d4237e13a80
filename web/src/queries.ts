import { graphql } from './gql';

// Every request the dashboard makes. `npm run codegen` turns these into typed documents in gql/.

export const SourceFields = graphql(`
  fragment SourceFields on Source {
    start
    end
    confidence
    excerpt
    document { id title outlet url publishedAt }
  }
`);

export const TimelineItemFields = graphql(`
  fragment TimelineItemFields on TimelineItem {
    __typename
    ... on Quote { id text lang speaker { id name } speakerDescription span: said { edtf precision earliest latest }
      event { name } sources { ...SourceFields } }
    ... on Claim { id text lang speaker { id name } speakerDescription span: when { edtf precision earliest latest }
      sources { ...SourceFields } }
    ... on Event { id name type place { name } span: when { edtf precision earliest latest }
      sources { ...SourceFields } }
    ... on Report { id cue publisher { id name } span: when { edtf precision earliest latest }
      sources { ...SourceFields } }
    ... on RoleChange { id role person { id name } organization { id name }
      span: when { edtf precision earliest latest } sources { ...SourceFields } }
  }
`);

export const SearchQuery = graphql(`
  query DashboardSearch($query: String!) {
    search(query: $query, first: 8) {
      score
      snippet
      entity { id name kind }
      quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }
      claim { id text speaker { id name } sources { start end document { id title outlet } } }
      document { id title outlet lang extracted notExtractedReason }
    }
  }
`);

export const EntityFields = graphql(`
  fragment EntityFields on Entity { id name kind aliases wikidataId }
`);

/** The chosen entities of one moment, in one request (the dashboard's EntityNames batches them). */
export const EntitiesQuery = graphql(`
  query DashboardEntities($ids: [ID!]!) {
    nodes(ids: $ids) { __typename ...EntityFields }
  }
`);

/** What the axis needs: no sources (they make a timeline page too costly); a selection loads them per item. */
export const TimelineItemBrief = graphql(`
  fragment TimelineItemBrief on TimelineItem {
    __typename
    ... on Quote { id text lang speaker { id name } speakerDescription span: said { edtf precision earliest latest } }
    ... on Claim { id text lang speaker { id name } speakerDescription span: when { edtf precision earliest latest } }
    ... on Event { id name type place { name } span: when { edtf precision earliest latest } }
    ... on Report { id cue publisher { id name } span: when { edtf precision earliest latest } }
    ... on RoleChange { id role person { id name } organization { id name }
      span: when { edtf precision earliest latest } }
  }
`);

export const TimelineQuery = graphql(`
  query DashboardTimeline($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $after: String) {
    timeline(entityIds: $ids, from: $from, to: $to, asOf: $asOf, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { when { edtf precision earliest latest } node { ...TimelineItemBrief } }
      undated { ...TimelineItemBrief }
    }
  }
`);

export const ItemQuery = graphql(`
  query DashboardItem($id: ID!) {
    node(id: $id) { __typename ...TimelineItemFields }
  }
`);

export const ActivityQuery = graphql(`
  query DashboardActivity($ids: [ID!]!, $from: Date!, $to: Date!, $bucket: Bucket!, $asOf: Date) {
    activity(entityIds: $ids, from: $from, to: $to, bucket: $bucket, asOf: $asOf) {
      start end total quotes claims events reports roleChanges coarser
    }
  }
`);

/** about: the first chosen entity, so the network follows the selection (null: the whole window) */
export const InfluenceQuery = graphql(`
  query DashboardInfluence($from: Date, $to: Date, $asOf: Date, $about: ID) {
    influence(from: $from, to: $to, asOf: $asOf, about: $about, first: 20) {
      rank
      score
      entity { id name kind }
      why { weight edges { from { id name kind } to { id name kind } relation weight when { edtf } } }
    }
  }
`);

/** A network node's neighbours: the entities named in the same articles, most shared first. */
export const NeighboursQuery = graphql(`
  query DashboardNeighbours($id: ID!, $from: Date, $to: Date) {
    coMentions(entityId: $id, from: $from, to: $to, first: 8) {
      count
      entity { id name kind }
    }
  }
`);

/** Where the sources disagree about an entity: each conflict's two sides, each fact with its sources. */
export const ConflictsQuery = graphql(`
  query DashboardConflicts($id: ID!, $from: Date, $to: Date, $asOf: Date) {
    conflicts(entityId: $id, from: $from, to: $to, asOf: $asOf) {
      id kind reason summary
      a { summary facts { __typename id ...TimelineItemFields } }
      b { summary facts { __typename id ...TimelineItemFields } }
    }
  }
`);

export const QuotesQuery = graphql(`
  query DashboardQuotes($filter: QuoteFilter, $after: String) {
    quotes(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id text lang
          speaker { id name }
          speakerDescription
          said { edtf precision earliest }
          event { name }
          sources { ...SourceFields }
        }
      }
    }
  }
`);

export const SpanPageFragment = graphql(`
  fragment SpanPage on DocumentSpanConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { kind start end text fact { __typename id } entity { id name kind } } }
  }
`);

export const DocumentQuery = graphql(`
  query DashboardDocument($id: ID!, $first: Int!) {
    document(id: $id) {
      id title url outlet lang publishedAt knownSince text extracted notExtractedReason
      spans(first: $first) { ...SpanPage }
    }
  }
`);

/** The next pages of a long article's spans (a transcript has tens of thousands). */
export const DocumentSpansQuery = graphql(`
  query DashboardDocumentSpans($id: ID!, $first: Int!, $after: String!) {
    document(id: $id) {
      id
      spans(first: $first, after: $after) { ...SpanPage }
    }
  }
`);

export const ClusterQuery = graphql(`
  query DashboardCluster($id: ID!, $asOf: Date) {
    quoteCluster(id: $id, asOf: $asOf) {
      id summary
      variants {
        kind lang firstSeen outlets derivedFrom curated
        misattributed { reason }
        cites { outlet { name } }
        quote {
          __typename id
          ... on Quote { text sources { document { id } } }
          ... on Claim { text sources { document { id } } }
        }
      }
    }
  }
`);
