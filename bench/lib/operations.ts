// The measured operations, each as our GraphQL request and, where one exists, the closest
// @neo4j/graphql request over the same data. Parameters come from the corpus's world: the most
// active speaker (Zipf rank 1), a year, a quarter and a month in the middle of the ten years.
export interface OperationParams {
  topSpeaker: string;
  otherSpeaker: string;
  year: number;
  searchWord: string;
}

export interface Operation {
  name: string;
  /** an index-backed lookup whose cost should not grow with the graph */
  indexed: boolean;
  ours: { query: string; variables: Record<string, unknown> };
  /** null: @neo4j/graphql has no equivalent */
  theirs: { query: string; variables: Record<string, unknown>; note: string } | null;
  /** how many timed runs per way (expensive operations run fewer) */
  runs: number;
}

const SOURCE_FIELDS = 'start end document { id title publishedAt }';

export function operations(p: OperationParams, runs: number): Operation[] {
  const yearFrom = `${p.year}-01-01`;
  const yearTo = `${p.year}-12-31`;
  const qFrom = `${p.year}-04-01`;
  const qTo = `${p.year}-06-30`;
  const mFrom = `${p.year}-06-01`;
  const mTo = `${p.year}-06-30`;
  return [
    {
      name: 'entity',
      indexed: true,
      runs,
      ours: {
        query: 'query E($id: ID!) { entity(id: $id) { id name kind aliases } }',
        variables: { id: p.topSpeaker },
      },
      theirs: {
        query: 'query E($id: ID!) { people(where: { id: { eq: $id } }) { id name kind aliases } }',
        variables: { id: p.topSpeaker },
        note: 'equivalent',
      },
    },
    {
      name: 'timeline',
      indexed: true,
      runs,
      ours: {
        query: `query T($ids: [ID!]!, $from: Date, $to: Date) {
          timeline(entityIds: $ids, from: $from, to: $to, first: 50) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor when { edtf earliest precision } node { __typename
            ... on Quote { id text speaker { id name } event { id name } sources { ${SOURCE_FIELDS} } }
            ... on Event { id name when { edtf } }
            ... on Report { id cue }
            ... on Claim { id text }
            ... on RoleChange { id role } } } } }`,
        variables: { ids: [p.topSpeaker], from: yearFrom, to: yearTo },
      },
      theirs: {
        query: `query T($id: ID!, $from: Date!, $to: Date!) { people(where: { id: { eq: $id } }) { id name
          saidConnection(first: 50, where: { node: { earliest: { lte: $to }, latest: { gte: $from } } },
                         sort: [{ node: { earliest: ASC } }]) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { cursor node { id text edtf earliest precision speaker { id name } event { id name }
              sourcedFromConnection { edges { properties { start end } node { id title publishedAt } } } } } }
          participatedIn(where: { earliest: { lte: $to }, latest: { gte: $from } }, sort: [{ earliest: ASC }],
                         limit: 50) { id name edtf } } }`,
        variables: { id: p.topSpeaker, from: yearFrom, to: yearTo },
        note:
          'narrower: quotes and events of the speaker only (no reports, claims, roles, mentions in evidence ' +
          'spans, undated list)',
      },
    },
    {
      name: 'quotesBySpeaker',
      indexed: true,
      runs,
      ours: {
        query: `query Q($id: ID!, $from: Date, $to: Date) {
          quotes(filter: { speakerId: $id, from: $from, to: $to }, first: 20) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id text said { edtf earliest precision } speaker { id name }
            sources { ${SOURCE_FIELDS} } } } } }`,
        variables: { id: p.topSpeaker, from: qFrom, to: qTo },
      },
      theirs: {
        query: `query Q($id: ID!, $from: Date!, $to: Date!) { quotesConnection(first: 20, sort: [{ earliest: ASC }],
          where: { speaker: { some: { id: { eq: $id } } }, earliest: { lte: $to }, latest: { gte: $from } }) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id text edtf earliest precision speaker { id name }
            sourcedFromConnection { edges { properties { start end } node { id title publishedAt } } } } } } }`,
        variables: { id: p.topSpeaker, from: qFrom, to: qTo },
        note: 'equivalent',
      },
    },
    {
      name: 'search',
      indexed: true,
      runs,
      ours: {
        query:
          'query S($q: String!) { search(query: $q, first: 10) { ' +
          'score snippet entity { id name } quote { id text } } }',
        variables: { q: p.searchWord },
      },
      theirs: {
        query: 'query S($q: String!) { quotesFulltext(phrase: $q, first: 10) { edges { score node { id text } } } }',
        variables: { q: p.searchWord },
        note: 'narrower: English quote text only (ours: entity names + German and English quotes and claims)',
      },
    },
    {
      // quote lineage (issue 22) is computed when read: the clusters of a page of 20 quotes, each
      // from its speaker's renderings within 14 days (docs/lineage.md)
      name: 'quoteClusters',
      indexed: false,
      runs: Math.max(3, Math.ceil(runs / 3)),
      ours: {
        query: `query L($id: ID!, $from: Date, $to: Date) {
          quotes(filter: { speakerId: $id, from: $from, to: $to }, first: 20) {
          edges { node { id cluster { id summary variants { kind lang confidence quote { id } } } } } } }`,
        variables: { id: p.topSpeaker, from: qFrom, to: qTo },
      },
      theirs: null,
    },
    {
      name: 'influenceMonth',
      indexed: false,
      runs: Math.max(3, Math.ceil(runs / 6)),
      ours: {
        query:
          'query I($from: Date, $to: Date) { influence(from: $from, to: $to, first: 20) { ' +
          'rank score entity { id name } why { weight edges { from { id } to { id } relation } } } }',
        variables: { from: mFrom, to: mTo },
      },
      theirs: null,
    },
    {
      name: 'connections4',
      indexed: false,
      runs: Math.max(3, Math.ceil(runs / 3)),
      ours: {
        query:
          'query C($a: ID!, $b: ID!) { connections(from: $a, to: $b, maxHops: 4) { ' +
          'length edges { from { id } to { id } relation when { edtf } } } }',
        variables: { a: p.topSpeaker, b: p.otherSpeaker },
      },
      theirs: null,
    },
  ];
}
