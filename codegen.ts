import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen` regenerates the resolver types; a test fails when the committed file is stale.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  // The tests' tag is `typed` (their request helper is already called `graphql`); the defaults stay.
  pluckConfig: { globalGqlIdentifierName: ['gql', 'graphql', 'typed'] },
  generates: {
    'src/graphql/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: './context.ts#GraphQLContext',
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        mappers: {
          Document: '../model/index.ts#DocumentModel',
          Source: '../model/index.ts#SourceModel',
          Quote: '../model/index.ts#QuoteModel',
          Claim: '../model/index.ts#ClaimModel',
          Event: '../model/index.ts#EventModel',
          Report: '../model/index.ts#ReportModel',
          RoleChange: '../model/index.ts#RoleChangeModel',
          PathEdge: '../model/index.ts#PathEdgeModel',
          Path: '../model/index.ts#PathModel',
          InfluenceScore: '../model/index.ts#InfluenceScoreModel',
          CoMention: '../model/index.ts#CoMentionModel',
          SearchHit: '../model/index.ts#SearchHitModel',
          DocumentSpan: '../model/index.ts#DocumentSpanModel',
          TimelineEdge: '../model/index.ts#TimelineEdgeModel',
          TimelineConnection: '../model/index.ts#TimelineConnectionModel',
          QuoteConnection: '../model/index.ts#QuoteConnectionModel',
          Person: '../model/index.ts#EntityModel',
          Organization: '../model/index.ts#EntityModel',
          Country: '../model/index.ts#EntityModel',
          Alliance: '../model/index.ts#EntityModel',
          MediaOutlet: '../model/index.ts#EntityModel',
          GovernmentBody: '../model/index.ts#EntityModel',
          CommandPost: '../model/index.ts#EntityModel',
          Place: '../model/index.ts#EntityModel',
          Entity: '../model/index.ts#EntityModel',
          TimeSpan: '../model/index.ts#TimeModel',
          WikidataCandidate: '../model/index.ts#WikidataCandidateModel',
          Conflict: '../model/index.ts#ConflictModel',
          ConflictSide: '../model/index.ts#ConflictSideModel',
          FactRankMark: '../model/index.ts#FactRankMarkModel',
          IdentityJudgement: '../model/index.ts#IdentityJudgementModel',
          QuoteCluster: '../model/index.ts#QuoteClusterModel',
          QuoteVariant: '../model/index.ts#QuoteVariantModel',
          LineageCitation: '../model/index.ts#LineageCitationModel',
          LanguageFirst: '../model/index.ts#LanguageFirstModel',
        },
        useIndexSignature: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    // The dashboard's typed documents (web/src/**/*.ts); string mode keeps graphql-js out of the bundle.
    'web/src/gql/': {
      documents: ['web/src/**/*.ts', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
    // Typed documents for the example operations in docs/queries, for dashboards that reuse them.
    'src/client/examples/': {
      documents: ['docs/queries/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // ESM imports with extensions: these files sit under the root tsconfig (NodeNext).
      config: {
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
    // Typed documents for the tests' GraphQL requests (tests/**/*.ts): `typed(`query ...`)` gives the
    // answer's data its type and checks the variables (tests/support/test-api.ts).
    'tests/gql/': {
      documents: ['tests/**/*.ts', '!tests/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'typed' },
      config: {
        documentMode: 'string',
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
  hooks: {},
};

export default config;
