/* eslint-disable */
import * as types from './graphql.js';



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
    "query ServerInfo { serverInfo { version neo4j { version edition plugins pluginVersions { name version } } migrations extractor { version documents documentsBehind } } }": typeof types.ServerInfoDocument,
    "query ServerVersion { serverInfo { version } }": typeof types.ServerVersionDocument,
    "query OpsSearchRubio { search(query: \"Rubio\") { score snippet entity { id name kind } } }": typeof types.OpsSearchRubioDocument,
    "query OpsSearchUnicode { search(query: \"Außenminister\") { entity { id } } }": typeof types.OpsSearchUnicodeDocument,
    "query OpsSearchLucene { search(query: \"Rubio) OR (*:*\") { entity { id } } }": typeof types.OpsSearchLuceneDocument,
    "query OpsSearchNothing { search(query: \"Zzyzxquux東京\") { score } }": typeof types.OpsSearchNothingDocument,
    "query OpsSearchBlank { search(query: \"  \") { score } }": typeof types.OpsSearchBlankDocument,
    "query OpsEntityNodeNone { entity(id: \"org:nato\") { id name kind aliases ... on Alliance { roles { role person { name } } } }\n      q: node(id: \"person:marco-rubio\") { id ... on Person { name } }\n      none: entity(id: \"person:nobody\") { id } }": typeof types.OpsEntityNodeNoneDocument,
    "query OpsFirstRubioQuote { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 1) { edges { node { id sources { document { id } } } } } }": typeof types.OpsFirstRubioQuoteDocument,
    "query OpsDocumentSpans($id: ID!) { document(id: $id) { id text spans { edges { node { kind start end text fact { id } entity { id } } } } } n: node(id: $id) { id } }": typeof types.OpsDocumentSpansDocument,
    "query OpsRubioQuotes { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 100) { totalCount edges { node { id speaker { id } } } } }": typeof types.OpsRubioQuotesDocument,
    "query OpsRubioQuotesPage1 { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 2) { pageInfo { hasNextPage endCursor } edges { node { id } } } }": typeof types.OpsRubioQuotesPage1Document,
    "query OpsRubioQuotesPage2($after: String) { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 2, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } }": typeof types.OpsRubioQuotesPage2Document,
    "query OpsGermanNatoQuotes { quotes(filter: { lang: \"de\", text: \"nato\", from: \"2026-02-01\", to: \"2026-02-28\" }) { edges { node { lang text said { earliest } } } } }": typeof types.OpsGermanNatoQuotesDocument,
    "query OpsQuotesNone { quotes(filter: { text: \"ÿ-never-said-ü\" }) { totalCount edges { cursor } pageInfo { hasNextPage } } }": typeof types.OpsQuotesNoneDocument,
    "query OpsInfluence($algorithm: InfluenceAlgorithm) { influence(from: \"2026-01-01\", to: \"2026-02-28\", algorithm: $algorithm, first: 5) {\n        rank score entity { id } why { weight edges { from { id } to { id } relation when { edtf } via { __typename } sources { document { id } } } } } }": typeof types.OpsInfluenceDocument,
    "query OpsInfluenceTop3 { influence(from: \"2026-01-01\", to: \"2026-02-28\", first: 3) { rank entity { id } } }": typeof types.OpsInfluenceTop3Document,
    "query OpsInfluenceEmpty { influence(from: \"1990-01-01\", to: \"1990-12-31\") { rank } }": typeof types.OpsInfluenceEmptyDocument,
    "query OpsRubioToReuters { connections(from: \"person:marco-rubio\", to: \"org:reuters\") {\n      length edges { from { id } to { id } relation when { edtf earliest } sources { start end document { id } } } } }": typeof types.OpsRubioToReutersDocument,
    "query OpsConnectionsFiveHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 5) { length } }": typeof types.OpsConnectionsFiveHopsDocument,
    "query OpsConnectionsZeroHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 0) { length } }": typeof types.OpsConnectionsZeroHopsDocument,
    "query OpsRubioCoMentions { coMentions(entityId: \"person:marco-rubio\", first: 5) { count firstSeen lastSeen entity { id } documents { id } } }": typeof types.OpsRubioCoMentionsDocument,
    "query OpsNatoActivity { activity(entityIds: [\"org:nato\"], from: \"2026-01-01\", to: \"2026-03-31\", bucket: MONTH) { start end total reports coarser } }": typeof types.OpsNatoActivityDocument,
    "query OpsNatoDailyActivity { activity(entityIds: [\"org:nato\"], from: \"1900-01-01\", to: \"2026-03-31\", bucket: DAY) { start } }": typeof types.OpsNatoDailyActivityDocument,
    "query OpsNatoId { entity(id: \"org:nato\") { id } }": typeof types.OpsNatoIdDocument,
    "query OpsNatoTimelineCount { timeline(entityIds: [\"org:nato\"]) { totalCount } }": typeof types.OpsNatoTimelineCountDocument,
    "query SpeakerQuotesPage($id: ID!, $from: Date, $to: Date, $after: String) { quotes(filter: { speakerId: $id, from: $from, to: $to }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }": typeof types.SpeakerQuotesPageDocument,
};
const documents: Documents = {
    "query ServerInfo { serverInfo { version neo4j { version edition plugins pluginVersions { name version } } migrations extractor { version documents documentsBehind } } }": types.ServerInfoDocument,
    "query ServerVersion { serverInfo { version } }": types.ServerVersionDocument,
    "query OpsSearchRubio { search(query: \"Rubio\") { score snippet entity { id name kind } } }": types.OpsSearchRubioDocument,
    "query OpsSearchUnicode { search(query: \"Außenminister\") { entity { id } } }": types.OpsSearchUnicodeDocument,
    "query OpsSearchLucene { search(query: \"Rubio) OR (*:*\") { entity { id } } }": types.OpsSearchLuceneDocument,
    "query OpsSearchNothing { search(query: \"Zzyzxquux東京\") { score } }": types.OpsSearchNothingDocument,
    "query OpsSearchBlank { search(query: \"  \") { score } }": types.OpsSearchBlankDocument,
    "query OpsEntityNodeNone { entity(id: \"org:nato\") { id name kind aliases ... on Alliance { roles { role person { name } } } }\n      q: node(id: \"person:marco-rubio\") { id ... on Person { name } }\n      none: entity(id: \"person:nobody\") { id } }": types.OpsEntityNodeNoneDocument,
    "query OpsFirstRubioQuote { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 1) { edges { node { id sources { document { id } } } } } }": types.OpsFirstRubioQuoteDocument,
    "query OpsDocumentSpans($id: ID!) { document(id: $id) { id text spans { edges { node { kind start end text fact { id } entity { id } } } } } n: node(id: $id) { id } }": types.OpsDocumentSpansDocument,
    "query OpsRubioQuotes { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 100) { totalCount edges { node { id speaker { id } } } } }": types.OpsRubioQuotesDocument,
    "query OpsRubioQuotesPage1 { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 2) { pageInfo { hasNextPage endCursor } edges { node { id } } } }": types.OpsRubioQuotesPage1Document,
    "query OpsRubioQuotesPage2($after: String) { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 2, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } }": types.OpsRubioQuotesPage2Document,
    "query OpsGermanNatoQuotes { quotes(filter: { lang: \"de\", text: \"nato\", from: \"2026-02-01\", to: \"2026-02-28\" }) { edges { node { lang text said { earliest } } } } }": types.OpsGermanNatoQuotesDocument,
    "query OpsQuotesNone { quotes(filter: { text: \"ÿ-never-said-ü\" }) { totalCount edges { cursor } pageInfo { hasNextPage } } }": types.OpsQuotesNoneDocument,
    "query OpsInfluence($algorithm: InfluenceAlgorithm) { influence(from: \"2026-01-01\", to: \"2026-02-28\", algorithm: $algorithm, first: 5) {\n        rank score entity { id } why { weight edges { from { id } to { id } relation when { edtf } via { __typename } sources { document { id } } } } } }": types.OpsInfluenceDocument,
    "query OpsInfluenceTop3 { influence(from: \"2026-01-01\", to: \"2026-02-28\", first: 3) { rank entity { id } } }": types.OpsInfluenceTop3Document,
    "query OpsInfluenceEmpty { influence(from: \"1990-01-01\", to: \"1990-12-31\") { rank } }": types.OpsInfluenceEmptyDocument,
    "query OpsRubioToReuters { connections(from: \"person:marco-rubio\", to: \"org:reuters\") {\n      length edges { from { id } to { id } relation when { edtf earliest } sources { start end document { id } } } } }": types.OpsRubioToReutersDocument,
    "query OpsConnectionsFiveHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 5) { length } }": types.OpsConnectionsFiveHopsDocument,
    "query OpsConnectionsZeroHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 0) { length } }": types.OpsConnectionsZeroHopsDocument,
    "query OpsRubioCoMentions { coMentions(entityId: \"person:marco-rubio\", first: 5) { count firstSeen lastSeen entity { id } documents { id } } }": types.OpsRubioCoMentionsDocument,
    "query OpsNatoActivity { activity(entityIds: [\"org:nato\"], from: \"2026-01-01\", to: \"2026-03-31\", bucket: MONTH) { start end total reports coarser } }": types.OpsNatoActivityDocument,
    "query OpsNatoDailyActivity { activity(entityIds: [\"org:nato\"], from: \"1900-01-01\", to: \"2026-03-31\", bucket: DAY) { start } }": types.OpsNatoDailyActivityDocument,
    "query OpsNatoId { entity(id: \"org:nato\") { id } }": types.OpsNatoIdDocument,
    "query OpsNatoTimelineCount { timeline(entityIds: [\"org:nato\"]) { totalCount } }": types.OpsNatoTimelineCountDocument,
    "query SpeakerQuotesPage($id: ID!, $from: Date, $to: Date, $after: String) { quotes(filter: { speakerId: $id, from: $from, to: $to }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }": types.SpeakerQuotesPageDocument,
};

/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ServerInfo { serverInfo { version neo4j { version edition plugins pluginVersions { name version } } migrations extractor { version documents documentsBehind } } }"): typeof import('./graphql.js').ServerInfoDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ServerVersion { serverInfo { version } }"): typeof import('./graphql.js').ServerVersionDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsSearchRubio { search(query: \"Rubio\") { score snippet entity { id name kind } } }"): typeof import('./graphql.js').OpsSearchRubioDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsSearchUnicode { search(query: \"Außenminister\") { entity { id } } }"): typeof import('./graphql.js').OpsSearchUnicodeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsSearchLucene { search(query: \"Rubio) OR (*:*\") { entity { id } } }"): typeof import('./graphql.js').OpsSearchLuceneDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsSearchNothing { search(query: \"Zzyzxquux東京\") { score } }"): typeof import('./graphql.js').OpsSearchNothingDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsSearchBlank { search(query: \"  \") { score } }"): typeof import('./graphql.js').OpsSearchBlankDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsEntityNodeNone { entity(id: \"org:nato\") { id name kind aliases ... on Alliance { roles { role person { name } } } }\n      q: node(id: \"person:marco-rubio\") { id ... on Person { name } }\n      none: entity(id: \"person:nobody\") { id } }"): typeof import('./graphql.js').OpsEntityNodeNoneDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsFirstRubioQuote { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 1) { edges { node { id sources { document { id } } } } } }"): typeof import('./graphql.js').OpsFirstRubioQuoteDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsDocumentSpans($id: ID!) { document(id: $id) { id text spans { edges { node { kind start end text fact { id } entity { id } } } } } n: node(id: $id) { id } }"): typeof import('./graphql.js').OpsDocumentSpansDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsRubioQuotes { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 100) { totalCount edges { node { id speaker { id } } } } }"): typeof import('./graphql.js').OpsRubioQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsRubioQuotesPage1 { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 2) { pageInfo { hasNextPage endCursor } edges { node { id } } } }"): typeof import('./graphql.js').OpsRubioQuotesPage1Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsRubioQuotesPage2($after: String) { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 2, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } }"): typeof import('./graphql.js').OpsRubioQuotesPage2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsGermanNatoQuotes { quotes(filter: { lang: \"de\", text: \"nato\", from: \"2026-02-01\", to: \"2026-02-28\" }) { edges { node { lang text said { earliest } } } } }"): typeof import('./graphql.js').OpsGermanNatoQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsQuotesNone { quotes(filter: { text: \"ÿ-never-said-ü\" }) { totalCount edges { cursor } pageInfo { hasNextPage } } }"): typeof import('./graphql.js').OpsQuotesNoneDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsInfluence($algorithm: InfluenceAlgorithm) { influence(from: \"2026-01-01\", to: \"2026-02-28\", algorithm: $algorithm, first: 5) {\n        rank score entity { id } why { weight edges { from { id } to { id } relation when { edtf } via { __typename } sources { document { id } } } } } }"): typeof import('./graphql.js').OpsInfluenceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsInfluenceTop3 { influence(from: \"2026-01-01\", to: \"2026-02-28\", first: 3) { rank entity { id } } }"): typeof import('./graphql.js').OpsInfluenceTop3Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsInfluenceEmpty { influence(from: \"1990-01-01\", to: \"1990-12-31\") { rank } }"): typeof import('./graphql.js').OpsInfluenceEmptyDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsRubioToReuters { connections(from: \"person:marco-rubio\", to: \"org:reuters\") {\n      length edges { from { id } to { id } relation when { edtf earliest } sources { start end document { id } } } } }"): typeof import('./graphql.js').OpsRubioToReutersDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsConnectionsFiveHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 5) { length } }"): typeof import('./graphql.js').OpsConnectionsFiveHopsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsConnectionsZeroHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 0) { length } }"): typeof import('./graphql.js').OpsConnectionsZeroHopsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsRubioCoMentions { coMentions(entityId: \"person:marco-rubio\", first: 5) { count firstSeen lastSeen entity { id } documents { id } } }"): typeof import('./graphql.js').OpsRubioCoMentionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsNatoActivity { activity(entityIds: [\"org:nato\"], from: \"2026-01-01\", to: \"2026-03-31\", bucket: MONTH) { start end total reports coarser } }"): typeof import('./graphql.js').OpsNatoActivityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsNatoDailyActivity { activity(entityIds: [\"org:nato\"], from: \"1900-01-01\", to: \"2026-03-31\", bucket: DAY) { start } }"): typeof import('./graphql.js').OpsNatoDailyActivityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsNatoId { entity(id: \"org:nato\") { id } }"): typeof import('./graphql.js').OpsNatoIdDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsNatoTimelineCount { timeline(entityIds: [\"org:nato\"]) { totalCount } }"): typeof import('./graphql.js').OpsNatoTimelineCountDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query SpeakerQuotesPage($id: ID!, $from: Date, $to: Date, $after: String) { quotes(filter: { speakerId: $id, from: $from, to: $to }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }"): typeof import('./graphql.js').SpeakerQuotesPageDocument;


export function typed(source: string) {
  return (documents as any)[source] ?? {};
}
