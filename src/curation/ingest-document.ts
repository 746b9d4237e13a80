import type { Database } from '../db/database.ts';
import { readDocuments } from '../documents/index.ts';
import { isLanguageTag } from '../documents/metadata.ts';
import { badInput } from '../errors/app-error.ts';
import { extractDocument } from '../extract/index.ts';
import type { DocumentMeta } from '../extract/types.ts';
import { documentRows } from '../ingest/document-rows.ts';
import { writeDocument } from '../ingest/write-document.ts';
import { recordAudit } from './audit.ts';
import { optionalText, textArg } from './validate.ts';

export const MAX_INGEST_CHARS = 1_000_000;

export interface IngestInput {
  text: string;
  format?: 'TEXT' | 'MARKDOWN' | 'HTML' | null;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  lang?: string | null;
  publishedAt?: string | null;
  dryRun?: boolean | null;
}

export interface IngestOutcome {
  documentId: string;
  status: 'CREATED' | 'REPLACED' | 'UNCHANGED' | 'DRY_RUN';
  quotes: number;
  claims: number;
  entities: number;
  relations: number;
}

const extensions = { TEXT: 'txt', MARKDOWN: 'md', HTML: 'html' } as const;

/**
 * The CLI's pipeline (documents stage -> extraction -> writeDocument) for one article sent over
 * GraphQL; the document and its audit entry are written in one transaction.
 */
export async function ingestFromApi(db: Database, who: string, input: IngestInput): Promise<IngestOutcome> {
  const text = textArg('input.text', input.text, MAX_INGEST_CHARS, { multiline: true });
  const overrides: Partial<DocumentMeta> = {};
  const title = optionalText('input.title', input.title, 500);
  if (title) overrides.title = title;
  const url = optionalText('input.url', input.url, 2000);
  if (url) {
    if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url)) throw badInput('input.url', 'must be an http(s) URL');
    overrides.url = url;
  }
  const outlet = optionalText('input.outlet', input.outlet, 200);
  if (outlet) overrides.outlet = outlet;
  if (input.lang !== null && input.lang !== undefined) {
    // de and en are extracted; a document in another language is stored with its text, marked not extracted
    if (!isLanguageTag(input.lang)) throw badInput('input.lang', 'give a language code (de, en, fr …)');
    overrides.lang = input.lang;
  }
  if (input.publishedAt) overrides.publishedAt = input.publishedAt; // the Date scalar refused non-dates
  const [doc] = readDocuments(
    { path: `graphql-input.${extensions[input.format ?? 'TEXT']}`, bytes: Buffer.from(text, 'utf8') },
    overrides,
  );
  if (!doc) throw badInput('input.text', 'no document in the text');
  const extracted = extractDocument(doc.body, doc.meta);
  if (input.dryRun) {
    const rows = documentRows(extracted);
    return {
      documentId: rows.doc.id,
      status: 'DRY_RUN',
      quotes: rows.quotes.length,
      claims: rows.claims.length,
      entities: rows.entities.length,
      relations: rows.relations.length,
    };
  }
  const r = await db.write(async (tx) => {
    const result = await writeDocument(tx, extracted);
    if (result.status !== 'unchanged') {
      await recordAudit(tx, {
        who,
        operation: 'ingestDocument',
        target: result.documentId,
        before: result.status === 'replaced' ? { id: result.documentId, replaced: true } : null,
        after: {
          id: result.documentId,
          url: extracted.url,
          title: extracted.title,
          contentHash: extracted.contentHash,
          ...result,
        },
      });
    }
    return result;
  }, 'curation/ingest-document');
  return {
    documentId: r.documentId,
    status: r.status === 'created' ? 'CREATED' : r.status === 'replaced' ? 'REPLACED' : 'UNCHANGED',
    quotes: r.quotes,
    claims: r.claims,
    entities: r.entities,
    relations: r.relations,
  };
}
