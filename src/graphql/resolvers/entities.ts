import { badInput } from '../../errors/app-error.ts';
import { entityPageKey, readEntitiesPage } from '../../queries/entity/entities-page.ts';
import { primeEntities } from '../../queries/loaders.ts';
import { firstArg, pairCursorArg } from '../args.ts';
import { connection } from '../connection.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';
import { nodeById } from './node.ts';

/** the most ids one nodes() call takes, as a page takes at most 100 */
const MAX_IDS = 100;

export const nodes: QueryResolvers['nodes'] = (_root, { ids }, ctx) => {
  if (ids.length > MAX_IDS) throw badInput('ids', `at most ${MAX_IDS} ids, got ${ids.length}`);
  // one lookup per id through the loaders, which batch them into one statement per kind
  return Promise.all(ids.map((id) => nodeById(id, ctx)));
};

export const entities: QueryResolvers['entities'] = async (_root, args, ctx) => {
  const first = firstArg(args.first, 20);
  const afterKey = pairCursorArg('after', args.after);
  const f = args.filter ?? {};
  const name = f.name?.trim() || null;
  if (name && name.length > 200) throw badInput('filter.name', 'at most 200 characters');
  const { total, page } = await ctx.db.read(
    (tx) => readEntitiesPage(tx, { kind: f.kind ?? null, name, wikidataId: f.wikidataId ?? null }, afterKey, first),
    'entities',
  );
  primeEntities(ctx.loaders, page, null);
  return {
    ...connection(page, first, afterKey !== null, (e) => ({ key: entityPageKey(e), node: e })),
    totalCount: total,
  };
};
