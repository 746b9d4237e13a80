import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusDocument } from '../bench/corpus/generate.ts';
import { buildWorld } from '../bench/corpus/world.ts';
import { extractDocument } from '../src/extract/extract-document.ts';

/** the bench's corpus at a scale, as a list (10k: ~2 000 articles, about a second) */
const corpus = (scale: number, seed: number): CorpusDocument[] => [
  ...generateCorpus(buildWorld(scale, seed), scale, seed),
];
const digest = (docs: CorpusDocument[]): string =>
  createHash('sha256')
    .update(JSON.stringify(docs.map((d) => [d.meta, d.body, d.extracted])))
    .digest('hex');

describe('the benchmark corpus (bench/corpus)', () => {
  const docs = corpus(10_000, 42);

  it('when it is generated twice with one seed, then it is the same articles; another seed gives others', () => {
    expect(digest(corpus(10_000, 42))).toBe(digest(docs));
    expect(digest(corpus(10_000, 7))).not.toBe(digest(docs));
  });

  it(
    'when the 10k corpus is counted, then it has the promised shape: 10 000 distinct quotes, 250 Zipf ' +
      'speakers, 200 outlets, mixed date precision, merged event coverage',
    () => {
      const mentions = docs.flatMap((d) => d.extracted.quotes);
      const distinct = new Set(mentions.map((q) => q.id));
      expect(distinct.size).toBe(10_000);
      expect(docs.length).toBeGreaterThan(1_900);
      expect(docs.length).toBeLessThan(2_200);
      // ~5 % of quote mentions repeat a quote another outlet already carried (one Quote, several sources)
      expect(mentions.length / distinct.size).toBeGreaterThan(1.02);
      expect(mentions.length / distinct.size).toBeLessThan(1.1);
      const world = buildWorld(10_000, 42);
      expect(world.speakers).toHaveLength(250);
      expect(world.outlets).toHaveLength(200);
      // Zipf(1.0) over 250 speakers: the top one says about a sixth of everything, the median one little
      const bySpeaker = new Map<string, number>();
      for (const q of mentions)
        if (q.speaker?.entityId) bySpeaker.set(q.speaker.entityId, (bySpeaker.get(q.speaker.entityId) ?? 0) + 1);
      const counts = [...bySpeaker.values()].sort((a, b) => b - a);
      expect(counts[0]! / mentions.length).toBeGreaterThan(0.1);
      expect(counts[0]! / mentions.length).toBeLessThan(0.25);
      expect(counts[Math.floor(counts.length / 2)]! / counts[0]!).toBeLessThan(0.05);
      // dates: mostly days, a fifth months, some years, and quotes whose year is unknown
      const precision = new Map<string, number>();
      for (const q of mentions)
        precision.set(q.said?.precision ?? 'none', (precision.get(q.said?.precision ?? 'none') ?? 0) + 1);
      const share = (p: string) => (precision.get(p) ?? 0) / mentions.length;
      expect(share('day')).toBeGreaterThan(0.5);
      expect(share('month')).toBeGreaterThan(0.1);
      expect(share('year')).toBeGreaterThan(0.02);
      expect(mentions.some((q) => q.said?.edtf.startsWith('XXXX') && q.said.earliest === null)).toBe(true);
      // ten years of publication; nothing is said after the article that reports it
      for (const d of docs) {
        if (!d.meta.publishedAt) continue;
        expect(d.meta.publishedAt >= '2016-01-01' && d.meta.publishedAt <= '2025-12-31').toBe(true);
        for (const q of d.extracted.quotes)
          if (q.said?.earliest) expect(q.said.earliest <= d.meta.publishedAt).toBe(true);
      }
      expect(docs.filter((d) => !d.meta.publishedAt).length / docs.length).toBeGreaterThan(0.02);
      expect(docs.filter((d) => d.extracted.events.length).length / docs.length).toBeGreaterThan(0.5);
      expect(docs.filter((d) => d.extracted.reports.length).length / docs.length).toBeGreaterThan(0.25);
    },
  );

  it(
    'when an article is read as text and as extraction results, ' +
      "then every quote's span is its text in the body and the extractor finds most of them",
    () => {
      let planted = 0;
      let found = 0;
      for (const d of docs.slice(0, 200)) {
        expect(d.extracted.body).toBe(d.body);
        for (const q of d.extracted.quotes) expect(d.body.slice(q.start, q.end)).toContain(q.text);
        const texts = new Set(extractDocument(d.body, d.meta).quotes.map((q) => q.text));
        planted += d.extracted.quotes.length;
        found += d.extracted.quotes.filter((q) => texts.has(q.text)).length;
      }
      expect(found / planted).toBeGreaterThan(0.5);
    },
  );
});
