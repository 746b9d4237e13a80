// Public surface of the extraction engine.
export { extractDocument, EXTRACTOR, type ExtractOptions } from './extract-document.ts';
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
