// Keeps data/heldout/gold honest: every quote offset points at its text between quotation marks, and
// every date, report and non-quote surface occurs in the article. The held-out articles are
// invented by the team; npm run eval:extract scores them, labelled as such (src/evaluation).

import { describe, expect, it } from 'vitest';
import { goldSet, listGoldArticles, readGoldArticle, type GoldSetName } from '../evaluation/gold-sets.ts';

// blind/, blind2/ and blind3/: later batches, each written after the rules were tuned on the one before.
const BATCHES: GoldSetName[] = ['heldout', 'blind', 'blind2', 'blind3'];
const files = BATCHES.flatMap((name) => listGoldArticles(goldSet(name)));
const articles = files.map((f) => [f.set === 'heldout' ? f.name : `${f.set}/${f.name}`, f] as const);
const read = (file: (typeof files)[number]) => readGoldArticle(file);

const OPENING = new Set(['„', '“', '"', '»', "'", '‚', '«']);
const CLOSING = new Set(['“', '”', '"', '«', "'", '‘', '»']);

describe('data/heldout corpus', () => {
  it('when the folder is listed, then it holds four German and four English articles', () => {
    const langs = files.filter((f) => f.set === 'heldout').map((f) => read(f).frontMatter.lang);
    expect(langs.filter((l) => l === 'de')).toHaveLength(4);
    expect(langs.filter((l) => l === 'en')).toHaveLength(4);
  });

  it('when every batch is listed, then each has articles with gold', () => {
    for (const name of BATCHES) expect(files.filter((f) => f.set === name).length, name).toBeGreaterThan(0);
  });

  it.each(articles)('when %s is read, then it is marked as invented held-out text of 150–350 words', (_name, file) => {
    const { doc, frontMatter } = read(file);
    expect(frontMatter.sample).toBe(true);
    expect(frontMatter.note).toBe("invented held-out text for evaluating quotegraph's extractor; not real statements");
    const words = doc.body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(350);
  });

  it.each(articles)(
    'when the gold of %s is checked, then every quote offset points at its text between quotation marks',
    (_name, file) => {
      const { doc, gold, name } = read(file);
      expect(gold.article).toBe(name);
      for (const q of gold.quotes) {
        expect(q.offsets).toHaveLength(1);
        const start = q.offsets[0]!;
        const end = start + q.text.length;
        expect(doc.body.slice(start, end)).toBe(q.text);
        expect(OPENING.has(doc.body[start - 1] ?? ''), `opening mark before ${JSON.stringify(q.text)}`).toBe(true);
        // A quote that runs on into the next paragraph has no closing mark at the line end.
        const after = doc.body[end] ?? '\n';
        expect(CLOSING.has(after) || after === '\n', `closing mark after ${JSON.stringify(q.text)}`).toBe(true);
      }
    },
  );

  it.each(articles)(
    'when the gold of %s is checked, then every date, report and non-quote occurs in the body',
    (_name, file) => {
      const { doc, gold } = read(file);
      for (const s of [
        ...gold.dates.map((d) => d.surface),
        ...gold.reports.map((r) => r.surface),
        ...gold.notQuotes.map((n) => n.text),
      ]) {
        expect(doc.body, `missing ${JSON.stringify(s)}`).toContain(s);
      }
      // Every held-out article is dated, so every gold date resolves (the schema checks the format).
      for (const d of gold.dates) expect(d.resolved).toMatch(/^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/);
    },
  );
});
