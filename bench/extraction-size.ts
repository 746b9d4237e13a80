// `npm run bench:extract-size`: only the extraction figures of the bench (no Neo4j), on the bench's
// seeded corpus: articles per second on one core, and seconds per MB for one text of ~10 KB, 1 MB
// and 5 MB; and `quotegraph extract` on a 5 MB text in each language as its own process, with its
// peak memory.
import { generateCorpus, type CorpusDocument } from './corpus/generate.ts';
import { buildWorld } from './corpus/world.ts';
import { measureExtraction } from './lib/extraction.ts';
import { joinedText, measureExtractionBySize } from './lib/extraction-size.ts';
import { measureCliExtract } from './lib/cli-peak-rss.ts';
import { take } from './lib/iterate.ts';

const world = buildWorld(10_000, 42);
const sample: CorpusDocument[] = [...take(generateCorpus(world, 10_000, 42), 300)];
const perArticle = measureExtraction(sample);
console.log(
  `${perArticle.articles} articles: ${perArticle.articlesPerSec} articles/s on one core (median ` +
    `${perArticle.perArticleMs.median} ms; quote recall ${perArticle.quoteRecall})`,
);
for (const f of measureExtractionBySize(sample)) {
  console.log(
    `${f.megabytes} MB: ${f.seconds} s = ${f.secondsPerMb} s/MB (CPU ${f.cpuSecondsPerMb} s/MB), ` +
      `heap +${f.heapGrowthMb} MB, ${f.quotes} quotes`,
  );
}
for (const lang of ['de', 'en']) {
  const f = measureCliExtract(joinedText(sample, 5_000_000, lang));
  console.log(
    `quotegraph extract, one ${f.megabytes} MB ${lang} text, --format json: ${f.seconds} s, peak RSS ` +
      `${f.peakRssMb} MB (targets < 10 s, < 300 MB)`,
  );
}
