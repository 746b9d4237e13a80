import type { Diagnostic, DocumentMeta } from '../types.ts';
import { parsePublicationDate } from './calendar.ts';
import { publicationTime } from './publication-time.ts';

const FORMATS = '(YYYY-MM-DD, YYYY-MM or DD.MM.YYYY)';

/**
 * The publication date from the metadata, also as a span for undated speech; a date that is not one
 * is ignored with a warning.
 */
export function readPublication(meta: DocumentMeta, diagnostics: Diagnostic[]) {
  const publication = parsePublicationDate(meta.publishedAt);
  if (meta.publishedAt && !publication)
    diagnostics.push({
      level: 'warning',
      message: `publication date "${meta.publishedAt}" is not a valid date ${FORMATS}; ignored`,
    });
  return {
    publication,
    published: publication?.date ?? null,
    publishedAt: publication?.iso ?? null,
    publicationSpan: publicationTime(publication),
  };
}
