import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * GraphiQL served by us, inlined from @graphql-yoga/render-graphiql: Apollo's landing page loads
 * from a CDN and is blank offline. The example operations in docs/queries/*.graphql open as tabs.
 */
export async function graphiqlPage(queriesDir: string): Promise<string> {
  const files = await readdir(queriesDir).then((fs) => fs.filter((f) => f.endsWith('.graphql')).sort(), () => []);
  const tabs = await Promise.all(files.map(async (f) => ({ query: await readFile(path.join(queriesDir, f), 'utf8') })));
  return renderGraphiQL({
    title: 'quotegraph GraphiQL',
    endpoint: '/graphql',
    ...(tabs.length ? { defaultTabs: tabs, defaultQuery: tabs[0]!.query } : { defaultQuery: '{ serverInfo { version neo4j { version edition plugins } migrations } }' }),
  });
}
