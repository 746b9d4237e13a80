import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * GraphiQL served by us, inlined from @graphql-yoga/render-graphiql: Apollo's landing page loads
 * from a CDN and is blank offline. The example operations in docs/queries/*.graphql open as tabs.
 *
 * The page is 9 MB of inlined JavaScript, and loading the renderer costs a process ~65 MB of
 * resident memory. So it is rendered on the first request for it, in a worker thread that exits
 * afterwards: the API keeps only the finished page, and a server nobody opens GraphiQL on pays nothing.
 */
export function graphiqlPage(queriesDir: string): () => Promise<string> {
  let page: Promise<string> | null = null;
  return () => {
    page ??= render(queriesDir).catch((err: unknown) => {
      page = null;
      throw err;
    });
    return page;
  };
}

async function render(queriesDir: string): Promise<string> {
  const files = await readdir(queriesDir).then(
    (fs) => fs.filter((f) => f.endsWith('.graphql')).sort(),
    () => [],
  );
  const tabs = await Promise.all(files.map(async (f) => ({ query: await readFile(path.join(queriesDir, f), 'utf8') })));
  const options = {
    title: 'quotegraph GraphiQL',
    endpoint: '/graphql',
    ...(tabs.length
      ? { defaultTabs: tabs, defaultQuery: tabs[0]!.query }
      : { defaultQuery: '{ serverInfo { version neo4j { version edition plugins } migrations } }' }),
  };
  const renderer = import.meta.resolve('@graphql-yoga/render-graphiql');
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     import(workerData.renderer).then((m) => parentPort.postMessage(m.renderGraphiQL(workerData.options)));`,
    { eval: true, workerData: { renderer, options } },
  );
  try {
    return await new Promise<string>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the GraphiQL renderer exited (${code}) without a page`)));
    });
  } finally {
    await worker.terminate();
  }
}
