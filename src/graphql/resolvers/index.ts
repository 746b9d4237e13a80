import type { Resolvers } from '../resolvers-types.generated.ts';
import { DateScalar } from '../scalars/date.ts';
import { DateTimeScalar, JsonScalar } from '../scalars/output-only.ts';
import { activity } from './activity.ts';
import { coMentions } from './co-mentions.ts';
import { conflicts } from './conflicts.ts';
import { IdentityJudgement, identityJudgements } from './identity.ts';
import { connections } from './connections.ts';
import { document, documents } from './document.ts';
import { entity } from './entity.ts';
import { entities, nodes } from './entities.ts';
import { influence } from './influence.ts';
import { node } from './node.ts';
import { quotes } from './quotes.ts';
import { search } from './search.ts';
import { serverInfo } from './server-info.ts';
import { timeline } from './timeline.ts';
import { typeResolvers } from './types.ts';
import { AuditEntry, auditLog, Mutation, reextractJob } from './curation.ts';
import { WikidataCandidate, wikidataCandidates } from './wikidata.ts';
import { claimClusterField, clusters, LineageCitation, quoteCluster, quoteClusterField } from './lineage.ts';

export const resolvers: Resolvers = {
  ...typeResolvers,
  Quote: { ...typeResolvers.Quote, cluster: quoteClusterField },
  Claim: { ...typeResolvers.Claim, cluster: claimClusterField },
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  AuditEntry,
  IdentityJudgement,
  Query: {
    serverInfo,
    node,
    nodes,
    entity,
    entities,
    search,
    quotes,
    timeline,
    activity,
    influence,
    connections,
    coMentions,
    conflicts,
    identityJudgements,
    document,
    documents,
    auditLog,
    reextractJob,
    wikidataCandidates,
    quoteCluster,
    clusters,
  },
  Mutation,
  WikidataCandidate,
  LineageCitation,
};
