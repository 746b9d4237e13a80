import { assembleDocument } from './assemble-document.ts';
import { readPublication } from './dates/read-publication.ts';
import { sha256 } from './ids.ts';
import type { LanguageChoice } from './text/choose-language.ts';
import type { DocumentMeta, ExtractedDocument } from './types.ts';

/**
 * A document in a language without rules, as it is stored: its metadata, language and text, no facts,
 * and why it was not extracted. No rule of another language is run on it (English rules on French
 * text found "quotes" and "people" that were not there).
 */
export function notExtractedDocument(body: string, meta: DocumentMeta, language: LanguageChoice): ExtractedDocument {
  const diagnostics = [...language.diagnostics];
  const { publishedAt } = readPublication(meta, diagnostics);
  return {
    ...assembleDocument({
      meta,
      documentLang: language.documentLang,
      publishedAt,
      contentHash: sha256(body),
      body,
      quotes: [],
      claims: [],
      entityList: [],
      dates: [],
      events: [],
      reports: [],
      relations: [],
      diagnostics,
    }),
    extracted: false,
    notExtractedReason: language.notExtractedReason,
  };
}
