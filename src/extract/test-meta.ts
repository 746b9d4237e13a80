import type { DocumentMeta } from './types.ts';

/** The metadata unit tests give an invented sentence: a language and a publication day, nothing else. */
export function testMeta(lang: string, publishedAt: string | null = '2026-03-04'): DocumentMeta {
  return { source: 'test', title: null, url: null, outlet: null, publishedAt, lang };
}
