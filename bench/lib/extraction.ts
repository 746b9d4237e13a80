// Extraction alone: extractDocument over a sample of the corpus's text articles on this one thread
// (one core), after a warm-up. Also reports how many planted quotes the extractor found, as a
// check that the generated text is the kind of text it reads.
import { extractDocument } from '../../src/extract/index.ts';
import type { CorpusDocument } from '../corpus/generate.ts';
import { round, summarize, type Summary } from './stats.ts';

export interface ExtractionFigures {
  articles: number;
  articlesPerSec: number;
  charsPerSec: number;
  perArticleMs: Summary;
  /** quotes extractDocument found / quotes the generator planted */
  quoteRecall: number;
}

export function measureExtraction(sample: CorpusDocument[], warmup = 30): ExtractionFigures {
  for (const d of sample.slice(0, warmup)) extractDocument(d.body, d.meta);
  const times: number[] = [];
  let found = 0;
  let planted = 0;
  let chars = 0;
  const started = performance.now();
  for (const d of sample) {
    const t = performance.now();
    const x = extractDocument(d.body, d.meta);
    times.push(performance.now() - t);
    const ids = new Set(x.quotes.map((q) => q.text));
    found += d.extracted.quotes.filter((q) => ids.has(q.text)).length;
    planted += d.extracted.quotes.length;
    chars += d.body.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    articles: sample.length,
    articlesPerSec: round(sample.length / seconds, 1),
    charsPerSec: round(chars / seconds, 0),
    perArticleMs: summarize(times),
    quoteRecall: round(found / Math.max(1, planted), 3),
  };
}
