// Public surface of the documents stage: input files in, SourceDocuments out.
export type { SourceDocument } from './source-document.ts';
export { readDocuments } from './read-documents.ts';
export { readInput, type InputFile } from './read-input.ts';
export { expandPaths, IGNORE_FILE } from './expand-paths.ts';
export { contentHash } from './content-hash.ts';
export { InputError, InputErrorCodes, type InputErrorCode } from './input-error.ts';
export { MAX_DOCUMENT_BYTES } from './decode-text.ts';
export { SUPPORTED_EXTENSIONS, STDIN } from './document-format.ts';
export { publishedDate } from './metadata.ts';
export { fromRecord } from './json-records.ts';
export { isWebAddress } from './web-address.ts';
export { fetchPage, type FetchPageOptions } from './fetch-page.ts';
export { readSource, type ReadSourceOptions } from './read-source.ts';
export { HostGate, pause, DEFAULT_DELAY_S, MAX_PAGE_WAIT_MS, DEFAULT_RETRY_AFTER_MS } from './host-gate.ts';
export { fetchPageAtGate, type GatedPage } from './fetch-page-at-gate.ts';
export { readSourcesPolitely, PAGES_AHEAD, type PoliteReadOptions } from './read-sources-politely.ts';
export {
  httpGet,
  HttpStatusError,
  statusError,
  retryAfterMs,
  contentType,
  DEFAULT_TIMEOUT_MS,
  type HttpAnswer,
  type HttpGetOptions,
} from './http-get.ts';
export { USER_AGENT } from './user-agent.ts';
export type { FileMeta } from './metadata.ts';
