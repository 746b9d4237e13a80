// Measures Wikidata linking on a real article set against the hand-checked items of
// data/wikidata/dev-expected-qids.json (src/wikidata/evaluate-linking.ts):
//
//   npm run eval:linking -- --dump FILE [--dump FILE…] [--set dev] [--json]
//
// FILE is Wikidata entity JSON as `quotegraph wikidata link` reads it (the full dump, a JSON-lines
// subset, Special:EntityData files). The set's articles are ingested into the configured Neo4j (or the
// local one) and only the entities they name are linked. Precision is correct links over links made;
// recall is correct links over expected items whose entity the extractor made.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../src/config/config.ts';
import { locateNeo4j } from '../src/db/locate.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { evaluateLinking } from '../src/wikidata/evaluate-linking.ts';
import { GOLD_SETS, listGoldArticles } from '../src/evaluation/gold-sets.ts';
import { readExpectedLinks } from '../src/evaluation/linking-score.ts';

const { values } = parseArgs({
  options: {
    dump: { type: 'string', multiple: true, default: [] },
    set: { type: 'string', default: 'dev' },
    json: { type: 'boolean', default: false },
  },
});
const set = GOLD_SETS.find((s) => s.name === values.set && s.origin === 'real');
if (!set) {
  console.error(`--set must name a real set (dev, dev-broad); got ${values.set}`);
  process.exit(2);
}
if (!values.dump.length) {
  console.error('give at least one --dump FILE of Wikidata entities');
  process.exit(2);
}
const articles = listGoldArticles(set).map((a) => a.path);
if (!articles.length) {
  console.error(`${set.dir} holds no articles (../shared/corpus is absent): nothing to measure`);
  process.exit(2);
}
const expected = readExpectedLinks(path.join(projectRoot(), 'data', 'wikidata', `${set.name}-expected-qids.json`));
const config = loadConfig();
const located = await locateNeo4j(config, { say: (l) => console.error(l), startedBy: 'eval-linking' });
try {
  const { db } = await openDatabase(config, located.connection);
  try {
    const r = await evaluateLinking(db, { articles, dumps: values.dump, expected });
    if (values.json) console.log(JSON.stringify(r, null, 2));
    else {
      console.log(
        `set ${set.name}: ${articles.length} articles, ${r.entities} entities linked against ${values.dump.join(', ')}`,
      );
      for (const row of r.rows)
        console.log(
          `${row.outcome.padEnd(9)} ${row.name.padEnd(28)} expected ${row.expected ?? '-'} linked ${row.linked ?? '-'}`,
        );
      const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
      console.log(
        `precision ${pct(r.precision)}, recall ${pct(r.recall)} over ${r.rows.length} checked items ` +
          `(${expected.unchecked.length} unchecked, not scored): ${JSON.stringify(r.counts)}`,
      );
    }
  } finally {
    await db.close();
  }
} finally {
  await located.release();
}
