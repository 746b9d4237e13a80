import { createRequire } from 'node:module';

/**
 * The graphql copy Apollo Server uses. graphql 16 ships index.js and index.mjs; Node gives
 * everyone index.js, but vitest resolves our sources' `import 'graphql'` to index.mjs, and errors
 * or types from the other copy are not recognised (instanceof fails, "from another realm").
 * Plugins that build errors for Apollo take them from here, which is index.js everywhere.
 * Can go when graphql ships one build (v17) or vitest resolves it like Node.
 */
export const { GraphQLError, Kind } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
export type GraphQLError = import('graphql').GraphQLError;
