// Public surface of the extraction engine.
import { compactHeapFor } from './compact-heap.ts';
import { extractDocument as runPipeline, type ExtractOptions } from './extract-document.ts';
import type { DocumentMeta, ExtractedDocument } from './types.ts';

export { EXTRACTOR, type ExtractOptions } from './extract-document.ts';

/** One document's quotes, speakers, entities, dates, events, reports and relations (pure; see extract-document.ts). */
export function extractDocument(body: string, meta: DocumentMeta, options: ExtractOptions = {}): ExtractedDocument {
  compactHeapFor(body.length);
  return runPipeline(body, meta, options);
}
export {
  loadAliasTable,
  defaultAliasTable,
  AliasTableError,
  DEFAULT_ALIAS_FILE,
  type AliasTable,
  type AliasEntry,
  type LoadAliasTableOptions,
} from './aliases/alias-table.ts';
export { buildAliasMatcher, type AliasMatcher } from './aliases/alias-matcher.ts';
export { entityIdFor, quoteIdFor, claimIdFor, eventIdFor, reportIdFor, sha256 } from './ids.ts';
export { isValidEdtf } from './dates/time-span.ts';
export type * from './types.ts';
