// Splits "---\nyaml\n---\nbody" as used by the corpus and data/sample. Offsets of extraction
// results are indices into the returned body.

import { parse } from 'yaml';
import type { DocumentMeta } from '../types.ts';

export interface SplitDocument {
  body: string;
  frontMatter: Record<string, unknown>;
  error: string | null;
}

export function splitFrontMatter(raw: string): SplitDocument {
  const text = raw.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text, frontMatter: {}, error: null };
  try {
    const parsed: unknown = parse(match[1] ?? '');
    const frontMatter = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    return { body: text.slice(match[0].length), frontMatter, error: null };
  } catch (error) {
    return { body: text.slice(match[0].length), frontMatter: {}, error: (error as Error).message };
  }
}

function str(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function metaFromFrontMatter(source: string, frontMatter: Record<string, unknown>): DocumentMeta {
  return {
    source,
    title: str(frontMatter.title),
    url: str(frontMatter.url),
    outlet: str(frontMatter.outlet),
    publishedAt: str(frontMatter.published ?? frontMatter.publishedAt ?? frontMatter.date),
    lang: str(frontMatter.lang),
  };
}
