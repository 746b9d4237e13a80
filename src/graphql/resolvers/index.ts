import type { Resolvers } from '../resolvers-types.generated.ts';
import { serverInfo } from './server-info.ts';

export const resolvers: Resolvers = {
  Query: { serverInfo },
};
