import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocuments } from './read-documents.ts';

// The shared corpus sits next to the checkout (../shared) and is not part of the repository;
// CI machines without it skip these checks, and say so.
const devDir = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
const present = existsSync(devDir);
if (!present) console.warn(`[skipped] dev corpus gold offsets: ${devDir} not found`);

interface GoldQuote {
  text: string;
  offsets: number[];
}

const articles = present ? readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(!present)('dev corpus read through readDocuments (needs ../shared/corpus)', () => {
  it('when the dev corpus is present, then it has articles with gold files', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles)('when %s is read, then every gold quote offset points at its text in the body', (name) => {
    const path = devDir + name;
    const [doc] = readDocuments({ path, bytes: readFileSync(path) }, {});
    const gold = JSON.parse(readFileSync(`${devDir}gold/${name.replace(/\.txt$/, '.json')}`, 'utf8')) as { quotes: GoldQuote[] };
    expect(gold.quotes.length).toBeGreaterThan(0);
    for (const q of gold.quotes) {
      for (const start of q.offsets) expect(doc!.body.slice(start, start + q.text.length)).toBe(q.text);
    }
  });

  it.each(articles)('when %s is read, then its front matter fills url and lang', (name) => {
    const path = devDir + name;
    const [doc] = readDocuments({ path, bytes: readFileSync(path) }, {});
    expect(doc!.meta.url).toMatch(/^https:\/\//);
    expect(doc!.meta.lang).toMatch(/^(de|en)$/);
  });
});
