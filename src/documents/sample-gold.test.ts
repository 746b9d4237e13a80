import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldSet, readArticle } from '../evaluation/gold-sets.ts';
import { readGold } from '../evaluation/gold-schema.ts';
import { expandPaths } from './expand-paths.ts';

// Keeps data/sample/gold from rotting: any edit to an article that moves a quote fails here. The
// articles are read as ingest reads them (readDocuments), the gold through the one gold schema.
const sampleDir = goldSet('sample').dir;

const articles = await expandPaths([sampleDir]);
const goldPath = (path: string): string => join(sampleDir, 'gold', `${basename(path, '.txt')}.json`);

const OPENING = new Set(['„', '“', '"', '»', "'", '‚', '«']);
const CLOSING = new Set(['“', '”', '"', '«', "'", '‘', '»']);

describe('data/sample corpus', () => {
  it(
    'when the folder is expanded, ' +
      'then only the articles are listed (gold and readme ignored), each with a gold file',
    () => {
      expect(articles.length).toBeGreaterThanOrEqual(5);
      for (const path of articles) {
        expect(path).toMatch(/\.txt$/);
        expect(existsSync(goldPath(path))).toBe(true);
      }
    },
  );

  it(
    'when the articles are read, ' + 'then they cover both languages, several outlets and dates, and one has no date',
    () => {
      const metas = articles.map((p) => readArticle(p).doc.meta);
      expect(new Set(metas.map((m) => m.lang))).toEqual(new Set(['de', 'en']));
      expect(new Set(metas.map((m) => m.outlet)).size).toBe(metas.length);
      const dates = metas.map((m) => m.publishedAt).filter((d): d is string => d !== null);
      expect(dates).toHaveLength(metas.length - 1);
      expect(new Set(dates).size).toBe(dates.length);
      for (const d of dates) expect(d >= '2026-01-10' && d <= '2026-02-20').toBe(true);
    },
  );

  it.each(articles.map((p) => [basename(p), p]))(
    'when %s is read, then it is marked as invented sample text',
    (_name, path) => {
      const { doc, frontMatter } = readArticle(path);
      expect(frontMatter.sample).toBe(true);
      expect(frontMatter.note).toMatch(
        /^invented sample text for testing; quotes are paraphrases, not real statements/,
      );
      expect(doc.meta.url).toMatch(/^https:\/\/sample\.quotegraph\.invalid\//);
      expect(doc.meta.title).toBeTruthy();
      expect(doc.body.split('\n')[0]).toMatch(/^(Beispieltext|Sample text): /);
      const words = doc.body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(400);
    },
  );

  it.each(articles.map((p) => [basename(p), p]))(
    'when the gold of %s is checked, then every quote offset points at its text between quotation marks',
    (_name, path) => {
      const { doc } = readArticle(path);
      const gold = readGold(goldPath(path));
      expect(gold.article).toBe(basename(path));
      expect(gold.quotes.length).toBeGreaterThan(0);
      for (const q of gold.quotes) {
        expect(q.offsets).toHaveLength(1);
        const start = q.offsets[0]!;
        const end = start + q.text.length;
        expect(doc.body.slice(start, end)).toBe(q.text);
        expect(OPENING.has(doc.body[start - 1] ?? ''), `opening mark before ${JSON.stringify(q.text)}`).toBe(true);
        // The dev gold leaves a trailing comma out of the quote text ("…the case,” Rubio said).
        const after = doc.body[end] === ',' ? doc.body[end + 1] : doc.body[end];
        expect(CLOSING.has(after ?? ''), `closing mark after ${JSON.stringify(q.text)}`).toBe(true);
      }
    },
  );

  it.each(articles.map((p) => [basename(p), p]))(
    'when the gold of %s is checked, then every cue, date, report and non-quote occurs in the body',
    (_name, path) => {
      const { doc } = readArticle(path);
      const gold = readGold(goldPath(path));
      const surfaces = [
        ...gold.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
        ...gold.reported.flatMap((r) => (r.cue ? [r.cue] : [])),
        ...gold.dates.map((d) => d.surface),
        ...gold.reports.map((r) => r.surface),
        ...gold.notQuotes.map((n) => n.text),
      ];
      for (const s of surfaces) expect(doc.body, `missing ${JSON.stringify(s)}`).toContain(s);
      const undated = doc.meta.publishedAt === null;
      for (const d of gold.dates) {
        if (undated) expect(d.resolved, `${d.surface} cannot have a year without a publication date`).toBeNull();
        else expect(d.resolved).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
    },
  );
});
