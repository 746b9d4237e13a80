import { actorOf, requireRole } from '../../auth/authenticate.ts';
import { badInput } from '../../errors/app-error.ts';
import { dateArg, decodeCursor, firstArg } from '../args.ts';
import { documentIdArg, textArg } from '../../curation/validate.ts';
import { connection } from '../connection.ts';
import type { GraphQLContext } from '../context.ts';
import { asOfKey } from '../../queries/loaders.ts';
import type { AuditEntryResolvers, MutationResolvers, QueryResolvers } from '../resolvers-types.generated.ts';
import { readAuditEntries } from '../../curation/audit.ts';
import { addAlias, mergeEntities, upsertEntity } from '../../curation/entities.ts';
import { removeDocument, restoreDocument, withdrawDocument } from '../../curation/documents.ts';
import { splitMention } from '../../curation/split-mention.ts';
import { rejectWikidataLink, setWikidataLink } from '../../curation/wikidata-links.ts';
import { judgeIdentity } from '../../curation/identity.ts';
import { unmergeEntities } from '../../curation/unmerge-entities.ts';
import { assertFact, correctFact, rankFact, retractFact } from '../../curation/facts.ts';
import { ingestFromApi } from '../../curation/ingest-document.ts';
import { withCurationErrors } from '../../curation/with-curation-errors.ts';
import { judgeRenderings, markMisattributed } from '../../curation/lineage.ts';
import { clusterOf } from '../../lineage/cluster-of.ts';

/** Every mutation needs role editor (the access plugin refuses earlier; this is the second lock). */
const editor = (ctx: GraphQLContext) => {
  const principal = requireRole(ctx.auth, 'editor');
  return { who: actorOf(ctx.auth), curator: principal.name };
};

/** The cluster of a rendering after a lineage judgement, as it reads now. */
const clusterAfter = async (ctx: GraphQLContext, id: string) => ({
  cluster: await ctx.db.read((tx) => clusterOf(tx, id, null), 'lineage-judged'),
});

const entityOf = (ctx: GraphQLContext, id: string) => ctx.loaders.entity.load(asOfKey(id, null));

export const Mutation: MutationResolvers = {
  ingestDocument: (_r, { input }, ctx) => {
    const { who } = editor(ctx);
    const empty = { documentId: null, status: null, quotes: 0, claims: 0, entities: 0, relations: 0, document: null };
    return withCurationErrors(empty, async () => {
      const r = await ingestFromApi(ctx.db, who, input);
      return { ...r, document: r.status === 'DRY_RUN' ? null : await ctx.loaders.document.load(r.documentId) };
    });
  },
  upsertEntity: (_r, { input }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ entity: null }, async () => ({
      entity: await entityOf(ctx, await upsertEntity(ctx.db, who, input)),
    }));
  },
  addAlias: (_r, { entityId, alias }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ entity: null }, async () => ({
      entity: await entityOf(ctx, await addAlias(ctx.db, who, entityId, alias)),
    }));
  },
  setWikidataLink: (_r, { entityId, qid }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ entity: null }, async () => ({
      entity: await entityOf(ctx, await setWikidataLink(ctx.db, who, entityId, qid)),
    }));
  },
  judgeIdentity: (_r, { entityId, otherId, judgement, reason }, ctx) => {
    const { who } = editor(ctx);
    const verdict = judgement === 'SAME' ? 'same' : judgement === 'DIFFERENT' ? 'different' : 'unsure';
    return withCurationErrors({ judgement: null }, async () => ({
      judgement: await judgeIdentity(ctx.db, who, entityId, otherId, verdict, reason),
    }));
  },
  rejectWikidataLink: (_r, { entityId, qid, reason }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ entity: null }, async () => ({
      entity: await entityOf(ctx, await rejectWikidataLink(ctx.db, who, entityId, qid, reason)),
    }));
  },
  mergeEntities: (_r, { keep, merge }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ entity: null, mergedIds: [] as string[] }, async () => {
      const r = await mergeEntities(ctx.db, who, keep, merge);
      return { entity: await entityOf(ctx, r.id), mergedIds: r.mergedIds };
    });
  },
  unmergeEntities: (_r, { keep, merged, reason }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ entity: null, restored: null, moved: 0 }, async () => {
      const r = await unmergeEntities(ctx.db, who, keep, merged, reason);
      return { entity: await entityOf(ctx, r.keep), restored: await entityOf(ctx, r.restored), moved: r.moved };
    });
  },
  assertFact: (_r, { input }, ctx) => {
    const { who, curator } = editor(ctx);
    return withCurationErrors({ factId: null, retracted: null }, async () => ({
      factId: await assertFact(ctx.db, who, curator, input),
      retracted: false,
    }));
  },
  retractFact: (_r, { id, reason }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ factId: null, retracted: null }, async () => ({
      factId: await retractFact(ctx.db, who, id, reason),
      retracted: true,
    }));
  },
  rankFact: (_r, { id, rank, reason }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ factId: null, retracted: null }, async () => {
      const ranked = rank === 'PREFERRED' ? 'preferred' : rank === 'DEPRECATED' ? 'deprecated' : 'normal';
      return { factId: await rankFact(ctx.db, who, id, ranked, reason), retracted: ranked === 'deprecated' };
    });
  },
  correctFact: (_r, { id, input }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ factId: null, retracted: null }, async () => {
      if (input.unattributed && input.speakerId)
        throw badInput('input.unattributed', 'give either speakerId or unattributed, not both');
      const speaker = input.unattributed
        ? { setSpeaker: true, speakerId: null }
        : { speakerId: input.speakerId ?? null };
      const earliest = dateArg('input.earliest', input.earliest);
      const latest = dateArg('input.latest', input.latest);
      return { factId: await correctFact(ctx.db, who, id, { ...speaker, earliest, latest }), retracted: null };
    });
  },
  // it takes what a curator cannot put back from the API: role admin
  removeDocument: (_r, { id, reason }, ctx) => {
    requireRole(ctx.auth, 'admin');
    const who = actorOf(ctx.auth);
    const none = { documentId: null, deletedFacts: 0, keptFacts: 0, deletedEntities: 0, deletedRelations: 0 };
    return withCurationErrors(none, () => removeDocument(ctx.db, who, id, reason));
  },
  splitMention: (_r, { input }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ spans: 0, reattributed: [] }, () => splitMention(ctx.db, who, input));
  },
  withdrawDocument: (_r, { id, reason }, ctx) => {
    const { who } = editor(ctx);
    const none = { documentId: null, hiddenFacts: 0, keptFacts: 0, hiddenRelations: 0 };
    return withCurationErrors(none, () => withdrawDocument(ctx.db, who, id, reason));
  },
  restoreDocument: (_r, { id }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ documentId: null, shownFacts: 0, shownRelations: 0 }, () =>
      restoreDocument(ctx.db, who, id),
    );
  },
  splitRenderings: (_r, { quoteId, otherId, reason }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ cluster: null }, async () =>
      clusterAfter(ctx, await judgeRenderings(ctx.db, who, quoteId, otherId, 'split', null, reason)),
    );
  },
  joinRenderings: (_r, { quoteId, otherId, kind, reason }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ cluster: null }, async () => {
      if (kind === 'ORIGIN') throw badInput('kind', 'ORIGIN is not a link: give the kind of variant the join makes');
      return clusterAfter(ctx, await judgeRenderings(ctx.db, who, quoteId, otherId, 'join', kind, reason));
    });
  },
  markMisattributed: (_r, { quoteId, misattributed, reason }, ctx) => {
    const { who } = editor(ctx);
    return withCurationErrors({ cluster: null }, async () =>
      clusterAfter(ctx, await markMisattributed(ctx.db, who, quoteId, misattributed, reason)),
    );
  },
  reextract: (_r, { filter, dryRun }, ctx) => {
    requireRole(ctx.auth, 'admin');
    const who = actorOf(ctx.auth);
    return withCurationErrors({ job: null }, async () => {
      const f = filter ?? {};
      const from = f.from ? dateArg('filter.from', f.from) : null;
      const to = f.to ? dateArg('filter.to', f.to) : null;
      const ids = f.ids ? f.ids.map((id, i) => documentIdArg(`filter.ids[${i}]`, id)) : null;
      const outlet = f.outlet ? textArg('filter.outlet', f.outlet, 200) : null;
      const lang = f.lang ? textArg('filter.lang', f.lang, 10) : null;
      return {
        job: ctx.reextractJobs.start(
          ctx.db,
          who,
          { all: f.all ?? false, ids, outlet, lang, from, to },
          dryRun ?? false,
        ),
      };
    });
  },
};

export const reextractJob: QueryResolvers['reextractJob'] = (_r, { id }, ctx) => {
  requireRole(ctx.auth, 'admin');
  return ctx.reextractJobs.get(id);
};

/** The audit log keeps each record as JSON text; the API answers it as JSON. */
const record = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : (text ?? null));

export const AuditEntry: AuditEntryResolvers = {
  before: (e) => record(e.before),
  after: (e) => record(e.after),
};

export const auditLog: QueryResolvers['auditLog'] = async (_r, { first, after }, ctx) => {
  requireRole(ctx.auth, 'admin');
  const n = firstArg(first, 20);
  const key = decodeCursor('after', after);
  const [at, id] = key ? key.split('|') : [];
  if (key && !(at && id && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(at)))
    throw badInput('after', 'not a cursor this API returned');
  const rows = await ctx.db.read((tx) => readAuditEntries(tx, key ? { at: at!, id: id! } : null, n + 1), 'audit-log');
  return connection(rows, n, !!after, (node) => ({ key: `${node.at}|${node.id}`, node }));
};
