import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The graphql copy Apollo Server uses. graphql 16 ships index.js and index.mjs; Node gives
 * everyone index.js, but vitest resolves our sources' `import 'graphql'` to index.mjs, and errors
 * or types from the other copy are not recognised (instanceof fails, "from another realm").
 * Plugins that build errors for Apollo, and the execution threads that build and run the schema,
 * take graphql from here, which is index.js everywhere; so does the schema maker, whose own
 * `import 'graphql'` is Node's.
 * Can go when graphql ships one build (v17) or vitest resolves it like Node.
 */
export const { GraphQLError, Kind, execute, parse, getVariableValues } = require('graphql') as typeof import('graphql');
export type GraphQLError = import('graphql').GraphQLError;
export const { makeExecutableSchema } = require('@graphql-tools/schema') as typeof import('@graphql-tools/schema');
