import { describe, expect, it } from 'vitest';
import { GOLD_SETS, listGoldArticles, readGoldArticle } from '../evaluation/gold-sets.ts';

// The real corpus sits next to the checkout (../shared/corpus) and is not part of the repository;
// machines without it skip these checks, and say so. Reading through readDocuments (as ingest
// does) and finding every gold offset proves the body the extractor sees is the one annotated.
for (const set of GOLD_SETS.filter((s) => s.origin === 'real')) {
  const files = listGoldArticles(set);
  if (files.length === 0) console.warn(`[skipped] ${set.name} corpus gold offsets: no gold under ${set.dir}`);

  describe.skipIf(files.length === 0)(`${set.name} corpus read through readDocuments (needs ../shared/corpus)`, () => {
    it.each(files.map((f) => [f.name, f] as const))(
      'when %s is read, then every gold quote offset points at its text in the body',
      (_name, file) => {
        const { doc, gold } = readGoldArticle(file);
        expect(gold.quotes.length).toBeGreaterThan(0);
        for (const q of gold.quotes) {
          for (const start of q.offsets) expect(doc.body.slice(start, start + q.text.length)).toBe(q.text);
        }
      },
    );

    it.each(files.map((f) => [f.name, f] as const))(
      'when %s is read, then every date and report offset the gold gives points at its surface',
      (_name, file) => {
        const { doc, gold } = readGoldArticle(file);
        for (const item of [...gold.dates, ...gold.reports]) {
          if (item.offset !== undefined)
            expect(doc.body.slice(item.offset, item.offset + item.surface.length)).toBe(item.surface);
        }
      },
    );

    it.each(files.map((f) => [f.name, f] as const))(
      'when %s is read, then its front matter fills url and lang',
      (_name, file) => {
        const { doc } = readGoldArticle(file);
        expect(doc.meta.url).toMatch(/^https?:\/\//);
        expect(doc.meta.lang).toMatch(/^(de|en)$/);
      },
    );
  });
}
