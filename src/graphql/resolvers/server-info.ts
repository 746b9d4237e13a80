import type { QueryResolvers } from '../resolvers-types.generated.ts';
import { EXTRACTOR, NOT_EXTRACTED_PREFIX } from '../../extract/extractor-version.ts';
import { readServerInfo } from '../../queries/system/read-server-info.ts';

export const serverInfo: QueryResolvers['serverInfo'] = async (_root, _args, ctx) => {
  const { neo4j, migrations, extractor } = await ctx.db.read(
    async (tx) => ({
      neo4j: await readServerInfo(tx),
      migrations: (await tx.rows('system/migrations-applied')).map((r) => r.id),
      extractor: await tx.one('system/extractor-status', { current: EXTRACTOR, notExtracted: NOT_EXTRACTED_PREFIX }),
    }),
    'serverInfo',
  );
  return {
    version: ctx.version,
    neo4j: {
      version: neo4j.version,
      edition: neo4j.edition,
      plugins: neo4j.plugins.map((p) => p.name),
      pluginVersions: neo4j.plugins,
    },
    migrations,
    extractor: { version: EXTRACTOR, documents: extractor?.documents ?? 0, documentsBehind: extractor?.behind ?? 0 },
  };
};
