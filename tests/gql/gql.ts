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
    "query ServerInfo { serverInfo { version neo4j { version edition plugins pluginVersions {\n            name version } } migrations extractor { version documents documentsBehind } } }": typeof types.ServerInfoDocument,
    "query ServerVersion { serverInfo { version } }": typeof types.ServerVersionDocument,
    "query AsOfQuotes($asOf: Date, $speaker: ID) { quotes(filter: {\n        asOf: $asOf, speakerId: $speaker }, first: 100) {\n      totalCount edges { node { id knownSince sources { document { id publishedAt knownSince } } } } } }": typeof types.AsOfQuotesDocument,
    "query AsOfActivity($ids: [ID!]!, $asOf: Date, $bucket: Bucket! = DAY) {\n        activity(entityIds: $ids, from: \"2026-02-01\", to: \"2026-02-28\", bucket: $bucket, asOf: $asOf) {\n      start total quotes claims events reports roleChanges coarser } }": typeof types.AsOfActivityDocument,
    "query AsOfSeedDayQuotes($asOf: Date) { timeline(entityIds: [\"person:marco-rubio\",\n            \"org:nato\"], from: \"2026-02-15\", to: \"2026-02-15\", kinds: [QUOTE], asOf: $asOf, first: 100) {\n        edges { when { precision } node { ... on Quote { id sources { document {\n        id publishedAt knownSince } } } } } } }": typeof types.AsOfSeedDayQuotesDocument,
    "query AsOfEarlyTimeline($asOf: Date) { timeline(entityIds: [\"person:marco-rubio\"], asOf: $asOf) {\n              totalCount edges { cursor } } }": typeof types.AsOfEarlyTimelineDocument,
    "query AsOfInfluence($asOf: Date) { influence(from: \"2026-01-01\", to: \"2026-02-28\", asOf: $asOf,\n        first: 20) {\n      rank entity { id } why { edges { from { id } to { id } via { __typename ... on Node { id } } sources {\n      document { id publishedAt knownSince } } } } } }": typeof types.AsOfInfluenceDocument,
    "query AsOfConnections($asOf: Date) { connections(from: \"person:marco-rubio\", to: \"org:reuters\",\n        asOf: $asOf) {\n      length edges { from { id } to { id } relation when { earliest } via { __typename ... on Node { id } }\n      sources { document { id publishedAt knownSince } } } } }": typeof types.AsOfConnectionsDocument,
    "query AttrQuotes($filter: QuoteFilter) { quotes(filter: $filter, first: 50) {\n  totalCount\n  edges { node { id text said { edtf earliest latest precision } saidBasis attribution { method confidence }\n    sources { confidence attributionMethod document { publishedAt } } } } } }": typeof types.AttrQuotesDocument,
    "query AttrTimeline($ids: [ID!]!, $from: Date, $to: Date, $textDatedOnly: Boolean) {\n    timeline(entityIds: $ids, from: $from, to: $to, first: 50, textDatedOnly: $textDatedOnly) {\n  totalCount\n  edges { when { edtf } node { __typename ... on Quote { id text saidBasis } ... on Claim {\n  id text whenBasis attribution { method confidence } } } } } }": typeof types.AttrTimelineDocument,
    "query ConnPaths($a: ID!, $b: ID!, $hops: Int) { connections(from: $a, to: $b, maxHops: $hops) {\n  length edges { from { id } to { id } relation via { __typename ... on Node { id } } sources {\n  start end document { id } } } } }": typeof types.ConnPathsDocument,
    "query ConnPathsDefaultHops($a: ID!, $b: ID!) { connections(from: $a, to: $b) {\n        length edges { from { id } to { id } relation via { __typename ... on Node { id } } } } }": typeof types.ConnPathsDefaultHopsDocument,
    "query DevEntity { entity(id: \"org:nato\") { id } }": typeof types.DevEntityDocument,
    "query DevTimeline { timeline(entityIds: [\"person:nobody-dev-mode\"]) { totalCount } }": typeof types.DevTimelineDocument,
    "query DevQuotes { quotes(first: 101) { totalCount } }": typeof types.DevQuotesDocument,
    "query OpsSearchRubio { search(query: \"Rubio\") { score snippet entity { id name kind } } }": typeof types.OpsSearchRubioDocument,
    "query OpsSearchUnicode { search(query: \"Außenminister\") { entity { id } } }": typeof types.OpsSearchUnicodeDocument,
    "query OpsSearchLucene { search(query: \"Rubio) OR (*:*\") { entity { id } } }": typeof types.OpsSearchLuceneDocument,
    "query OpsSearchNothing { search(query: \"Zzyzxquux東京\") { score } }": typeof types.OpsSearchNothingDocument,
    "query OpsSearchBlank { search(query: \"  \") { score } }": typeof types.OpsSearchBlankDocument,
    "query OpsEntityNodeNone { entity(id: \"org:nato\") { id name kind aliases ... on Alliance { roles {\n        role person { name } } } }\n      q: node(id: \"person:marco-rubio\") { id ... on Person { name } }\n      none: entity(id: \"person:nobody\") { id } }": typeof types.OpsEntityNodeNoneDocument,
    "query OpsFirstRubioQuote { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 1) { edges {\n          node { id sources { document { id } } } } } }": typeof types.OpsFirstRubioQuoteDocument,
    "query OpsDocumentSpans($id: ID!) { document(id: $id) { id text spans { edges { node {\n          kind start end text fact { id } entity { id } } } } } n: node(id: $id) { id } }": typeof types.OpsDocumentSpansDocument,
    "query OpsRubioQuotes { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 100) {\n          totalCount edges { node { id speaker { id } } } } }": typeof types.OpsRubioQuotesDocument,
    "query OpsRubioQuotesPage1 { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 2) {\n          pageInfo { hasNextPage endCursor } edges { node { id } } } }": typeof types.OpsRubioQuotesPage1Document,
    "query OpsRubioQuotesPage2($after: String) { quotes(filter: {\n          speakerId: \"person:marco-rubio\" }, first: 2, after: $after) { pageInfo { hasPreviousPage } edges {\n          node { id } } } }": typeof types.OpsRubioQuotesPage2Document,
    "query OpsGermanNatoQuotes { quotes(filter: { lang: \"de\", text: \"nato\", from: \"2026-02-01\",\n          to: \"2026-02-28\" }) { edges { node { lang text said { earliest } } } } }": typeof types.OpsGermanNatoQuotesDocument,
    "query OpsQuotesNone { quotes(filter: { text: \"ÿ-never-said-ü\" }) { totalCount edges { cursor }\n          pageInfo { hasNextPage } } }": typeof types.OpsQuotesNoneDocument,
    "query OpsInfluence($algorithm: InfluenceAlgorithm) {\n          influence(from: \"2026-01-01\", to: \"2026-02-28\", algorithm: $algorithm, first: 5) {\n        rank score entity { id } why { weight edges { from { id } to { id } relation when { edtf } via {\n        __typename } sources { document { id } } } } } }": typeof types.OpsInfluenceDocument,
    "query OpsInfluenceTop3 { influence(from: \"2026-01-01\", to: \"2026-02-28\", first: 3) { rank entity { id } } }": typeof types.OpsInfluenceTop3Document,
    "query OpsInfluenceEmpty { influence(from: \"1990-01-01\", to: \"1990-12-31\") { rank } }": typeof types.OpsInfluenceEmptyDocument,
    "query OpsRubioToReuters { connections(from: \"person:marco-rubio\", to: \"org:reuters\") {\n      length edges { from { id } to { id } relation when { edtf earliest } sources { start end document {\n      id } } } } }": typeof types.OpsRubioToReutersDocument,
    "query OpsConnectionsFiveHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 5) {\n            length } }": typeof types.OpsConnectionsFiveHopsDocument,
    "query OpsConnectionsZeroHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 0) {\n            length } }": typeof types.OpsConnectionsZeroHopsDocument,
    "query OpsRubioCoMentions { coMentions(entityId: \"person:marco-rubio\", first: 5) {\n          count firstSeen lastSeen entity { id } documents { id } } }": typeof types.OpsRubioCoMentionsDocument,
    "query OpsNatoActivity { activity(entityIds: [\"org:nato\"], from: \"2026-01-01\", to: \"2026-03-31\",\n          bucket: MONTH) { start end total reports coarser } }": typeof types.OpsNatoActivityDocument,
    "query OpsNatoDailyActivity { activity(entityIds: [\"org:nato\"], from: \"1900-01-01\", to: \"2026-03-31\",\n          bucket: DAY) { start } }": typeof types.OpsNatoDailyActivityDocument,
    "query OpsNatoId { entity(id: \"org:nato\") { id } }": typeof types.OpsNatoIdDocument,
    "query OpsNatoTimelineCount { timeline(entityIds: [\"org:nato\"]) { totalCount } }": typeof types.OpsNatoTimelineCountDocument,
    "query PageQuotes($first: Int, $after: String) { page: quotes(filter: {\n        speakerId: \"person:marco-rubio\" }, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }": typeof types.PageQuotesDocument,
    "query PageTimeline($first: Int, $after: String) {\n        page: timeline(entityIds: [\"org:nato\"], first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node {\n      ... on Node { id } } } } }": typeof types.PageTimelineDocument,
    "query SrchSearch($q: String!, $k: [EntityKind!], $n: Int) { search(query: $q, kinds: $k, first: $n) {\n      score entity { id kind } } }": typeof types.SrchSearchDocument,
    "mutation SrchUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": typeof types.SrchUpsertEntityDocument,
    "query SrchDashboard($q: String!) { search(query: $q, first: 8) {\n    score snippet\n    entity { id name kind }\n    quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }\n    claim { id text speaker { id name } sources { start end document { id title outlet } } }\n    document { id title outlet lang extracted notExtractedReason } } }": typeof types.SrchDashboardDocument,
    "query SrchByLoaders($ids: [ID!]!) { nodes(ids: $ids) { __typename\n    ... on Entity { id name kind }\n    ... on Quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }\n    ... on Claim { id text speaker { id name } sources { start end document { id title outlet } } }\n    ... on Document { id title outlet lang extracted notExtractedReason } } }": typeof types.SrchByLoadersDocument,
    "query SrchBench($q: String!) { search(query: $q, first: 10) {\n            score snippet entity { id name } quote { id text } } }": typeof types.SrchBenchDocument,
    "query SrchQid($q: String!) { search(query: $q) { entity { id name } } }": typeof types.SrchQidDocument,
    "query TimelinePage($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $first: Int, $after: String,\n    $kinds: [TimelineKind!]) {\n  timeline(entityIds: $ids, from: $from, to: $to, asOf: $asOf, first: $first, after: $after, kinds: $kinds) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor when { edtf earliest latest precision }\n      node { __typename\n        ... on Quote { id text speaker { id name } event { id name when { edtf } } sources {\n        start end excerpt document { id publishedAt } } }\n        ... on Claim { id text sources { document { id publishedAt } } }\n        ... on Report { id cue publisher { id name } sources { start end document { id publishedAt } } }\n        ... on Event { id name sources { document { id publishedAt } } }\n        ... on RoleChange { id role person { id } organization { id } sources { document { id publishedAt } } }\n      } }\n    undated { __typename ... on Quote { id said { edtf precision } } ... on Report { id when {\n    edtf precision } } ... on Claim { id } ... on Event { id } ... on RoleChange { id } }\n  }\n}": typeof types.TimelinePageDocument,
    "query SpeakerQuotesPage($id: ID!, $from: Date, $to: Date, $after: String) { quotes(filter: {\n    speakerId: $id, from: $from, to: $to }, first: 2, after: $after) { totalCount pageInfo {\n    hasNextPage endCursor } edges { node { id } } } }": typeof types.SpeakerQuotesPageDocument,
    "query TimelinePointers($ids: [ID!]!) { timeline(entityIds: $ids, first: 100) {\n        edges { node { __typename\n          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {\n          id name kind aliases } sources { start document { id } } } }\n          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }\n          ... on Report { id publisher { id name kind aliases } }\n          ... on Event { id place { id name kind aliases } }\n          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } }\n        undated { __typename\n          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {\n          id name kind aliases } sources { start document { id } } } }\n          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }\n          ... on Report { id publisher { id name kind aliases } }\n          ... on Event { id place { id name kind aliases } }\n          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } } }": typeof types.TimelinePointersDocument,
    "query TimelinePointersOfNode($id: ID!) { node(id: $id) { __typename\n          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {\n          id name kind aliases } sources { start document { id } } } }\n          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }\n          ... on Report { id publisher { id name kind aliases } }\n          ... on Event { id place { id name kind aliases } }\n          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } }": typeof types.TimelinePointersOfNodeDocument,
    "query TimelineImpossibleTo { timeline(entityIds: [\"org:nato\"], to: \"2026-02-30\") { totalCount } }": typeof types.TimelineImpossibleToDocument,
    "query TimelineReversedWindow { timeline(entityIds: [\"org:nato\"], from: \"2026-03-01\", to: \"2026-02-01\") {\n            totalCount } }": typeof types.TimelineReversedWindowDocument,
    "query TimelineOfSpeaker($id: ID!, $from: Date, $to: Date) {\n            timeline(entityIds: [$id], from: $from, to: $to, first: 100) { totalCount edges { node {\n            ... on Quote { id } } } } }": typeof types.TimelineOfSpeakerDocument,
    "query TimelineRoundTrips($id: ID!) { timeline(entityIds: [$id], kinds: [QUOTE], first: 50) {\n        totalCount pageInfo { hasNextPage }\n        edges { when { earliest } node { __typename ... on Quote { id text\n          speaker { id name roles { role when { edtf } sources { start end document { id title } } } }\n          sources { start end excerpt document { id } } } } } } }": typeof types.TimelineRoundTripsDocument,
    "query TimelineRoleChanges($id: ID!, $from: Date, $to: Date) {\n            timeline(entityIds: [$id], from: $from, to: $to, kinds: [ROLE_CHANGE], first: 100) {\n        totalCount edges { when { earliest } node { ... on RoleChange { id person { id } organization {\n        id } } } } } }": typeof types.TimelineRoleChangesDocument,
    "query UnattrQuotes($text: String!) { quotes(filter: { text: $text }, first: 10) {\n  edges { node { id text lang unattributedReason speaker { name } attribution { method } } } } }": typeof types.UnattrQuotesDocument,
    "query UnattrNode($id: ID!) { node(id: $id) { ... on Quote { unattributedReason } } }": typeof types.UnattrNodeDocument,
    "mutation AccUpsertEntity($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id name }\n    errors { code message field } } }": typeof types.AccUpsertEntityDocument,
    "query AccServerInfo { serverInfo { version } }": typeof types.AccServerInfoDocument,
    "query AccServerInfo2 { serverInfo { version } }": typeof types.AccServerInfo2Document,
    "query AccServerInfo3 { serverInfo { version } }": typeof types.AccServerInfo3Document,
    "query AccServerInfo4 { serverInfo { version } }": typeof types.AccServerInfo4Document,
    "query AccAuditLog { auditLog(first: 50) { edges { node { who operation target } } } }": typeof types.AccAuditLogDocument,
    "query AccServerInfo5 { serverInfo { version } }": typeof types.AccServerInfo5Document,
    "query AccServerInfo6 { serverInfo { version } }": typeof types.AccServerInfo6Document,
    "query AccServerInfo7 { serverInfo { version } }": typeof types.AccServerInfo7Document,
    "mutation AdmUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } errors { code } } }": typeof types.AdmUpsertEntityDocument,
    "query AdmInfluence { influence(from: \"2026-01-01\", to: \"2026-02-28\", algorithm: DEGREE, first: 4) {\n            rank score entity { id } } }": typeof types.AdmInfluenceDocument,
    "mutation CorrCorrectFact($id: ID!, $i: CorrectFactInput!) { correctFact(id: $id, input: $i) {\n          factId errors { code field message } } }": typeof types.CorrCorrectFactDocument,
    "query CorrNode($id: ID!) { node(id: $id) { ... on Quote { speaker { id } said { edtf } saidBasis } } }": typeof types.CorrNodeDocument,
    "query CorrTimeline($e: [ID!]!) { timeline(entityIds: $e, first: 100) { edges { node {\n            ... on Quote { id } } } } }": typeof types.CorrTimelineDocument,
    "mutation CurIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId status document { text } errors { code field } } }": typeof types.CurIngestDocumentDocument,
    "mutation CurIngestDocument2($i: IngestDocumentInput!) { ingestDocument(input: $i) { documentId errors {\n        code field } } }": typeof types.CurIngestDocument2Document,
    "mutation CurUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity {\n          id name aliases } errors { code field message } } }": typeof types.CurUpsertEntityDocument,
    "mutation CurAddAlias($id: ID!, $a: String!) { addAlias(entityId: $id, alias: $a) { entity {\n            aliases } errors { code } } }": typeof types.CurAddAliasDocument,
    "mutation CurAddAlias2 { addAlias(entityId: \"person:nobody-xyz-404\", alias: \"x\") { entity { id }\n            errors { code field } } }": typeof types.CurAddAlias2Document,
    "mutation CurAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId retracted errors {\n          code field } } }": typeof types.CurAssertFactDocument,
    "mutation CurRetractFact($id: ID!, $why: String!) { retractFact(id: $id, reason: $why) {\n          factId retracted errors { code field } } }": typeof types.CurRetractFactDocument,
    "mutation CurMergeEntities($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { entity {\n          id aliases } mergedIds errors { code field } } }": typeof types.CurMergeEntitiesDocument,
    "query CurTimeline($id: ID!) { timeline(entityIds: [$id], kinds: [ROLE_CHANGE], includeRetracted: true) {\n            edges { node { ... on RoleChange { id } } } } }": typeof types.CurTimelineDocument,
    "mutation CurUpsertEntity2($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": typeof types.CurUpsertEntity2Document,
    "query CurAuditLog($after: String) { auditLog(first: 2, after: $after) { edges { cursor node {\n          id operation } } pageInfo { hasNextPage endCursor } } }": typeof types.CurAuditLogDocument,
    "query CurAuditLog2 { auditLog(first: 101) { edges { cursor } } }": typeof types.CurAuditLog2Document,
    "query FltQuotes { quotes(first: 1) { totalCount } }": typeof types.FltQuotesDocument,
    "query FltQuotes2 { quotes(first: 1) { totalCount } }": typeof types.FltQuotes2Document,
    "query LdExQuotes($filter: QuoteFilter, $first: Int) {\n  quotes(filter: $filter, first: $first) { totalCount edges { node { id text sources {\n  start end excerpt document { id } } } } }\n}": typeof types.LdExQuotesDocument,
    "query LdExTimeline($ids: [ID!]!, $first: Int) {\n  timeline(entityIds: $ids, first: $first) {\n    totalCount\n    edges { node { __typename\n      ... on Quote { id sources { start end excerpt document { id } } }\n      ... on RoleChange { id role sources { start end excerpt document { id } } } } }\n  }\n}": typeof types.LdExTimelineDocument,
    "query LdExEntity($id: ID!) { entity(id: $id) { roles { id role sources { start end excerpt document { id } } } } }": typeof types.LdExEntityDocument,
    "query LdDocument($id: ID!, $first: Int, $after: String) {\n  document(id: $id) { spans(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n  edges { cursor node { kind start end text fact { id } entity { id } } } } }\n}": typeof types.LdDocumentDocument,
    "query DashboardDocument($id: ID!, $first: Int!) {\n  document(id: $id) {\n    id title url outlet lang publishedAt knownSince text\n    spans(first: $first) { ...SpanPage }\n  }\n}\nfragment SpanPage on DocumentSpanConnection {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { node { kind start end text fact { __typename id } entity { id name kind } } }\n}": typeof types.DashboardDocumentDocument,
    "query LdServerInfo { serverInfo { neo4j { version } } quotes(first: 1) { totalCount } }": typeof types.LdServerInfoDocument,
    "query LdDocument2($id: ID!) { document(id: $id) { spans(first: 5000) { totalCount } } }": typeof types.LdDocument2Document,
    "query LdQuotes { quotes(first: 1) { totalCount } }": typeof types.LdQuotesDocument,
    "query LimQuotes($n: Int) { quotes(first: $n) { edges { node { id sources { start document { id } } } } } }": typeof types.LimQuotesDocument,
    "query LimQuotes2 { quotes(first: 1) { edges { node { speaker { roles { person { roles { organization {\n        roles { id } } } } } } } } } }": typeof types.LimQuotes2Document,
    "query LimQuotes3 { quotes(first: 1) { ...E } } fragment E on QuoteConnection { edges { node { speaker {\n        roles { person { roles { organization { roles { id } } } } } } } } }": typeof types.LimQuotes3Document,
    "query LimServerInfo { a: serverInfo { version } b: serverInfo { version } }": typeof types.LimServerInfoDocument,
    "query LimQuotes4 { quotes(first: 101) { totalCount } }": typeof types.LimQuotes4Document,
    "query LimServerInfo2 { serverInfo { version } }": typeof types.LimServerInfo2Document,
    "query LimServerInfo3 { serverInfo { version } }": typeof types.LimServerInfo3Document,
    "query LimServerInfo4 { serverInfo { version } }": typeof types.LimServerInfo4Document,
    "query LimServerInfo5 { serverInfo { version } }": typeof types.LimServerInfo5Document,
    "query LimServerInfo6 { serverInfo { version } }": typeof types.LimServerInfo6Document,
    "query Lim__schema { __schema { queryType { name } } }": typeof types.Lim__SchemaDocument,
    "query Lim__schema2 { __schema { queryType { name } } }": typeof types.Lim__Schema2Document,
    "mutation MergeIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId status errors { code message } } }": typeof types.MergeIngestDocumentDocument,
    "mutation MergeUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": typeof types.MergeUpsertEntityDocument,
    "mutation MergeMergeEntities($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) {\n            mergedIds errors { code } } }": typeof types.MergeMergeEntitiesDocument,
    "query MergeEntity($id: ID!) { entity(id: $id) { id name } node(id: $id) { id } }": typeof types.MergeEntityDocument,
    "query MergeTimeline($e: [ID!]!, $from: Date) { timeline(entityIds: $e, from: $from) { totalCount } }": typeof types.MergeTimelineDocument,
    "query MergeTimeline2($e: [ID!]!) { timeline(entityIds: $e, from: \"2026-04-01\", to: \"2026-04-30\",\n          kinds: [QUOTE]) { totalCount } }": typeof types.MergeTimeline2Document,
    "query MergeActivity($e: [ID!]!) { activity(entityIds: $e, from: \"2026-04-01\", to: \"2026-04-30\",\n          bucket: MONTH) { quotes } }": typeof types.MergeActivityDocument,
    "query MergeQuotes($s: ID!) { quotes(filter: { speakerId: $s }) { totalCount edges { node { speaker {\n          id } } } } }": typeof types.MergeQuotesDocument,
    "query MergeQuotes2($s: ID!) { quotes(filter: { speakerId: $s, from: \"2026-04-01\", to: \"2026-04-30\" }) {\n          totalCount edges { node { speaker { id name } } } } }": typeof types.MergeQuotes2Document,
    "query MergeCoMentions($id: ID!) { coMentions(entityId: $id) { entity { id } } }": typeof types.MergeCoMentionsDocument,
    "query ObsServerInfo { serverInfo { version } }": typeof types.ObsServerInfoDocument,
    "mutation ReexReextract($ids: [ID!]) { reextract(filter: { ids: $ids }) { job {\n            id state dryRun extractor } errors { code message } } }": typeof types.ReexReextractDocument,
    "query ReexReextractJob($id: ID!) { reextractJob(id: $id) {\n            state documents replaced failed finishedAt error } }": typeof types.ReexReextractJobDocument,
    "mutation RmRemoveDocument($id: ID!, $r: String!) { removeDocument(id: $id, reason: $r) {\n          documentId deletedFacts keptFacts deletedEntities deletedRelations errors { code field message } } }": typeof types.RmRemoveDocumentDocument,
    "mutation RetrIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId status errors { code } } }": typeof types.RetrIngestDocumentDocument,
    "query RetrQuotes($s: ID!) { quotes(filter: { speakerId: $s, text: \"accord will hold\" }) { edges {\n          node { id } } } }": typeof types.RetrQuotesDocument,
    "mutation RetrUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": typeof types.RetrUpsertEntityDocument,
    "mutation RetrAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId } }": typeof types.RetrAssertFactDocument,
    "query RetrQuotes2($s: ID!, $a: ID!) { quotes(filter: { speakerId: $s }) { totalCount }\n            entity(id: $a) { ... on Person { roles { id } } } }": typeof types.RetrQuotes2Document,
    "mutation RetrRetractFact($id: ID!, $why: String!) { retractFact(id: $id, reason: $why) {\n          retracted errors { code } } }": typeof types.RetrRetractFactDocument,
    "query RetrQuotes3($s: ID!, $all: Boolean) { quotes(filter: {\n          speakerId: $s }, includeRetracted: $all) { totalCount edges { node { id retraction { reason by at } } } } }": typeof types.RetrQuotes3Document,
    "query RetrQuotes4($t: String!, $all: Boolean) { quotes(filter: {\n          text: $t }, includeRetracted: $all) { totalCount } }": typeof types.RetrQuotes4Document,
    "query RetrTimeline($e: [ID!]!, $all: Boolean, $from: Date) {\n          timeline(entityIds: $e, includeRetracted: $all, from: $from) { edges { node {\n          __typename ... on Quote { id } ... on RoleChange { id } } } } }": typeof types.RetrTimelineDocument,
    "query RetrActivity($e: [ID!]!, $all: Boolean) { activity(entityIds: $e, from: \"2026-03-01\",\n          to: \"2026-03-31\", bucket: MONTH, includeRetracted: $all) { quotes roleChanges } }": typeof types.RetrActivityDocument,
    "query RetrSearch($q: String!, $all: Boolean) { search(query: $q, includeRetracted: $all) { quote { id } } }": typeof types.RetrSearchDocument,
    "query RetrConnections($a: ID!, $b: ID!, $all: Boolean) {\n          connections(from: $a, to: $b, includeRetracted: $all) { edges { relation } } }": typeof types.RetrConnectionsDocument,
    "query RetrInfluence($a: ID!, $all: Boolean) { influence(about: $a, from: \"2026-03-01\",\n          to: \"2026-03-31\", includeRetracted: $all) { entity { id } } }": typeof types.RetrInfluenceDocument,
    "query RetrNode($id: ID!) { node(id: $id) { ... on Quote { id retraction { reason } } } }": typeof types.RetrNodeDocument,
    "query RetrNode2($id: ID!) { node(id: $id) { ... on RoleChange { id retraction { reason } } } }": typeof types.RetrNode2Document,
    "query RetrEntity($a: ID!, $d: ID!) { entity(id: $a) { ... on Person { roles { id } } }\n            document(id: $d) { spans { edges { node { kind } } } } }": typeof types.RetrEntityDocument,
    "query RetrQuotes5($s: ID!, $all: Boolean) { quotes(filter: { speakerId: $s }, includeRetracted: $all) {\n        totalCount edges { node { id retraction { reason } sources { start } } } } }": typeof types.RetrQuotes5Document,
    "mutation SplitSplitMention($i: SplitMentionInput!) { splitMention(input: $i) {\n          spans reattributed errors { code field message } } }": typeof types.SplitSplitMentionDocument,
    "mutation SplitUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } errors {\n          code } } }": typeof types.SplitUpsertEntityDocument,
    "mutation UnmergeIngest($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId errors { code message } } }": typeof types.UnmergeIngestDocument,
    "mutation UnmergeMerge($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) {\n    mergedIds errors { code } } }": typeof types.UnmergeMergeDocument,
    "mutation UnmergeUnmerge($k: ID!, $m: ID!, $why: String!) {\n    unmergeEntities(keep: $k, merged: $m, reason: $why) {\n      entity { id } restored { id name } moved errors { code field message } } }": typeof types.UnmergeUnmergeDocument,
    "query UnmergeTimeline($e: [ID!]!) { timeline(entityIds: $e) { totalCount } }": typeof types.UnmergeTimelineDocument,
    "mutation UnmergeUpsert($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": typeof types.UnmergeUpsertDocument,
    "mutation UnmergeAssert($i: AssertFactInput!) { assertFact(input: $i) { factId errors { code } } }": typeof types.UnmergeAssertDocument,
    "query UnmergeEntity($id: ID!) { entity(id: $id) { id } }": typeof types.UnmergeEntityDocument,
    "query WdQuotes($p: ID!, $a: ID!, $b: ID!, $q: String!) {\n        quotes(filter: { speakerId: $p }, includeRetracted: true) { edges { node {\n          text knownSince retraction { reason } sources { document { id } excerpt } } } }\n        entity(id: $p) { ... on Person { roles { role knownSince sources { document { id } } } } }\n        a: document(id: $a) { id } b: document(id: $b) { id }\n        search(query: $q) { quote { text } }\n        timeline(entityIds: [$p]) { totalCount }\n      }": typeof types.WdQuotesDocument,
    "mutation WdWithdrawDocument($id: ID!, $r: String!) { withdrawDocument(id: $id, reason: $r) {\n          documentId hiddenFacts keptFacts hiddenRelations errors { code field message } } }": typeof types.WdWithdrawDocumentDocument,
    "mutation WdRestoreDocument($id: ID!) { restoreDocument(id: $id) {\n          documentId shownFacts shownRelations errors { code field message } } }": typeof types.WdRestoreDocumentDocument,
    "mutation WdAssertFact($i: AssertFactInput!) { assertFact(input: $i) { errors { code } } }": typeof types.WdAssertFactDocument,
    "mutation WdRetractFact($id: ID!) { retractFact(id: $id, reason: \"the mayor denies saying it\") {\n            retracted errors { code } } }": typeof types.WdRetractFactDocument,
    "query ExcEntity($id: ID!) { entity(id: $id) { roles { id role sources { start end excerpt document {\n          id } } } } }": typeof types.ExcEntityDocument,
    "query ExcNode($id: ID!) { node(id: $id) { ... on Quote { sources { excerpt } } } }": typeof types.ExcNodeDocument,
    "mutation ExcIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n            documentId errors { code field } } }": typeof types.ExcIngestDocumentDocument,
    "mutation ExcUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id }\n              errors { code field } } }": typeof types.ExcUpsertEntityDocument,
    "mutation ExcAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId errors { code field } } }": typeof types.ExcAssertFactDocument,
    "query RestartQuotes { quotes(first: 1) { totalCount } }": typeof types.RestartQuotesDocument,
};
const documents: Documents = {
    "query ServerInfo { serverInfo { version neo4j { version edition plugins pluginVersions {\n            name version } } migrations extractor { version documents documentsBehind } } }": types.ServerInfoDocument,
    "query ServerVersion { serverInfo { version } }": types.ServerVersionDocument,
    "query AsOfQuotes($asOf: Date, $speaker: ID) { quotes(filter: {\n        asOf: $asOf, speakerId: $speaker }, first: 100) {\n      totalCount edges { node { id knownSince sources { document { id publishedAt knownSince } } } } } }": types.AsOfQuotesDocument,
    "query AsOfActivity($ids: [ID!]!, $asOf: Date, $bucket: Bucket! = DAY) {\n        activity(entityIds: $ids, from: \"2026-02-01\", to: \"2026-02-28\", bucket: $bucket, asOf: $asOf) {\n      start total quotes claims events reports roleChanges coarser } }": types.AsOfActivityDocument,
    "query AsOfSeedDayQuotes($asOf: Date) { timeline(entityIds: [\"person:marco-rubio\",\n            \"org:nato\"], from: \"2026-02-15\", to: \"2026-02-15\", kinds: [QUOTE], asOf: $asOf, first: 100) {\n        edges { when { precision } node { ... on Quote { id sources { document {\n        id publishedAt knownSince } } } } } } }": types.AsOfSeedDayQuotesDocument,
    "query AsOfEarlyTimeline($asOf: Date) { timeline(entityIds: [\"person:marco-rubio\"], asOf: $asOf) {\n              totalCount edges { cursor } } }": types.AsOfEarlyTimelineDocument,
    "query AsOfInfluence($asOf: Date) { influence(from: \"2026-01-01\", to: \"2026-02-28\", asOf: $asOf,\n        first: 20) {\n      rank entity { id } why { edges { from { id } to { id } via { __typename ... on Node { id } } sources {\n      document { id publishedAt knownSince } } } } } }": types.AsOfInfluenceDocument,
    "query AsOfConnections($asOf: Date) { connections(from: \"person:marco-rubio\", to: \"org:reuters\",\n        asOf: $asOf) {\n      length edges { from { id } to { id } relation when { earliest } via { __typename ... on Node { id } }\n      sources { document { id publishedAt knownSince } } } } }": types.AsOfConnectionsDocument,
    "query AttrQuotes($filter: QuoteFilter) { quotes(filter: $filter, first: 50) {\n  totalCount\n  edges { node { id text said { edtf earliest latest precision } saidBasis attribution { method confidence }\n    sources { confidence attributionMethod document { publishedAt } } } } } }": types.AttrQuotesDocument,
    "query AttrTimeline($ids: [ID!]!, $from: Date, $to: Date, $textDatedOnly: Boolean) {\n    timeline(entityIds: $ids, from: $from, to: $to, first: 50, textDatedOnly: $textDatedOnly) {\n  totalCount\n  edges { when { edtf } node { __typename ... on Quote { id text saidBasis } ... on Claim {\n  id text whenBasis attribution { method confidence } } } } } }": types.AttrTimelineDocument,
    "query ConnPaths($a: ID!, $b: ID!, $hops: Int) { connections(from: $a, to: $b, maxHops: $hops) {\n  length edges { from { id } to { id } relation via { __typename ... on Node { id } } sources {\n  start end document { id } } } } }": types.ConnPathsDocument,
    "query ConnPathsDefaultHops($a: ID!, $b: ID!) { connections(from: $a, to: $b) {\n        length edges { from { id } to { id } relation via { __typename ... on Node { id } } } } }": types.ConnPathsDefaultHopsDocument,
    "query DevEntity { entity(id: \"org:nato\") { id } }": types.DevEntityDocument,
    "query DevTimeline { timeline(entityIds: [\"person:nobody-dev-mode\"]) { totalCount } }": types.DevTimelineDocument,
    "query DevQuotes { quotes(first: 101) { totalCount } }": types.DevQuotesDocument,
    "query OpsSearchRubio { search(query: \"Rubio\") { score snippet entity { id name kind } } }": types.OpsSearchRubioDocument,
    "query OpsSearchUnicode { search(query: \"Außenminister\") { entity { id } } }": types.OpsSearchUnicodeDocument,
    "query OpsSearchLucene { search(query: \"Rubio) OR (*:*\") { entity { id } } }": types.OpsSearchLuceneDocument,
    "query OpsSearchNothing { search(query: \"Zzyzxquux東京\") { score } }": types.OpsSearchNothingDocument,
    "query OpsSearchBlank { search(query: \"  \") { score } }": types.OpsSearchBlankDocument,
    "query OpsEntityNodeNone { entity(id: \"org:nato\") { id name kind aliases ... on Alliance { roles {\n        role person { name } } } }\n      q: node(id: \"person:marco-rubio\") { id ... on Person { name } }\n      none: entity(id: \"person:nobody\") { id } }": types.OpsEntityNodeNoneDocument,
    "query OpsFirstRubioQuote { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 1) { edges {\n          node { id sources { document { id } } } } } }": types.OpsFirstRubioQuoteDocument,
    "query OpsDocumentSpans($id: ID!) { document(id: $id) { id text spans { edges { node {\n          kind start end text fact { id } entity { id } } } } } n: node(id: $id) { id } }": types.OpsDocumentSpansDocument,
    "query OpsRubioQuotes { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 100) {\n          totalCount edges { node { id speaker { id } } } } }": types.OpsRubioQuotesDocument,
    "query OpsRubioQuotesPage1 { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 2) {\n          pageInfo { hasNextPage endCursor } edges { node { id } } } }": types.OpsRubioQuotesPage1Document,
    "query OpsRubioQuotesPage2($after: String) { quotes(filter: {\n          speakerId: \"person:marco-rubio\" }, first: 2, after: $after) { pageInfo { hasPreviousPage } edges {\n          node { id } } } }": types.OpsRubioQuotesPage2Document,
    "query OpsGermanNatoQuotes { quotes(filter: { lang: \"de\", text: \"nato\", from: \"2026-02-01\",\n          to: \"2026-02-28\" }) { edges { node { lang text said { earliest } } } } }": types.OpsGermanNatoQuotesDocument,
    "query OpsQuotesNone { quotes(filter: { text: \"ÿ-never-said-ü\" }) { totalCount edges { cursor }\n          pageInfo { hasNextPage } } }": types.OpsQuotesNoneDocument,
    "query OpsInfluence($algorithm: InfluenceAlgorithm) {\n          influence(from: \"2026-01-01\", to: \"2026-02-28\", algorithm: $algorithm, first: 5) {\n        rank score entity { id } why { weight edges { from { id } to { id } relation when { edtf } via {\n        __typename } sources { document { id } } } } } }": types.OpsInfluenceDocument,
    "query OpsInfluenceTop3 { influence(from: \"2026-01-01\", to: \"2026-02-28\", first: 3) { rank entity { id } } }": types.OpsInfluenceTop3Document,
    "query OpsInfluenceEmpty { influence(from: \"1990-01-01\", to: \"1990-12-31\") { rank } }": types.OpsInfluenceEmptyDocument,
    "query OpsRubioToReuters { connections(from: \"person:marco-rubio\", to: \"org:reuters\") {\n      length edges { from { id } to { id } relation when { edtf earliest } sources { start end document {\n      id } } } } }": types.OpsRubioToReutersDocument,
    "query OpsConnectionsFiveHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 5) {\n            length } }": types.OpsConnectionsFiveHopsDocument,
    "query OpsConnectionsZeroHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 0) {\n            length } }": types.OpsConnectionsZeroHopsDocument,
    "query OpsRubioCoMentions { coMentions(entityId: \"person:marco-rubio\", first: 5) {\n          count firstSeen lastSeen entity { id } documents { id } } }": types.OpsRubioCoMentionsDocument,
    "query OpsNatoActivity { activity(entityIds: [\"org:nato\"], from: \"2026-01-01\", to: \"2026-03-31\",\n          bucket: MONTH) { start end total reports coarser } }": types.OpsNatoActivityDocument,
    "query OpsNatoDailyActivity { activity(entityIds: [\"org:nato\"], from: \"1900-01-01\", to: \"2026-03-31\",\n          bucket: DAY) { start } }": types.OpsNatoDailyActivityDocument,
    "query OpsNatoId { entity(id: \"org:nato\") { id } }": types.OpsNatoIdDocument,
    "query OpsNatoTimelineCount { timeline(entityIds: [\"org:nato\"]) { totalCount } }": types.OpsNatoTimelineCountDocument,
    "query PageQuotes($first: Int, $after: String) { page: quotes(filter: {\n        speakerId: \"person:marco-rubio\" }, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }": types.PageQuotesDocument,
    "query PageTimeline($first: Int, $after: String) {\n        page: timeline(entityIds: [\"org:nato\"], first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node {\n      ... on Node { id } } } } }": types.PageTimelineDocument,
    "query SrchSearch($q: String!, $k: [EntityKind!], $n: Int) { search(query: $q, kinds: $k, first: $n) {\n      score entity { id kind } } }": types.SrchSearchDocument,
    "mutation SrchUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": types.SrchUpsertEntityDocument,
    "query SrchDashboard($q: String!) { search(query: $q, first: 8) {\n    score snippet\n    entity { id name kind }\n    quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }\n    claim { id text speaker { id name } sources { start end document { id title outlet } } }\n    document { id title outlet lang extracted notExtractedReason } } }": types.SrchDashboardDocument,
    "query SrchByLoaders($ids: [ID!]!) { nodes(ids: $ids) { __typename\n    ... on Entity { id name kind }\n    ... on Quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }\n    ... on Claim { id text speaker { id name } sources { start end document { id title outlet } } }\n    ... on Document { id title outlet lang extracted notExtractedReason } } }": types.SrchByLoadersDocument,
    "query SrchBench($q: String!) { search(query: $q, first: 10) {\n            score snippet entity { id name } quote { id text } } }": types.SrchBenchDocument,
    "query SrchQid($q: String!) { search(query: $q) { entity { id name } } }": types.SrchQidDocument,
    "query TimelinePage($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $first: Int, $after: String,\n    $kinds: [TimelineKind!]) {\n  timeline(entityIds: $ids, from: $from, to: $to, asOf: $asOf, first: $first, after: $after, kinds: $kinds) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor when { edtf earliest latest precision }\n      node { __typename\n        ... on Quote { id text speaker { id name } event { id name when { edtf } } sources {\n        start end excerpt document { id publishedAt } } }\n        ... on Claim { id text sources { document { id publishedAt } } }\n        ... on Report { id cue publisher { id name } sources { start end document { id publishedAt } } }\n        ... on Event { id name sources { document { id publishedAt } } }\n        ... on RoleChange { id role person { id } organization { id } sources { document { id publishedAt } } }\n      } }\n    undated { __typename ... on Quote { id said { edtf precision } } ... on Report { id when {\n    edtf precision } } ... on Claim { id } ... on Event { id } ... on RoleChange { id } }\n  }\n}": types.TimelinePageDocument,
    "query SpeakerQuotesPage($id: ID!, $from: Date, $to: Date, $after: String) { quotes(filter: {\n    speakerId: $id, from: $from, to: $to }, first: 2, after: $after) { totalCount pageInfo {\n    hasNextPage endCursor } edges { node { id } } } }": types.SpeakerQuotesPageDocument,
    "query TimelinePointers($ids: [ID!]!) { timeline(entityIds: $ids, first: 100) {\n        edges { node { __typename\n          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {\n          id name kind aliases } sources { start document { id } } } }\n          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }\n          ... on Report { id publisher { id name kind aliases } }\n          ... on Event { id place { id name kind aliases } }\n          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } }\n        undated { __typename\n          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {\n          id name kind aliases } sources { start document { id } } } }\n          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }\n          ... on Report { id publisher { id name kind aliases } }\n          ... on Event { id place { id name kind aliases } }\n          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } } }": types.TimelinePointersDocument,
    "query TimelinePointersOfNode($id: ID!) { node(id: $id) { __typename\n          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {\n          id name kind aliases } sources { start document { id } } } }\n          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }\n          ... on Report { id publisher { id name kind aliases } }\n          ... on Event { id place { id name kind aliases } }\n          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } }": types.TimelinePointersOfNodeDocument,
    "query TimelineImpossibleTo { timeline(entityIds: [\"org:nato\"], to: \"2026-02-30\") { totalCount } }": types.TimelineImpossibleToDocument,
    "query TimelineReversedWindow { timeline(entityIds: [\"org:nato\"], from: \"2026-03-01\", to: \"2026-02-01\") {\n            totalCount } }": types.TimelineReversedWindowDocument,
    "query TimelineOfSpeaker($id: ID!, $from: Date, $to: Date) {\n            timeline(entityIds: [$id], from: $from, to: $to, first: 100) { totalCount edges { node {\n            ... on Quote { id } } } } }": types.TimelineOfSpeakerDocument,
    "query TimelineRoundTrips($id: ID!) { timeline(entityIds: [$id], kinds: [QUOTE], first: 50) {\n        totalCount pageInfo { hasNextPage }\n        edges { when { earliest } node { __typename ... on Quote { id text\n          speaker { id name roles { role when { edtf } sources { start end document { id title } } } }\n          sources { start end excerpt document { id } } } } } } }": types.TimelineRoundTripsDocument,
    "query TimelineRoleChanges($id: ID!, $from: Date, $to: Date) {\n            timeline(entityIds: [$id], from: $from, to: $to, kinds: [ROLE_CHANGE], first: 100) {\n        totalCount edges { when { earliest } node { ... on RoleChange { id person { id } organization {\n        id } } } } } }": types.TimelineRoleChangesDocument,
    "query UnattrQuotes($text: String!) { quotes(filter: { text: $text }, first: 10) {\n  edges { node { id text lang unattributedReason speaker { name } attribution { method } } } } }": types.UnattrQuotesDocument,
    "query UnattrNode($id: ID!) { node(id: $id) { ... on Quote { unattributedReason } } }": types.UnattrNodeDocument,
    "mutation AccUpsertEntity($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id name }\n    errors { code message field } } }": types.AccUpsertEntityDocument,
    "query AccServerInfo { serverInfo { version } }": types.AccServerInfoDocument,
    "query AccServerInfo2 { serverInfo { version } }": types.AccServerInfo2Document,
    "query AccServerInfo3 { serverInfo { version } }": types.AccServerInfo3Document,
    "query AccServerInfo4 { serverInfo { version } }": types.AccServerInfo4Document,
    "query AccAuditLog { auditLog(first: 50) { edges { node { who operation target } } } }": types.AccAuditLogDocument,
    "query AccServerInfo5 { serverInfo { version } }": types.AccServerInfo5Document,
    "query AccServerInfo6 { serverInfo { version } }": types.AccServerInfo6Document,
    "query AccServerInfo7 { serverInfo { version } }": types.AccServerInfo7Document,
    "mutation AdmUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } errors { code } } }": types.AdmUpsertEntityDocument,
    "query AdmInfluence { influence(from: \"2026-01-01\", to: \"2026-02-28\", algorithm: DEGREE, first: 4) {\n            rank score entity { id } } }": types.AdmInfluenceDocument,
    "mutation CorrCorrectFact($id: ID!, $i: CorrectFactInput!) { correctFact(id: $id, input: $i) {\n          factId errors { code field message } } }": types.CorrCorrectFactDocument,
    "query CorrNode($id: ID!) { node(id: $id) { ... on Quote { speaker { id } said { edtf } saidBasis } } }": types.CorrNodeDocument,
    "query CorrTimeline($e: [ID!]!) { timeline(entityIds: $e, first: 100) { edges { node {\n            ... on Quote { id } } } } }": types.CorrTimelineDocument,
    "mutation CurIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId status document { text } errors { code field } } }": types.CurIngestDocumentDocument,
    "mutation CurIngestDocument2($i: IngestDocumentInput!) { ingestDocument(input: $i) { documentId errors {\n        code field } } }": types.CurIngestDocument2Document,
    "mutation CurUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity {\n          id name aliases } errors { code field message } } }": types.CurUpsertEntityDocument,
    "mutation CurAddAlias($id: ID!, $a: String!) { addAlias(entityId: $id, alias: $a) { entity {\n            aliases } errors { code } } }": types.CurAddAliasDocument,
    "mutation CurAddAlias2 { addAlias(entityId: \"person:nobody-xyz-404\", alias: \"x\") { entity { id }\n            errors { code field } } }": types.CurAddAlias2Document,
    "mutation CurAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId retracted errors {\n          code field } } }": types.CurAssertFactDocument,
    "mutation CurRetractFact($id: ID!, $why: String!) { retractFact(id: $id, reason: $why) {\n          factId retracted errors { code field } } }": types.CurRetractFactDocument,
    "mutation CurMergeEntities($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { entity {\n          id aliases } mergedIds errors { code field } } }": types.CurMergeEntitiesDocument,
    "query CurTimeline($id: ID!) { timeline(entityIds: [$id], kinds: [ROLE_CHANGE], includeRetracted: true) {\n            edges { node { ... on RoleChange { id } } } } }": types.CurTimelineDocument,
    "mutation CurUpsertEntity2($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": types.CurUpsertEntity2Document,
    "query CurAuditLog($after: String) { auditLog(first: 2, after: $after) { edges { cursor node {\n          id operation } } pageInfo { hasNextPage endCursor } } }": types.CurAuditLogDocument,
    "query CurAuditLog2 { auditLog(first: 101) { edges { cursor } } }": types.CurAuditLog2Document,
    "query FltQuotes { quotes(first: 1) { totalCount } }": types.FltQuotesDocument,
    "query FltQuotes2 { quotes(first: 1) { totalCount } }": types.FltQuotes2Document,
    "query LdExQuotes($filter: QuoteFilter, $first: Int) {\n  quotes(filter: $filter, first: $first) { totalCount edges { node { id text sources {\n  start end excerpt document { id } } } } }\n}": types.LdExQuotesDocument,
    "query LdExTimeline($ids: [ID!]!, $first: Int) {\n  timeline(entityIds: $ids, first: $first) {\n    totalCount\n    edges { node { __typename\n      ... on Quote { id sources { start end excerpt document { id } } }\n      ... on RoleChange { id role sources { start end excerpt document { id } } } } }\n  }\n}": types.LdExTimelineDocument,
    "query LdExEntity($id: ID!) { entity(id: $id) { roles { id role sources { start end excerpt document { id } } } } }": types.LdExEntityDocument,
    "query LdDocument($id: ID!, $first: Int, $after: String) {\n  document(id: $id) { spans(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n  edges { cursor node { kind start end text fact { id } entity { id } } } } }\n}": types.LdDocumentDocument,
    "query DashboardDocument($id: ID!, $first: Int!) {\n  document(id: $id) {\n    id title url outlet lang publishedAt knownSince text\n    spans(first: $first) { ...SpanPage }\n  }\n}\nfragment SpanPage on DocumentSpanConnection {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { node { kind start end text fact { __typename id } entity { id name kind } } }\n}": types.DashboardDocumentDocument,
    "query LdServerInfo { serverInfo { neo4j { version } } quotes(first: 1) { totalCount } }": types.LdServerInfoDocument,
    "query LdDocument2($id: ID!) { document(id: $id) { spans(first: 5000) { totalCount } } }": types.LdDocument2Document,
    "query LdQuotes { quotes(first: 1) { totalCount } }": types.LdQuotesDocument,
    "query LimQuotes($n: Int) { quotes(first: $n) { edges { node { id sources { start document { id } } } } } }": types.LimQuotesDocument,
    "query LimQuotes2 { quotes(first: 1) { edges { node { speaker { roles { person { roles { organization {\n        roles { id } } } } } } } } } }": types.LimQuotes2Document,
    "query LimQuotes3 { quotes(first: 1) { ...E } } fragment E on QuoteConnection { edges { node { speaker {\n        roles { person { roles { organization { roles { id } } } } } } } } }": types.LimQuotes3Document,
    "query LimServerInfo { a: serverInfo { version } b: serverInfo { version } }": types.LimServerInfoDocument,
    "query LimQuotes4 { quotes(first: 101) { totalCount } }": types.LimQuotes4Document,
    "query LimServerInfo2 { serverInfo { version } }": types.LimServerInfo2Document,
    "query LimServerInfo3 { serverInfo { version } }": types.LimServerInfo3Document,
    "query LimServerInfo4 { serverInfo { version } }": types.LimServerInfo4Document,
    "query LimServerInfo5 { serverInfo { version } }": types.LimServerInfo5Document,
    "query LimServerInfo6 { serverInfo { version } }": types.LimServerInfo6Document,
    "query Lim__schema { __schema { queryType { name } } }": types.Lim__SchemaDocument,
    "query Lim__schema2 { __schema { queryType { name } } }": types.Lim__Schema2Document,
    "mutation MergeIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId status errors { code message } } }": types.MergeIngestDocumentDocument,
    "mutation MergeUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": types.MergeUpsertEntityDocument,
    "mutation MergeMergeEntities($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) {\n            mergedIds errors { code } } }": types.MergeMergeEntitiesDocument,
    "query MergeEntity($id: ID!) { entity(id: $id) { id name } node(id: $id) { id } }": types.MergeEntityDocument,
    "query MergeTimeline($e: [ID!]!, $from: Date) { timeline(entityIds: $e, from: $from) { totalCount } }": types.MergeTimelineDocument,
    "query MergeTimeline2($e: [ID!]!) { timeline(entityIds: $e, from: \"2026-04-01\", to: \"2026-04-30\",\n          kinds: [QUOTE]) { totalCount } }": types.MergeTimeline2Document,
    "query MergeActivity($e: [ID!]!) { activity(entityIds: $e, from: \"2026-04-01\", to: \"2026-04-30\",\n          bucket: MONTH) { quotes } }": types.MergeActivityDocument,
    "query MergeQuotes($s: ID!) { quotes(filter: { speakerId: $s }) { totalCount edges { node { speaker {\n          id } } } } }": types.MergeQuotesDocument,
    "query MergeQuotes2($s: ID!) { quotes(filter: { speakerId: $s, from: \"2026-04-01\", to: \"2026-04-30\" }) {\n          totalCount edges { node { speaker { id name } } } } }": types.MergeQuotes2Document,
    "query MergeCoMentions($id: ID!) { coMentions(entityId: $id) { entity { id } } }": types.MergeCoMentionsDocument,
    "query ObsServerInfo { serverInfo { version } }": types.ObsServerInfoDocument,
    "mutation ReexReextract($ids: [ID!]) { reextract(filter: { ids: $ids }) { job {\n            id state dryRun extractor } errors { code message } } }": types.ReexReextractDocument,
    "query ReexReextractJob($id: ID!) { reextractJob(id: $id) {\n            state documents replaced failed finishedAt error } }": types.ReexReextractJobDocument,
    "mutation RmRemoveDocument($id: ID!, $r: String!) { removeDocument(id: $id, reason: $r) {\n          documentId deletedFacts keptFacts deletedEntities deletedRelations errors { code field message } } }": types.RmRemoveDocumentDocument,
    "mutation RetrIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId status errors { code } } }": types.RetrIngestDocumentDocument,
    "query RetrQuotes($s: ID!) { quotes(filter: { speakerId: $s, text: \"accord will hold\" }) { edges {\n          node { id } } } }": types.RetrQuotesDocument,
    "mutation RetrUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": types.RetrUpsertEntityDocument,
    "mutation RetrAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId } }": types.RetrAssertFactDocument,
    "query RetrQuotes2($s: ID!, $a: ID!) { quotes(filter: { speakerId: $s }) { totalCount }\n            entity(id: $a) { ... on Person { roles { id } } } }": types.RetrQuotes2Document,
    "mutation RetrRetractFact($id: ID!, $why: String!) { retractFact(id: $id, reason: $why) {\n          retracted errors { code } } }": types.RetrRetractFactDocument,
    "query RetrQuotes3($s: ID!, $all: Boolean) { quotes(filter: {\n          speakerId: $s }, includeRetracted: $all) { totalCount edges { node { id retraction { reason by at } } } } }": types.RetrQuotes3Document,
    "query RetrQuotes4($t: String!, $all: Boolean) { quotes(filter: {\n          text: $t }, includeRetracted: $all) { totalCount } }": types.RetrQuotes4Document,
    "query RetrTimeline($e: [ID!]!, $all: Boolean, $from: Date) {\n          timeline(entityIds: $e, includeRetracted: $all, from: $from) { edges { node {\n          __typename ... on Quote { id } ... on RoleChange { id } } } } }": types.RetrTimelineDocument,
    "query RetrActivity($e: [ID!]!, $all: Boolean) { activity(entityIds: $e, from: \"2026-03-01\",\n          to: \"2026-03-31\", bucket: MONTH, includeRetracted: $all) { quotes roleChanges } }": types.RetrActivityDocument,
    "query RetrSearch($q: String!, $all: Boolean) { search(query: $q, includeRetracted: $all) { quote { id } } }": types.RetrSearchDocument,
    "query RetrConnections($a: ID!, $b: ID!, $all: Boolean) {\n          connections(from: $a, to: $b, includeRetracted: $all) { edges { relation } } }": types.RetrConnectionsDocument,
    "query RetrInfluence($a: ID!, $all: Boolean) { influence(about: $a, from: \"2026-03-01\",\n          to: \"2026-03-31\", includeRetracted: $all) { entity { id } } }": types.RetrInfluenceDocument,
    "query RetrNode($id: ID!) { node(id: $id) { ... on Quote { id retraction { reason } } } }": types.RetrNodeDocument,
    "query RetrNode2($id: ID!) { node(id: $id) { ... on RoleChange { id retraction { reason } } } }": types.RetrNode2Document,
    "query RetrEntity($a: ID!, $d: ID!) { entity(id: $a) { ... on Person { roles { id } } }\n            document(id: $d) { spans { edges { node { kind } } } } }": types.RetrEntityDocument,
    "query RetrQuotes5($s: ID!, $all: Boolean) { quotes(filter: { speakerId: $s }, includeRetracted: $all) {\n        totalCount edges { node { id retraction { reason } sources { start } } } } }": types.RetrQuotes5Document,
    "mutation SplitSplitMention($i: SplitMentionInput!) { splitMention(input: $i) {\n          spans reattributed errors { code field message } } }": types.SplitSplitMentionDocument,
    "mutation SplitUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } errors {\n          code } } }": types.SplitUpsertEntityDocument,
    "mutation UnmergeIngest($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId errors { code message } } }": types.UnmergeIngestDocument,
    "mutation UnmergeMerge($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) {\n    mergedIds errors { code } } }": types.UnmergeMergeDocument,
    "mutation UnmergeUnmerge($k: ID!, $m: ID!, $why: String!) {\n    unmergeEntities(keep: $k, merged: $m, reason: $why) {\n      entity { id } restored { id name } moved errors { code field message } } }": types.UnmergeUnmergeDocument,
    "query UnmergeTimeline($e: [ID!]!) { timeline(entityIds: $e) { totalCount } }": types.UnmergeTimelineDocument,
    "mutation UnmergeUpsert($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }": types.UnmergeUpsertDocument,
    "mutation UnmergeAssert($i: AssertFactInput!) { assertFact(input: $i) { factId errors { code } } }": types.UnmergeAssertDocument,
    "query UnmergeEntity($id: ID!) { entity(id: $id) { id } }": types.UnmergeEntityDocument,
    "query WdQuotes($p: ID!, $a: ID!, $b: ID!, $q: String!) {\n        quotes(filter: { speakerId: $p }, includeRetracted: true) { edges { node {\n          text knownSince retraction { reason } sources { document { id } excerpt } } } }\n        entity(id: $p) { ... on Person { roles { role knownSince sources { document { id } } } } }\n        a: document(id: $a) { id } b: document(id: $b) { id }\n        search(query: $q) { quote { text } }\n        timeline(entityIds: [$p]) { totalCount }\n      }": types.WdQuotesDocument,
    "mutation WdWithdrawDocument($id: ID!, $r: String!) { withdrawDocument(id: $id, reason: $r) {\n          documentId hiddenFacts keptFacts hiddenRelations errors { code field message } } }": types.WdWithdrawDocumentDocument,
    "mutation WdRestoreDocument($id: ID!) { restoreDocument(id: $id) {\n          documentId shownFacts shownRelations errors { code field message } } }": types.WdRestoreDocumentDocument,
    "mutation WdAssertFact($i: AssertFactInput!) { assertFact(input: $i) { errors { code } } }": types.WdAssertFactDocument,
    "mutation WdRetractFact($id: ID!) { retractFact(id: $id, reason: \"the mayor denies saying it\") {\n            retracted errors { code } } }": types.WdRetractFactDocument,
    "query ExcEntity($id: ID!) { entity(id: $id) { roles { id role sources { start end excerpt document {\n          id } } } } }": types.ExcEntityDocument,
    "query ExcNode($id: ID!) { node(id: $id) { ... on Quote { sources { excerpt } } } }": types.ExcNodeDocument,
    "mutation ExcIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n            documentId errors { code field } } }": types.ExcIngestDocumentDocument,
    "mutation ExcUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id }\n              errors { code field } } }": types.ExcUpsertEntityDocument,
    "mutation ExcAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId errors { code field } } }": types.ExcAssertFactDocument,
    "query RestartQuotes { quotes(first: 1) { totalCount } }": types.RestartQuotesDocument,
};

/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ServerInfo { serverInfo { version neo4j { version edition plugins pluginVersions {\n            name version } } migrations extractor { version documents documentsBehind } } }"): typeof import('./graphql.js').ServerInfoDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ServerVersion { serverInfo { version } }"): typeof import('./graphql.js').ServerVersionDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AsOfQuotes($asOf: Date, $speaker: ID) { quotes(filter: {\n        asOf: $asOf, speakerId: $speaker }, first: 100) {\n      totalCount edges { node { id knownSince sources { document { id publishedAt knownSince } } } } } }"): typeof import('./graphql.js').AsOfQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AsOfActivity($ids: [ID!]!, $asOf: Date, $bucket: Bucket! = DAY) {\n        activity(entityIds: $ids, from: \"2026-02-01\", to: \"2026-02-28\", bucket: $bucket, asOf: $asOf) {\n      start total quotes claims events reports roleChanges coarser } }"): typeof import('./graphql.js').AsOfActivityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AsOfSeedDayQuotes($asOf: Date) { timeline(entityIds: [\"person:marco-rubio\",\n            \"org:nato\"], from: \"2026-02-15\", to: \"2026-02-15\", kinds: [QUOTE], asOf: $asOf, first: 100) {\n        edges { when { precision } node { ... on Quote { id sources { document {\n        id publishedAt knownSince } } } } } } }"): typeof import('./graphql.js').AsOfSeedDayQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AsOfEarlyTimeline($asOf: Date) { timeline(entityIds: [\"person:marco-rubio\"], asOf: $asOf) {\n              totalCount edges { cursor } } }"): typeof import('./graphql.js').AsOfEarlyTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AsOfInfluence($asOf: Date) { influence(from: \"2026-01-01\", to: \"2026-02-28\", asOf: $asOf,\n        first: 20) {\n      rank entity { id } why { edges { from { id } to { id } via { __typename ... on Node { id } } sources {\n      document { id publishedAt knownSince } } } } } }"): typeof import('./graphql.js').AsOfInfluenceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AsOfConnections($asOf: Date) { connections(from: \"person:marco-rubio\", to: \"org:reuters\",\n        asOf: $asOf) {\n      length edges { from { id } to { id } relation when { earliest } via { __typename ... on Node { id } }\n      sources { document { id publishedAt knownSince } } } } }"): typeof import('./graphql.js').AsOfConnectionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AttrQuotes($filter: QuoteFilter) { quotes(filter: $filter, first: 50) {\n  totalCount\n  edges { node { id text said { edtf earliest latest precision } saidBasis attribution { method confidence }\n    sources { confidence attributionMethod document { publishedAt } } } } } }"): typeof import('./graphql.js').AttrQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AttrTimeline($ids: [ID!]!, $from: Date, $to: Date, $textDatedOnly: Boolean) {\n    timeline(entityIds: $ids, from: $from, to: $to, first: 50, textDatedOnly: $textDatedOnly) {\n  totalCount\n  edges { when { edtf } node { __typename ... on Quote { id text saidBasis } ... on Claim {\n  id text whenBasis attribution { method confidence } } } } } }"): typeof import('./graphql.js').AttrTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ConnPaths($a: ID!, $b: ID!, $hops: Int) { connections(from: $a, to: $b, maxHops: $hops) {\n  length edges { from { id } to { id } relation via { __typename ... on Node { id } } sources {\n  start end document { id } } } } }"): typeof import('./graphql.js').ConnPathsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ConnPathsDefaultHops($a: ID!, $b: ID!) { connections(from: $a, to: $b) {\n        length edges { from { id } to { id } relation via { __typename ... on Node { id } } } } }"): typeof import('./graphql.js').ConnPathsDefaultHopsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query DevEntity { entity(id: \"org:nato\") { id } }"): typeof import('./graphql.js').DevEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query DevTimeline { timeline(entityIds: [\"person:nobody-dev-mode\"]) { totalCount } }"): typeof import('./graphql.js').DevTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query DevQuotes { quotes(first: 101) { totalCount } }"): typeof import('./graphql.js').DevQuotesDocument;
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
export function typed(source: "query OpsEntityNodeNone { entity(id: \"org:nato\") { id name kind aliases ... on Alliance { roles {\n        role person { name } } } }\n      q: node(id: \"person:marco-rubio\") { id ... on Person { name } }\n      none: entity(id: \"person:nobody\") { id } }"): typeof import('./graphql.js').OpsEntityNodeNoneDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsFirstRubioQuote { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 1) { edges {\n          node { id sources { document { id } } } } } }"): typeof import('./graphql.js').OpsFirstRubioQuoteDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsDocumentSpans($id: ID!) { document(id: $id) { id text spans { edges { node {\n          kind start end text fact { id } entity { id } } } } } n: node(id: $id) { id } }"): typeof import('./graphql.js').OpsDocumentSpansDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsRubioQuotes { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 100) {\n          totalCount edges { node { id speaker { id } } } } }"): typeof import('./graphql.js').OpsRubioQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsRubioQuotesPage1 { quotes(filter: { speakerId: \"person:marco-rubio\" }, first: 2) {\n          pageInfo { hasNextPage endCursor } edges { node { id } } } }"): typeof import('./graphql.js').OpsRubioQuotesPage1Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsRubioQuotesPage2($after: String) { quotes(filter: {\n          speakerId: \"person:marco-rubio\" }, first: 2, after: $after) { pageInfo { hasPreviousPage } edges {\n          node { id } } } }"): typeof import('./graphql.js').OpsRubioQuotesPage2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsGermanNatoQuotes { quotes(filter: { lang: \"de\", text: \"nato\", from: \"2026-02-01\",\n          to: \"2026-02-28\" }) { edges { node { lang text said { earliest } } } } }"): typeof import('./graphql.js').OpsGermanNatoQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsQuotesNone { quotes(filter: { text: \"ÿ-never-said-ü\" }) { totalCount edges { cursor }\n          pageInfo { hasNextPage } } }"): typeof import('./graphql.js').OpsQuotesNoneDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsInfluence($algorithm: InfluenceAlgorithm) {\n          influence(from: \"2026-01-01\", to: \"2026-02-28\", algorithm: $algorithm, first: 5) {\n        rank score entity { id } why { weight edges { from { id } to { id } relation when { edtf } via {\n        __typename } sources { document { id } } } } } }"): typeof import('./graphql.js').OpsInfluenceDocument;
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
export function typed(source: "query OpsRubioToReuters { connections(from: \"person:marco-rubio\", to: \"org:reuters\") {\n      length edges { from { id } to { id } relation when { edtf earliest } sources { start end document {\n      id } } } } }"): typeof import('./graphql.js').OpsRubioToReutersDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsConnectionsFiveHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 5) {\n            length } }"): typeof import('./graphql.js').OpsConnectionsFiveHopsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsConnectionsZeroHops { connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 0) {\n            length } }"): typeof import('./graphql.js').OpsConnectionsZeroHopsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsRubioCoMentions { coMentions(entityId: \"person:marco-rubio\", first: 5) {\n          count firstSeen lastSeen entity { id } documents { id } } }"): typeof import('./graphql.js').OpsRubioCoMentionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsNatoActivity { activity(entityIds: [\"org:nato\"], from: \"2026-01-01\", to: \"2026-03-31\",\n          bucket: MONTH) { start end total reports coarser } }"): typeof import('./graphql.js').OpsNatoActivityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query OpsNatoDailyActivity { activity(entityIds: [\"org:nato\"], from: \"1900-01-01\", to: \"2026-03-31\",\n          bucket: DAY) { start } }"): typeof import('./graphql.js').OpsNatoDailyActivityDocument;
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
export function typed(source: "query PageQuotes($first: Int, $after: String) { page: quotes(filter: {\n        speakerId: \"person:marco-rubio\" }, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }"): typeof import('./graphql.js').PageQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query PageTimeline($first: Int, $after: String) {\n        page: timeline(entityIds: [\"org:nato\"], first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node {\n      ... on Node { id } } } } }"): typeof import('./graphql.js').PageTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query SrchSearch($q: String!, $k: [EntityKind!], $n: Int) { search(query: $q, kinds: $k, first: $n) {\n      score entity { id kind } } }"): typeof import('./graphql.js').SrchSearchDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation SrchUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }"): typeof import('./graphql.js').SrchUpsertEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query SrchDashboard($q: String!) { search(query: $q, first: 8) {\n    score snippet\n    entity { id name kind }\n    quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }\n    claim { id text speaker { id name } sources { start end document { id title outlet } } }\n    document { id title outlet lang extracted notExtractedReason } } }"): typeof import('./graphql.js').SrchDashboardDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query SrchByLoaders($ids: [ID!]!) { nodes(ids: $ids) { __typename\n    ... on Entity { id name kind }\n    ... on Quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }\n    ... on Claim { id text speaker { id name } sources { start end document { id title outlet } } }\n    ... on Document { id title outlet lang extracted notExtractedReason } } }"): typeof import('./graphql.js').SrchByLoadersDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query SrchBench($q: String!) { search(query: $q, first: 10) {\n            score snippet entity { id name } quote { id text } } }"): typeof import('./graphql.js').SrchBenchDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query SrchQid($q: String!) { search(query: $q) { entity { id name } } }"): typeof import('./graphql.js').SrchQidDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query TimelinePage($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $first: Int, $after: String,\n    $kinds: [TimelineKind!]) {\n  timeline(entityIds: $ids, from: $from, to: $to, asOf: $asOf, first: $first, after: $after, kinds: $kinds) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor when { edtf earliest latest precision }\n      node { __typename\n        ... on Quote { id text speaker { id name } event { id name when { edtf } } sources {\n        start end excerpt document { id publishedAt } } }\n        ... on Claim { id text sources { document { id publishedAt } } }\n        ... on Report { id cue publisher { id name } sources { start end document { id publishedAt } } }\n        ... on Event { id name sources { document { id publishedAt } } }\n        ... on RoleChange { id role person { id } organization { id } sources { document { id publishedAt } } }\n      } }\n    undated { __typename ... on Quote { id said { edtf precision } } ... on Report { id when {\n    edtf precision } } ... on Claim { id } ... on Event { id } ... on RoleChange { id } }\n  }\n}"): typeof import('./graphql.js').TimelinePageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query SpeakerQuotesPage($id: ID!, $from: Date, $to: Date, $after: String) { quotes(filter: {\n    speakerId: $id, from: $from, to: $to }, first: 2, after: $after) { totalCount pageInfo {\n    hasNextPage endCursor } edges { node { id } } } }"): typeof import('./graphql.js').SpeakerQuotesPageDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query TimelinePointers($ids: [ID!]!) { timeline(entityIds: $ids, first: 100) {\n        edges { node { __typename\n          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {\n          id name kind aliases } sources { start document { id } } } }\n          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }\n          ... on Report { id publisher { id name kind aliases } }\n          ... on Event { id place { id name kind aliases } }\n          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } }\n        undated { __typename\n          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {\n          id name kind aliases } sources { start document { id } } } }\n          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }\n          ... on Report { id publisher { id name kind aliases } }\n          ... on Event { id place { id name kind aliases } }\n          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } } }"): typeof import('./graphql.js').TimelinePointersDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query TimelinePointersOfNode($id: ID!) { node(id: $id) { __typename\n          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {\n          id name kind aliases } sources { start document { id } } } }\n          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }\n          ... on Report { id publisher { id name kind aliases } }\n          ... on Event { id place { id name kind aliases } }\n          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } }"): typeof import('./graphql.js').TimelinePointersOfNodeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query TimelineImpossibleTo { timeline(entityIds: [\"org:nato\"], to: \"2026-02-30\") { totalCount } }"): typeof import('./graphql.js').TimelineImpossibleToDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query TimelineReversedWindow { timeline(entityIds: [\"org:nato\"], from: \"2026-03-01\", to: \"2026-02-01\") {\n            totalCount } }"): typeof import('./graphql.js').TimelineReversedWindowDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query TimelineOfSpeaker($id: ID!, $from: Date, $to: Date) {\n            timeline(entityIds: [$id], from: $from, to: $to, first: 100) { totalCount edges { node {\n            ... on Quote { id } } } } }"): typeof import('./graphql.js').TimelineOfSpeakerDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query TimelineRoundTrips($id: ID!) { timeline(entityIds: [$id], kinds: [QUOTE], first: 50) {\n        totalCount pageInfo { hasNextPage }\n        edges { when { earliest } node { __typename ... on Quote { id text\n          speaker { id name roles { role when { edtf } sources { start end document { id title } } } }\n          sources { start end excerpt document { id } } } } } } }"): typeof import('./graphql.js').TimelineRoundTripsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query TimelineRoleChanges($id: ID!, $from: Date, $to: Date) {\n            timeline(entityIds: [$id], from: $from, to: $to, kinds: [ROLE_CHANGE], first: 100) {\n        totalCount edges { when { earliest } node { ... on RoleChange { id person { id } organization {\n        id } } } } } }"): typeof import('./graphql.js').TimelineRoleChangesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query UnattrQuotes($text: String!) { quotes(filter: { text: $text }, first: 10) {\n  edges { node { id text lang unattributedReason speaker { name } attribution { method } } } } }"): typeof import('./graphql.js').UnattrQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query UnattrNode($id: ID!) { node(id: $id) { ... on Quote { unattributedReason } } }"): typeof import('./graphql.js').UnattrNodeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation AccUpsertEntity($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { id name }\n    errors { code message field } } }"): typeof import('./graphql.js').AccUpsertEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccServerInfo { serverInfo { version } }"): typeof import('./graphql.js').AccServerInfoDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccServerInfo2 { serverInfo { version } }"): typeof import('./graphql.js').AccServerInfo2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccServerInfo3 { serverInfo { version } }"): typeof import('./graphql.js').AccServerInfo3Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccServerInfo4 { serverInfo { version } }"): typeof import('./graphql.js').AccServerInfo4Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccAuditLog { auditLog(first: 50) { edges { node { who operation target } } } }"): typeof import('./graphql.js').AccAuditLogDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccServerInfo5 { serverInfo { version } }"): typeof import('./graphql.js').AccServerInfo5Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccServerInfo6 { serverInfo { version } }"): typeof import('./graphql.js').AccServerInfo6Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AccServerInfo7 { serverInfo { version } }"): typeof import('./graphql.js').AccServerInfo7Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation AdmUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } errors { code } } }"): typeof import('./graphql.js').AdmUpsertEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query AdmInfluence { influence(from: \"2026-01-01\", to: \"2026-02-28\", algorithm: DEGREE, first: 4) {\n            rank score entity { id } } }"): typeof import('./graphql.js').AdmInfluenceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CorrCorrectFact($id: ID!, $i: CorrectFactInput!) { correctFact(id: $id, input: $i) {\n          factId errors { code field message } } }"): typeof import('./graphql.js').CorrCorrectFactDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query CorrNode($id: ID!) { node(id: $id) { ... on Quote { speaker { id } said { edtf } saidBasis } } }"): typeof import('./graphql.js').CorrNodeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query CorrTimeline($e: [ID!]!) { timeline(entityIds: $e, first: 100) { edges { node {\n            ... on Quote { id } } } } }"): typeof import('./graphql.js').CorrTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CurIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId status document { text } errors { code field } } }"): typeof import('./graphql.js').CurIngestDocumentDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CurIngestDocument2($i: IngestDocumentInput!) { ingestDocument(input: $i) { documentId errors {\n        code field } } }"): typeof import('./graphql.js').CurIngestDocument2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CurUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity {\n          id name aliases } errors { code field message } } }"): typeof import('./graphql.js').CurUpsertEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CurAddAlias($id: ID!, $a: String!) { addAlias(entityId: $id, alias: $a) { entity {\n            aliases } errors { code } } }"): typeof import('./graphql.js').CurAddAliasDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CurAddAlias2 { addAlias(entityId: \"person:nobody-xyz-404\", alias: \"x\") { entity { id }\n            errors { code field } } }"): typeof import('./graphql.js').CurAddAlias2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CurAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId retracted errors {\n          code field } } }"): typeof import('./graphql.js').CurAssertFactDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CurRetractFact($id: ID!, $why: String!) { retractFact(id: $id, reason: $why) {\n          factId retracted errors { code field } } }"): typeof import('./graphql.js').CurRetractFactDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CurMergeEntities($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { entity {\n          id aliases } mergedIds errors { code field } } }"): typeof import('./graphql.js').CurMergeEntitiesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query CurTimeline($id: ID!) { timeline(entityIds: [$id], kinds: [ROLE_CHANGE], includeRetracted: true) {\n            edges { node { ... on RoleChange { id } } } } }"): typeof import('./graphql.js').CurTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation CurUpsertEntity2($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }"): typeof import('./graphql.js').CurUpsertEntity2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query CurAuditLog($after: String) { auditLog(first: 2, after: $after) { edges { cursor node {\n          id operation } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').CurAuditLogDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query CurAuditLog2 { auditLog(first: 101) { edges { cursor } } }"): typeof import('./graphql.js').CurAuditLog2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query FltQuotes { quotes(first: 1) { totalCount } }"): typeof import('./graphql.js').FltQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query FltQuotes2 { quotes(first: 1) { totalCount } }"): typeof import('./graphql.js').FltQuotes2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LdExQuotes($filter: QuoteFilter, $first: Int) {\n  quotes(filter: $filter, first: $first) { totalCount edges { node { id text sources {\n  start end excerpt document { id } } } } }\n}"): typeof import('./graphql.js').LdExQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LdExTimeline($ids: [ID!]!, $first: Int) {\n  timeline(entityIds: $ids, first: $first) {\n    totalCount\n    edges { node { __typename\n      ... on Quote { id sources { start end excerpt document { id } } }\n      ... on RoleChange { id role sources { start end excerpt document { id } } } } }\n  }\n}"): typeof import('./graphql.js').LdExTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LdExEntity($id: ID!) { entity(id: $id) { roles { id role sources { start end excerpt document { id } } } } }"): typeof import('./graphql.js').LdExEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LdDocument($id: ID!, $first: Int, $after: String) {\n  document(id: $id) { spans(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n  edges { cursor node { kind start end text fact { id } entity { id } } } } }\n}"): typeof import('./graphql.js').LdDocumentDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query DashboardDocument($id: ID!, $first: Int!) {\n  document(id: $id) {\n    id title url outlet lang publishedAt knownSince text\n    spans(first: $first) { ...SpanPage }\n  }\n}\nfragment SpanPage on DocumentSpanConnection {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { node { kind start end text fact { __typename id } entity { id name kind } } }\n}"): typeof import('./graphql.js').DashboardDocumentDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LdServerInfo { serverInfo { neo4j { version } } quotes(first: 1) { totalCount } }"): typeof import('./graphql.js').LdServerInfoDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LdDocument2($id: ID!) { document(id: $id) { spans(first: 5000) { totalCount } } }"): typeof import('./graphql.js').LdDocument2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LdQuotes { quotes(first: 1) { totalCount } }"): typeof import('./graphql.js').LdQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimQuotes($n: Int) { quotes(first: $n) { edges { node { id sources { start document { id } } } } } }"): typeof import('./graphql.js').LimQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimQuotes2 { quotes(first: 1) { edges { node { speaker { roles { person { roles { organization {\n        roles { id } } } } } } } } } }"): typeof import('./graphql.js').LimQuotes2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimQuotes3 { quotes(first: 1) { ...E } } fragment E on QuoteConnection { edges { node { speaker {\n        roles { person { roles { organization { roles { id } } } } } } } } }"): typeof import('./graphql.js').LimQuotes3Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimServerInfo { a: serverInfo { version } b: serverInfo { version } }"): typeof import('./graphql.js').LimServerInfoDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimQuotes4 { quotes(first: 101) { totalCount } }"): typeof import('./graphql.js').LimQuotes4Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimServerInfo2 { serverInfo { version } }"): typeof import('./graphql.js').LimServerInfo2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimServerInfo3 { serverInfo { version } }"): typeof import('./graphql.js').LimServerInfo3Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimServerInfo4 { serverInfo { version } }"): typeof import('./graphql.js').LimServerInfo4Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimServerInfo5 { serverInfo { version } }"): typeof import('./graphql.js').LimServerInfo5Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query LimServerInfo6 { serverInfo { version } }"): typeof import('./graphql.js').LimServerInfo6Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query Lim__schema { __schema { queryType { name } } }"): typeof import('./graphql.js').Lim__SchemaDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query Lim__schema2 { __schema { queryType { name } } }"): typeof import('./graphql.js').Lim__Schema2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation MergeIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId status errors { code message } } }"): typeof import('./graphql.js').MergeIngestDocumentDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation MergeUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }"): typeof import('./graphql.js').MergeUpsertEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation MergeMergeEntities($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) {\n            mergedIds errors { code } } }"): typeof import('./graphql.js').MergeMergeEntitiesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query MergeEntity($id: ID!) { entity(id: $id) { id name } node(id: $id) { id } }"): typeof import('./graphql.js').MergeEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query MergeTimeline($e: [ID!]!, $from: Date) { timeline(entityIds: $e, from: $from) { totalCount } }"): typeof import('./graphql.js').MergeTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query MergeTimeline2($e: [ID!]!) { timeline(entityIds: $e, from: \"2026-04-01\", to: \"2026-04-30\",\n          kinds: [QUOTE]) { totalCount } }"): typeof import('./graphql.js').MergeTimeline2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query MergeActivity($e: [ID!]!) { activity(entityIds: $e, from: \"2026-04-01\", to: \"2026-04-30\",\n          bucket: MONTH) { quotes } }"): typeof import('./graphql.js').MergeActivityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query MergeQuotes($s: ID!) { quotes(filter: { speakerId: $s }) { totalCount edges { node { speaker {\n          id } } } } }"): typeof import('./graphql.js').MergeQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query MergeQuotes2($s: ID!) { quotes(filter: { speakerId: $s, from: \"2026-04-01\", to: \"2026-04-30\" }) {\n          totalCount edges { node { speaker { id name } } } } }"): typeof import('./graphql.js').MergeQuotes2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query MergeCoMentions($id: ID!) { coMentions(entityId: $id) { entity { id } } }"): typeof import('./graphql.js').MergeCoMentionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ObsServerInfo { serverInfo { version } }"): typeof import('./graphql.js').ObsServerInfoDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation ReexReextract($ids: [ID!]) { reextract(filter: { ids: $ids }) { job {\n            id state dryRun extractor } errors { code message } } }"): typeof import('./graphql.js').ReexReextractDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ReexReextractJob($id: ID!) { reextractJob(id: $id) {\n            state documents replaced failed finishedAt error } }"): typeof import('./graphql.js').ReexReextractJobDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation RmRemoveDocument($id: ID!, $r: String!) { removeDocument(id: $id, reason: $r) {\n          documentId deletedFacts keptFacts deletedEntities deletedRelations errors { code field message } } }"): typeof import('./graphql.js').RmRemoveDocumentDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation RetrIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId status errors { code } } }"): typeof import('./graphql.js').RetrIngestDocumentDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrQuotes($s: ID!) { quotes(filter: { speakerId: $s, text: \"accord will hold\" }) { edges {\n          node { id } } } }"): typeof import('./graphql.js').RetrQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation RetrUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }"): typeof import('./graphql.js').RetrUpsertEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation RetrAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId } }"): typeof import('./graphql.js').RetrAssertFactDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrQuotes2($s: ID!, $a: ID!) { quotes(filter: { speakerId: $s }) { totalCount }\n            entity(id: $a) { ... on Person { roles { id } } } }"): typeof import('./graphql.js').RetrQuotes2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation RetrRetractFact($id: ID!, $why: String!) { retractFact(id: $id, reason: $why) {\n          retracted errors { code } } }"): typeof import('./graphql.js').RetrRetractFactDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrQuotes3($s: ID!, $all: Boolean) { quotes(filter: {\n          speakerId: $s }, includeRetracted: $all) { totalCount edges { node { id retraction { reason by at } } } } }"): typeof import('./graphql.js').RetrQuotes3Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrQuotes4($t: String!, $all: Boolean) { quotes(filter: {\n          text: $t }, includeRetracted: $all) { totalCount } }"): typeof import('./graphql.js').RetrQuotes4Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrTimeline($e: [ID!]!, $all: Boolean, $from: Date) {\n          timeline(entityIds: $e, includeRetracted: $all, from: $from) { edges { node {\n          __typename ... on Quote { id } ... on RoleChange { id } } } } }"): typeof import('./graphql.js').RetrTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrActivity($e: [ID!]!, $all: Boolean) { activity(entityIds: $e, from: \"2026-03-01\",\n          to: \"2026-03-31\", bucket: MONTH, includeRetracted: $all) { quotes roleChanges } }"): typeof import('./graphql.js').RetrActivityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrSearch($q: String!, $all: Boolean) { search(query: $q, includeRetracted: $all) { quote { id } } }"): typeof import('./graphql.js').RetrSearchDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrConnections($a: ID!, $b: ID!, $all: Boolean) {\n          connections(from: $a, to: $b, includeRetracted: $all) { edges { relation } } }"): typeof import('./graphql.js').RetrConnectionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrInfluence($a: ID!, $all: Boolean) { influence(about: $a, from: \"2026-03-01\",\n          to: \"2026-03-31\", includeRetracted: $all) { entity { id } } }"): typeof import('./graphql.js').RetrInfluenceDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrNode($id: ID!) { node(id: $id) { ... on Quote { id retraction { reason } } } }"): typeof import('./graphql.js').RetrNodeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrNode2($id: ID!) { node(id: $id) { ... on RoleChange { id retraction { reason } } } }"): typeof import('./graphql.js').RetrNode2Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrEntity($a: ID!, $d: ID!) { entity(id: $a) { ... on Person { roles { id } } }\n            document(id: $d) { spans { edges { node { kind } } } } }"): typeof import('./graphql.js').RetrEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RetrQuotes5($s: ID!, $all: Boolean) { quotes(filter: { speakerId: $s }, includeRetracted: $all) {\n        totalCount edges { node { id retraction { reason } sources { start } } } } }"): typeof import('./graphql.js').RetrQuotes5Document;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation SplitSplitMention($i: SplitMentionInput!) { splitMention(input: $i) {\n          spans reattributed errors { code field message } } }"): typeof import('./graphql.js').SplitSplitMentionDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation SplitUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } errors {\n          code } } }"): typeof import('./graphql.js').SplitUpsertEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation UnmergeIngest($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n          documentId errors { code message } } }"): typeof import('./graphql.js').UnmergeIngestDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation UnmergeMerge($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) {\n    mergedIds errors { code } } }"): typeof import('./graphql.js').UnmergeMergeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation UnmergeUnmerge($k: ID!, $m: ID!, $why: String!) {\n    unmergeEntities(keep: $k, merged: $m, reason: $why) {\n      entity { id } restored { id name } moved errors { code field message } } }"): typeof import('./graphql.js').UnmergeUnmergeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query UnmergeTimeline($e: [ID!]!) { timeline(entityIds: $e) { totalCount } }"): typeof import('./graphql.js').UnmergeTimelineDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation UnmergeUpsert($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }"): typeof import('./graphql.js').UnmergeUpsertDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation UnmergeAssert($i: AssertFactInput!) { assertFact(input: $i) { factId errors { code } } }"): typeof import('./graphql.js').UnmergeAssertDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query UnmergeEntity($id: ID!) { entity(id: $id) { id } }"): typeof import('./graphql.js').UnmergeEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query WdQuotes($p: ID!, $a: ID!, $b: ID!, $q: String!) {\n        quotes(filter: { speakerId: $p }, includeRetracted: true) { edges { node {\n          text knownSince retraction { reason } sources { document { id } excerpt } } } }\n        entity(id: $p) { ... on Person { roles { role knownSince sources { document { id } } } } }\n        a: document(id: $a) { id } b: document(id: $b) { id }\n        search(query: $q) { quote { text } }\n        timeline(entityIds: [$p]) { totalCount }\n      }"): typeof import('./graphql.js').WdQuotesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation WdWithdrawDocument($id: ID!, $r: String!) { withdrawDocument(id: $id, reason: $r) {\n          documentId hiddenFacts keptFacts hiddenRelations errors { code field message } } }"): typeof import('./graphql.js').WdWithdrawDocumentDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation WdRestoreDocument($id: ID!) { restoreDocument(id: $id) {\n          documentId shownFacts shownRelations errors { code field message } } }"): typeof import('./graphql.js').WdRestoreDocumentDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation WdAssertFact($i: AssertFactInput!) { assertFact(input: $i) { errors { code } } }"): typeof import('./graphql.js').WdAssertFactDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation WdRetractFact($id: ID!) { retractFact(id: $id, reason: \"the mayor denies saying it\") {\n            retracted errors { code } } }"): typeof import('./graphql.js').WdRetractFactDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ExcEntity($id: ID!) { entity(id: $id) { roles { id role sources { start end excerpt document {\n          id } } } } }"): typeof import('./graphql.js').ExcEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query ExcNode($id: ID!) { node(id: $id) { ... on Quote { sources { excerpt } } } }"): typeof import('./graphql.js').ExcNodeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation ExcIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {\n            documentId errors { code field } } }"): typeof import('./graphql.js').ExcIngestDocumentDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation ExcUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id }\n              errors { code field } } }"): typeof import('./graphql.js').ExcUpsertEntityDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "mutation ExcAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId errors { code field } } }"): typeof import('./graphql.js').ExcAssertFactDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "query RestartQuotes { quotes(first: 1) { totalCount } }"): typeof import('./graphql.js').RestartQuotesDocument;


export function typed(source: string) {
  return (documents as any)[source] ?? {};
}
