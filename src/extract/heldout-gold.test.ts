// Keeps data/heldout/gold honest: every quote offset points at its text between quotation marks, and
// every date, report and non-quote surface occurs in the article. The held-out articles measure how
// the extractor does on text its rules were not written against (scripts/eval-extract.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './text/front-matter.ts';

const dir = fileURLToPath(new URL('../../data/heldout/', import.meta.url));

interface Gold {
  article: string;
  quotes: { text: string; offsets: number[] }[];
  dates: { surface: string; resolved: string | null }[];
  reports: { outlet: string; surface: string }[];
  notQuotes: { text: string }[];
}

const root = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
// blind/, blind2/ and blind3/: later batches, each written after the rules were tuned on the one before.
const batch = (name: string): string[] => readdirSync(join(dir, name)).filter((n) => n.endsWith('.txt')).sort().map((n) => `${name}/${n}`);
const articles = [...root, ...batch('blind'), ...batch('blind2'), ...batch('blind3')];
const read = (name: string) => {
  const { body, frontMatter } = splitFrontMatter(readFileSync(join(dir, name), 'utf8'));
  const goldPath = name.replace(/([^/]+)\.txt$/, 'gold/$1.json');
  const gold = JSON.parse(readFileSync(join(dir, goldPath), 'utf8')) as Gold;
  return { body, frontMatter, gold };
};

const OPENING = new Set(['„', '“', '"', '»', "'", '‚', '«']);
const CLOSING = new Set(['“', '”', '"', '«', "'", '‘', '»']);

describe('data/heldout corpus', () => {
  it('when the folder is listed, then it holds four German and four English articles', () => {
    const langs = root.map((n) => read(n).frontMatter.lang);
    expect(langs.filter((l) => l === 'de')).toHaveLength(4);
    expect(langs.filter((l) => l === 'en')).toHaveLength(4);
  });

  it.each(articles)('when %s is read, then it is marked as invented held-out text of 150–350 words', (name) => {
    const { body, frontMatter } = read(name);
    expect(frontMatter.sample).toBe(true);
    expect(frontMatter.note).toBe("invented held-out text for evaluating quotegraph's extractor; not real statements");
    const words = body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(350);
  });

  it.each(articles)('when the gold of %s is checked, then every quote offset points at its text between quotation marks', (name) => {
    const { body, gold } = read(name);
    expect(gold.article).toBe(name.replace(/^blind\d?\//, ''));
    for (const q of gold.quotes) {
      expect(q.offsets).toHaveLength(1);
      const start = q.offsets[0]!;
      const end = start + q.text.length;
      expect(body.slice(start, end)).toBe(q.text);
      expect(OPENING.has(body[start - 1] ?? ''), `opening mark before ${JSON.stringify(q.text)}`).toBe(true);
      // A quote that runs on into the next paragraph has no closing mark at the line end.
      const after = body[end] ?? '\n';
      expect(CLOSING.has(after) || after === '\n', `closing mark after ${JSON.stringify(q.text)}`).toBe(true);
    }
  });

  it.each(articles)('when the gold of %s is checked, then every date, report and non-quote occurs in the body', (name) => {
    const { body, gold } = read(name);
    for (const s of [...gold.dates.map((d) => d.surface), ...gold.reports.map((r) => r.surface), ...gold.notQuotes.map((n) => n.text)]) {
      expect(body, `missing ${JSON.stringify(s)}`).toContain(s);
    }
    for (const d of gold.dates) expect(d.resolved).toMatch(/^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/);
  });
});
