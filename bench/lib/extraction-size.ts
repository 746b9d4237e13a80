// Extraction against the size of one text: the corpus's articles joined into one document of about
// 10 KB, 1 MB and 5 MB (a long transcript is that size), each read once on this thread. Seconds per
// MB that stay flat across the sizes mean extraction grows with the text, not faster.
// the pipeline itself, not the public wrapper: the wrapper would switch this process (the bench's, which
// then drives the load phase) to the compact heap; measureCliExtract measures that as users run it
import { extractDocument } from '../../src/extract/extract-document.ts';
import type { CorpusDocument } from '../corpus/generate.ts';
import { round } from './stats.ts';

export interface SizeFigure {
  megabytes: number;
  seconds: number;
  secondsPerMb: number;
  /** this thread's CPU time: on a busy machine wall time also counts the waits for a core */
  cpuSecondsPerMb: number;
  /** the heap after the extraction, its result still held, minus the heap before it */
  heapGrowthMb: number;
  quotes: number;
}

export const TEXT_SIZES = [10_000, 1_000_000, 5_000_000] as const;

/**
 * The sample's articles in one language (the first article's unless given), joined until the text
 * is `size` characters long.
 */
export function joinedText(
  sample: CorpusDocument[],
  size: number,
  lang: string = sample[0]?.meta.lang ?? 'de',
): string {
  const bodies = sample.filter((d) => d.meta.lang === lang).map((d) => d.body);
  if (bodies.length === 0) throw new Error(`joinedText: no articles in ${lang} to join`);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    length += body.length + 2;
  }
  return parts.join('\n\n');
}

export function measureExtractionBySize(sample: CorpusDocument[], sizes: readonly number[] = TEXT_SIZES): SizeFigure[] {
  if (sample.length === 0) throw new Error('measureExtractionBySize: no articles to join');
  // the lexicons load and the code compiles on the first articles, not inside the first figure
  for (const d of sample.slice(0, 30)) extractDocument(d.body, d.meta);
  return sizes.map((size) => {
    const text = joinedText(sample, size);
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const cpu = process.cpuUsage();
    const doc = extractDocument(text, { ...sample[0]!.meta, title: `joined ${size}`, source: `bench:joined-${size}` });
    const seconds = (performance.now() - started) / 1000;
    const cpuUsed = process.cpuUsage(cpu);
    const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const megabytes = text.length / 1e6;
    return {
      megabytes: round(megabytes, 3),
      seconds: round(seconds, 2),
      secondsPerMb: round(seconds / megabytes, 2),
      cpuSecondsPerMb: round(cpuSeconds / megabytes, 2),
      heapGrowthMb: round(heapGrowthMb, 0),
      quotes: doc.quotes.length,
    };
  });
}
