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
        mappers: {},
        useIndexSignature: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
  hooks: {},
};

export default config;
