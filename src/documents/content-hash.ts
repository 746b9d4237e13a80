import { createHash } from 'node:crypto';

/** sha256 hex of the body's UTF-8 bytes: the loader's "same document, nothing to do" key. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
