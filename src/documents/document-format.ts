import { extname } from 'node:path';

export type DocumentFormat = 'text' | 'html' | 'json' | 'jsonl';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

export const STDIN = '-';

/** The format named by the file extension (case-insensitive), or null when unsupported. */
export function formatFromPath(path: string): DocumentFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/**
 * stdin has no extension, so look at the first character: `curl … | quotegraph ingest -` should
 * work for a page or a feed as well as for plain text.
 */
export function sniffFormat(text: string): DocumentFormat {
  const head = text.trimStart();
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      return 'jsonl';
    }
  }
  return 'text';
}
