import { badInput } from '../../errors/app-error.ts';
import { entityPageKey, readEntitiesPage } from '../../queries/entity/entities-page.ts';
import { primeEntities } from '../../queries/loaders.ts';
import { decodeCursor, firstArg } from '../args.ts';
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

/** A key this list issued: the last entity's name and id. */
function afterArg(after: string | null | undefined): string | null {
  const key = decodeCursor('after', after);
  if (key === null) return null;
  try {
    const parsed: unknown = JSON.parse(key);
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) return key;
  } catch {
    // not ours
  }
  throw badInput('after', 'not a cursor of this list');
}

export const entities: QueryResolvers['entities'] = async (_root, args, ctx) => {
  const first = firstArg(args.first, 20);
  const afterKey = afterArg(args.after);
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
