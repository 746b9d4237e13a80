import type { QueryResolvers } from '../resolvers-types.generated.ts';
import { asOfKey } from '../../queries/loaders.ts';

export const entity: QueryResolvers['entity'] = (_root, { id }, ctx) => ctx.loaders.entity.load(asOfKey(id, null));
