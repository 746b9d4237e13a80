// `npm run bench:extract-size`: only the extraction-by-size figures of the bench (no Neo4j), on the
// bench's seeded corpus: seconds per MB for one text of ~10 KB, 1 MB and 5 MB.
import { generateCorpus, type CorpusDocument } from './corpus/generate.ts';
import { buildWorld } from './corpus/world.ts';
import { measureExtractionBySize } from './lib/extraction-size.ts';
import { take } from './lib/iterate.ts';

const world = buildWorld(10_000, 42);
const sample: CorpusDocument[] = [...take(generateCorpus(world, 10_000, 42), 300)];
for (const f of measureExtractionBySize(sample)) {
  console.log(`${f.megabytes} MB: ${f.seconds} s = ${f.secondsPerMb} s/MB (CPU ${f.cpuSecondsPerMb} s/MB), heap +${f.heapGrowthMb} MB, ${f.quotes} quotes`);
}
