/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SourceFields on Source {\n    start\n    end\n    confidence\n    excerpt\n    document { id title outlet url publishedAt }\n  }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  fragment TimelineItemFields on TimelineItem {\n    __typename\n    ... on Quote { id text lang speaker { id name } speakerDescription span: said { edtf precision earliest latest }\n      event { name } sources { ...SourceFields } }\n    ... on Claim { id text lang speaker { id name } speakerDescription span: when { edtf precision earliest latest }\n      sources { ...SourceFields } }\n    ... on Event { id name type place { name } span: when { edtf precision earliest latest }\n      sources { ...SourceFields } }\n    ... on Report { id cue publisher { id name } span: when { edtf precision earliest latest }\n      sources { ...SourceFields } }\n    ... on RoleChange { id role person { id name } organization { id name }\n      span: when { edtf precision earliest latest } sources { ...SourceFields } }\n  }\n": typeof types.TimelineItemFieldsFragmentDoc,
    "\n  query DashboardSearch($query: String!) {\n    search(query: $query, first: 8) {\n      score\n      snippet\n      entity { id name kind }\n      quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }\n      claim { id text speaker { id name } sources { start end document { id title outlet } } }\n      document { id title outlet lang extracted notExtractedReason }\n    }\n  }\n": typeof types.DashboardSearchDocument,
    "\n  fragment EntityFields on Entity { id name kind aliases wikidataId }\n": typeof types.EntityFieldsFragmentDoc,
    "\n  query DashboardEntities($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename ...EntityFields }\n  }\n": typeof types.DashboardEntitiesDocument,
    "\n  fragment TimelineItemBrief on TimelineItem {\n    __typename\n    ... on Quote { id text lang speaker { id name } speakerDescription span: said { edtf precision earliest latest } }\n    ... on Claim { id text lang speaker { id name } speakerDescription span: when { edtf precision earliest latest } }\n    ... on Event { id name type place { name } span: when { edtf precision earliest latest } }\n    ... on Report { id cue publisher { id name } span: when { edtf precision earliest latest } }\n    ... on RoleChange { id role person { id name } organization { id name }\n      span: when { edtf precision earliest latest } }\n  }\n": typeof types.TimelineItemBriefFragmentDoc,
    "\n  query DashboardTimeline($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $after: String) {\n    timeline(entityIds: $ids, from: $from, to: $to, asOf: $asOf, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { when { edtf precision earliest latest } node { ...TimelineItemBrief } }\n      undated { ...TimelineItemBrief }\n    }\n  }\n": typeof types.DashboardTimelineDocument,
    "\n  query DashboardItem($id: ID!) {\n    node(id: $id) { __typename ...TimelineItemFields }\n  }\n": typeof types.DashboardItemDocument,
    "\n  query DashboardActivity($ids: [ID!]!, $from: Date!, $to: Date!, $bucket: Bucket!, $asOf: Date) {\n    activity(entityIds: $ids, from: $from, to: $to, bucket: $bucket, asOf: $asOf) {\n      start end total quotes claims events reports roleChanges coarser\n    }\n  }\n": typeof types.DashboardActivityDocument,
    "\n  query DashboardInfluence($from: Date, $to: Date, $asOf: Date, $about: ID) {\n    influence(from: $from, to: $to, asOf: $asOf, about: $about, first: 20) {\n      rank\n      score\n      entity { id name kind }\n      why { weight edges { from { id name kind } to { id name kind } relation weight when { edtf } } }\n    }\n  }\n": typeof types.DashboardInfluenceDocument,
    "\n  query DashboardNeighbours($id: ID!, $from: Date, $to: Date) {\n    coMentions(entityId: $id, from: $from, to: $to, first: 8) {\n      count\n      entity { id name kind }\n    }\n  }\n": typeof types.DashboardNeighboursDocument,
    "\n  query DashboardConflicts($id: ID!, $from: Date, $to: Date, $asOf: Date) {\n    conflicts(entityId: $id, from: $from, to: $to, asOf: $asOf) {\n      id kind reason summary\n      a { summary facts { __typename id ...TimelineItemFields } }\n      b { summary facts { __typename id ...TimelineItemFields } }\n    }\n  }\n": typeof types.DashboardConflictsDocument,
    "\n  query DashboardQuotes($filter: QuoteFilter, $after: String) {\n    quotes(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id text lang\n          speaker { id name }\n          speakerDescription\n          said { edtf precision earliest }\n          event { name }\n          sources { ...SourceFields }\n        }\n      }\n    }\n  }\n": typeof types.DashboardQuotesDocument,
    "\n  fragment SpanPage on DocumentSpanConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { kind start end text fact { __typename id } entity { id name kind } } }\n  }\n": typeof types.SpanPageFragmentDoc,
    "\n  query DashboardDocument($id: ID!, $first: Int!) {\n    document(id: $id) {\n      id title url outlet lang publishedAt knownSince text extracted notExtractedReason\n      spans(first: $first) { ...SpanPage }\n    }\n  }\n": typeof types.DashboardDocumentDocument,
    "\n  query DashboardDocumentSpans($id: ID!, $first: Int!, $after: String!) {\n    document(id: $id) {\n      id\n      spans(first: $first, after: $after) { ...SpanPage }\n    }\n  }\n": typeof types.DashboardDocumentSpansDocument,
    "\n  query DashboardCluster($id: ID!, $asOf: Date) {\n    quoteCluster(id: $id, asOf: $asOf) {\n      id summary\n      variants {\n        kind lang firstSeen outlets derivedFrom curated\n        misattributed { reason }\n        cites { outlet { name } }\n        quote {\n          __typename id\n          ... on Quote { text sources { document { id } } }\n          ... on Claim { text sources { document { id } } }\n        }\n      }\n    }\n  }\n": typeof types.DashboardClusterDocument,
};
const documents: Documents = {
    "\n  fragment SourceFields on Source {\n    start\n    end\n    confidence\n    excerpt\n    document { id title outlet url publishedAt }\n  }\n": types.SourceFieldsFragmentDoc,
    "\n  fragment TimelineItemFields on TimelineItem {\n    __typename\n    ... on Quote { id text lang speaker { id name } speakerDescription span: said { edtf precision earliest latest }\n      event { name } sources { ...SourceFields } }\n    ... on Claim { id text lang speaker { id name } speakerDescription span: when { edtf precision earliest latest }\n      sources { ...SourceFields } }\n    ... on Event { id name type place { name } span: when { edtf precision earliest latest }\n      sources { ...SourceFields } }\n    ... on Report { id cue publisher { id name } span: when { edtf precision earliest latest }\n      sources { ...SourceFields } }\n    ... on RoleChange { id role person { id name } organization { id name }\n      span: when { edtf precision earliest latest } sources { ...SourceFields } }\n  }\n": types.TimelineItemFieldsFragmentDoc,
    "\n  query DashboardSearch($query: String!) {\n    search(query: $query, first: 8) {\n      score\n      snippet\n      entity { id name kind }\n      quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }\n      claim { id text speaker { id name } sources { start end document { id title outlet } } }\n      document { id title outlet lang extracted notExtractedReason }\n    }\n  }\n": types.DashboardSearchDocument,
    "\n  fragment EntityFields on Entity { id name kind aliases wikidataId }\n": types.EntityFieldsFragmentDoc,
    "\n  query DashboardEntities($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename ...EntityFields }\n  }\n": types.DashboardEntitiesDocument,
    "\n  fragment TimelineItemBrief on TimelineItem {\n    __typename\n    ... on Quote { id text lang speaker { id name } speakerDescription span: said { edtf precision earliest latest } }\n    ... on Claim { id text lang speaker { id name } speakerDescription span: when { edtf precision earliest latest } }\n    ... on Event { id name type place { name } span: when { edtf precision earliest latest } }\n    ... on Report { id cue publisher { id name } span: when { edtf precision earliest latest } }\n    ... on RoleChange { id role person { id name } organization { id name }\n      span: when { edtf precision earliest latest } }\n  }\n": types.TimelineItemBriefFragmentDoc,
    "\n  query DashboardTimeline($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $after: String) {\n    timeline(entityIds: $ids, from: $from, to: $to, asOf: $asOf, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { when { edtf precision earliest latest } node { ...TimelineItemBrief } }\n      undated { ...TimelineItemBrief }\n    }\n  }\n": types.DashboardTimelineDocument,
    "\n  query DashboardItem($id: ID!) {\n    node(id: $id) { __typename ...TimelineItemFields }\n  }\n": types.DashboardItemDocument,
    "\n  query DashboardActivity($ids: [ID!]!, $from: Date!, $to: Date!, $bucket: Bucket!, $asOf: Date) {\n    activity(entityIds: $ids, from: $from, to: $to, bucket: $bucket, asOf: $asOf) {\n      start end total quotes claims events reports roleChanges coarser\n    }\n  }\n": types.DashboardActivityDocument,
    "\n  query DashboardInfluence($from: Date, $to: Date, $asOf: Date, $about: ID) {\n    influence(from: $from, to: $to, asOf: $asOf, about: $about, first: 20) {\n      rank\n      score\n      entity { id name kind }\n      why { weight edges { from { id name kind } to { id name kind } relation weight when { edtf } } }\n    }\n  }\n": types.DashboardInfluenceDocument,
    "\n  query DashboardNeighbours($id: ID!, $from: Date, $to: Date) {\n    coMentions(entityId: $id, from: $from, to: $to, first: 8) {\n      count\n      entity { id name kind }\n    }\n  }\n": types.DashboardNeighboursDocument,
    "\n  query DashboardConflicts($id: ID!, $from: Date, $to: Date, $asOf: Date) {\n    conflicts(entityId: $id, from: $from, to: $to, asOf: $asOf) {\n      id kind reason summary\n      a { summary facts { __typename id ...TimelineItemFields } }\n      b { summary facts { __typename id ...TimelineItemFields } }\n    }\n  }\n": types.DashboardConflictsDocument,
    "\n  query DashboardQuotes($filter: QuoteFilter, $after: String) {\n    quotes(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id text lang\n          speaker { id name }\n          speakerDescription\n          said { edtf precision earliest }\n          event { name }\n          sources { ...SourceFields }\n        }\n      }\n    }\n  }\n": types.DashboardQuotesDocument,
    "\n  fragment SpanPage on DocumentSpanConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { kind start end text fact { __typename id } entity { id name kind } } }\n  }\n": types.SpanPageFragmentDoc,
    "\n  query DashboardDocument($id: ID!, $first: Int!) {\n    document(id: $id) {\n      id title url outlet lang publishedAt knownSince text extracted notExtractedReason\n      spans(first: $first) { ...SpanPage }\n    }\n  }\n": types.DashboardDocumentDocument,
    "\n  query DashboardDocumentSpans($id: ID!, $first: Int!, $after: String!) {\n    document(id: $id) {\n      id\n      spans(first: $first, after: $after) { ...SpanPage }\n    }\n  }\n": types.DashboardDocumentSpansDocument,
    "\n  query DashboardCluster($id: ID!, $asOf: Date) {\n    quoteCluster(id: $id, asOf: $asOf) {\n      id summary\n      variants {\n        kind lang firstSeen outlets derivedFrom curated\n        misattributed { reason }\n        cites { outlet { name } }\n        quote {\n          __typename id\n          ... on Quote { text sources { document { id } } }\n          ... on Claim { text sources { document { id } } }\n        }\n      }\n    }\n  }\n": types.DashboardClusterDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source {\n    start\n    end\n    confidence\n    excerpt\n    document { id title outlet url publishedAt }\n  }\n"): typeof import('./graphql').SourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineItemFields on TimelineItem {\n    __typename\n    ... on Quote { id text lang speaker { id name } speakerDescription span: said { edtf precision earliest latest }\n      event { name } sources { ...SourceFields } }\n    ... on Claim { id text lang speaker { id name } speakerDescription span: when { edtf precision earliest latest }\n      sources { ...SourceFields } }\n    ... on Event { id name type place { name } span: when { edtf precision earliest latest }\n      sources { ...SourceFields } }\n    ... on Report { id cue publisher { id name } span: when { edtf precision earliest latest }\n      sources { ...SourceFields } }\n    ... on RoleChange { id role person { id name } organization { id name }\n      span: when { edtf precision earliest latest } sources { ...SourceFields } }\n  }\n"): typeof import('./graphql').TimelineItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSearch($query: String!) {\n    search(query: $query, first: 8) {\n      score\n      snippet\n      entity { id name kind }\n      quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }\n      claim { id text speaker { id name } sources { start end document { id title outlet } } }\n      document { id title outlet lang extracted notExtractedReason }\n    }\n  }\n"): typeof import('./graphql').DashboardSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityFields on Entity { id name kind aliases wikidataId }\n"): typeof import('./graphql').EntityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardEntities($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename ...EntityFields }\n  }\n"): typeof import('./graphql').DashboardEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineItemBrief on TimelineItem {\n    __typename\n    ... on Quote { id text lang speaker { id name } speakerDescription span: said { edtf precision earliest latest } }\n    ... on Claim { id text lang speaker { id name } speakerDescription span: when { edtf precision earliest latest } }\n    ... on Event { id name type place { name } span: when { edtf precision earliest latest } }\n    ... on Report { id cue publisher { id name } span: when { edtf precision earliest latest } }\n    ... on RoleChange { id role person { id name } organization { id name }\n      span: when { edtf precision earliest latest } }\n  }\n"): typeof import('./graphql').TimelineItemBriefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTimeline($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $after: String) {\n    timeline(entityIds: $ids, from: $from, to: $to, asOf: $asOf, first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { when { edtf precision earliest latest } node { ...TimelineItemBrief } }\n      undated { ...TimelineItemBrief }\n    }\n  }\n"): typeof import('./graphql').DashboardTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardItem($id: ID!) {\n    node(id: $id) { __typename ...TimelineItemFields }\n  }\n"): typeof import('./graphql').DashboardItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardActivity($ids: [ID!]!, $from: Date!, $to: Date!, $bucket: Bucket!, $asOf: Date) {\n    activity(entityIds: $ids, from: $from, to: $to, bucket: $bucket, asOf: $asOf) {\n      start end total quotes claims events reports roleChanges coarser\n    }\n  }\n"): typeof import('./graphql').DashboardActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardInfluence($from: Date, $to: Date, $asOf: Date, $about: ID) {\n    influence(from: $from, to: $to, asOf: $asOf, about: $about, first: 20) {\n      rank\n      score\n      entity { id name kind }\n      why { weight edges { from { id name kind } to { id name kind } relation weight when { edtf } } }\n    }\n  }\n"): typeof import('./graphql').DashboardInfluenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNeighbours($id: ID!, $from: Date, $to: Date) {\n    coMentions(entityId: $id, from: $from, to: $to, first: 8) {\n      count\n      entity { id name kind }\n    }\n  }\n"): typeof import('./graphql').DashboardNeighboursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardConflicts($id: ID!, $from: Date, $to: Date, $asOf: Date) {\n    conflicts(entityId: $id, from: $from, to: $to, asOf: $asOf) {\n      id kind reason summary\n      a { summary facts { __typename id ...TimelineItemFields } }\n      b { summary facts { __typename id ...TimelineItemFields } }\n    }\n  }\n"): typeof import('./graphql').DashboardConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardQuotes($filter: QuoteFilter, $after: String) {\n    quotes(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id text lang\n          speaker { id name }\n          speakerDescription\n          said { edtf precision earliest }\n          event { name }\n          sources { ...SourceFields }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardQuotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpanPage on DocumentSpanConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { kind start end text fact { __typename id } entity { id name kind } } }\n  }\n"): typeof import('./graphql').SpanPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDocument($id: ID!, $first: Int!) {\n    document(id: $id) {\n      id title url outlet lang publishedAt knownSince text extracted notExtractedReason\n      spans(first: $first) { ...SpanPage }\n    }\n  }\n"): typeof import('./graphql').DashboardDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDocumentSpans($id: ID!, $first: Int!, $after: String!) {\n    document(id: $id) {\n      id\n      spans(first: $first, after: $after) { ...SpanPage }\n    }\n  }\n"): typeof import('./graphql').DashboardDocumentSpansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCluster($id: ID!, $asOf: Date) {\n    quoteCluster(id: $id, asOf: $asOf) {\n      id summary\n      variants {\n        kind lang firstSeen outlets derivedFrom curated\n        misattributed { reason }\n        cites { outlet { name } }\n        quote {\n          __typename id\n          ... on Quote { text sources { document { id } } }\n          ... on Claim { text sources { document { id } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardClusterDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
