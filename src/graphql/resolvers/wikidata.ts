import { AppError } from '../../errors/app-error.ts';
import { resolveEntityId } from '../../queries/entity/resolve-entity-id.ts';
import { wikidataCandidates as readCandidates } from '../../queries/entity/wikidata-candidates.ts';
import { asOfKey } from '../../queries/loaders.ts';
import { firstArg } from '../args.ts';
import type { QueryResolvers, WikidataCandidateResolvers } from '../resolvers-types.generated.ts';

export const wikidataCandidates: QueryResolvers['wikidataCandidates'] = (_r, { entityId, first }, ctx) => {
  const n = firstArg(first, 50);
  return ctx.db.read(
    async (tx) => readCandidates(tx, entityId ? await resolveEntityId(tx, entityId) : null, n),
    'wikidata-candidates',
  );
};

export const WikidataCandidate: WikidataCandidateResolvers = {
  entity: async (c, _a, ctx) => {
    const e = await ctx.loaders.entity.load(asOfKey(c.entityId, null));
    // the statement returns candidates of existing entities only; one deleted meanwhile is ours to explain
    if (!e) throw new AppError('INTERNAL_SERVER_ERROR', `wikidata candidate of a missing entity ${c.entityId}`);
    return e;
  },
};
