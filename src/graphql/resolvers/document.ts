import type { QueryResolvers } from '../resolvers-types.generated.ts';

export const document: QueryResolvers['document'] = (_root, { id }, ctx) => ctx.loaders.document.load(id);
