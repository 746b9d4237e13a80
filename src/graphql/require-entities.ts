import { notFound } from '../errors/app-error.ts';
import { asOfKey } from '../queries/loaders.ts';
import type { GraphQLContext } from './context.ts';

/**
 * NOT_FOUND for the first of the given entity ids that names no entity (a merged-away id names the
 * entity it went into). Lists that filter by an entity call it when they come back empty, so an
 * unknown id is told apart from an entity with nothing to list, at no cost to a list with rows.
 */
export async function requireEntities(ctx: GraphQLContext, ids: readonly (string | null | undefined)[]): Promise<void> {
  const given = ids.filter((id): id is string => typeof id === 'string');
  const found = await Promise.all(given.map((id) => ctx.loaders.entity.load(asOfKey(id, null))));
  const missing = given.find((_id, i) => !found[i]);
  if (missing !== undefined) throw notFound('entity', missing);
}
