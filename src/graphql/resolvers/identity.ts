import { AppError, notFound } from '../../errors/app-error.ts';
import { readIdentityJudgements } from '../../queries/entity/identity-judgements.ts';
import { asOfKey } from '../../queries/loaders.ts';
import type { GraphQLContext } from '../context.ts';
import type { IdentityJudgementResolvers, QueryResolvers } from '../resolvers-types.generated.ts';

export const identityJudgements: QueryResolvers['identityJudgements'] = async (_r, { entityId }, ctx) => {
  // the loader follows merges: a merged-away id answers for the entity it went into
  const entity = await ctx.loaders.entity.load(asOfKey(entityId, null));
  if (!entity) throw notFound('entity', entityId);
  return ctx.db.read((tx) => readIdentityJudgements(tx, entity.id), 'identityJudgements');
};

const VERDICTS = { same: 'SAME', different: 'DIFFERENT', unsure: 'UNSURE' } as const;

export const IdentityJudgement: IdentityJudgementResolvers = {
  judgement: (j) => VERDICTS[j.verdict],
  entity: (j, _a, ctx) => entityOrFail(ctx, j.entityId),
  other: (j, _a, ctx) => entityOrFail(ctx, j.otherId),
};

async function entityOrFail(ctx: GraphQLContext, id: string) {
  const e = await ctx.loaders.entity.load(asOfKey(id, null));
  // judgements name existing entities (a merge moves them to the kept entity's id through the loader)
  if (!e) throw new AppError('INTERNAL_SERVER_ERROR', `identity judgement of a missing entity ${id}`);
  return e;
}
