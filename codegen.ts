import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen` regenerates the resolver types; a test fails when the committed file is stale.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: './context.ts#GraphQLContext',
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string' },
        mappers: {
          Document: './models.mappers.ts#DocumentModel',
          Source: './models.mappers.ts#SourceModel',
          Quote: './models.mappers.ts#QuoteModel',
          Claim: './models.mappers.ts#ClaimModel',
          Event: './models.mappers.ts#EventModel',
          Report: './models.mappers.ts#ReportModel',
          RoleChange: './models.mappers.ts#RoleChangeModel',
          PathEdge: './models.mappers.ts#PathEdgeModel',
          Path: './models.mappers.ts#PathModel',
          InfluenceScore: './models.mappers.ts#InfluenceScoreModel',
          CoMention: './models.mappers.ts#CoMentionModel',
          SearchHit: './models.mappers.ts#SearchHitModel',
          DocumentSpan: './models.mappers.ts#DocumentSpanModel',
          TimelineEdge: './models.mappers.ts#TimelineEdgeModel',
          TimelineConnection: './models.mappers.ts#TimelineConnectionModel',
          QuoteConnection: './models.mappers.ts#QuoteConnectionModel',
          Person: './models.mappers.ts#EntityModel',
          Organization: './models.mappers.ts#EntityModel',
          Country: './models.mappers.ts#EntityModel',
          Alliance: './models.mappers.ts#EntityModel',
          MediaOutlet: './models.mappers.ts#EntityModel',
          GovernmentBody: './models.mappers.ts#EntityModel',
          CommandPost: './models.mappers.ts#EntityModel',
          Place: './models.mappers.ts#EntityModel',
          Entity: './models.mappers.ts#EntityModel',
          TimeSpan: './models.mappers.ts#TimeModel',
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
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars: { Date: 'string' } },
    },
    // Typed documents for the example operations in docs/queries, for dashboards that reuse them.
    'src/client/examples/': {
      documents: ['docs/queries/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // ESM imports with extensions: these files sit under the root tsconfig (NodeNext).
      config: { emitLegacyCommonJSImports: false, useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars: { Date: 'string' } },
    },
  },
  hooks: {},
};

export default config;
