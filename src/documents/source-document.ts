import type { DocumentMeta } from '../extract/types.ts';

/**
 * One article ready for extraction. Every offset the extractor reports is a JavaScript string
 * index into `body`: for .txt/.md the characters after the closing front-matter line exactly as
 * stored (CRLF kept), for .html the rendered article text, for .json/.jsonl the record's text.
 */
export type SourceDocument = { meta: DocumentMeta; body: string };
