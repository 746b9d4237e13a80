import type { CypherTx } from '../../db/database.ts';
import type { DocumentModel } from '../../model/index.ts';

export interface DocumentFilter {
  /** a part of the outlet's name, any case */
  outlet: string | null;
  lang: string | null;
  /** false: only documents stored without extraction (no rules for their language); true: only extracted ones */
  extracted: boolean | null;
  /** first known (published, or ingested when undated) on or after / on or before, YYYY-MM-DD */
  from: string | null;
  to: string | null;
}

/** The key a page of documents continues after: the last document's first-known day and id. */
export const documentPageKey = (d: { knownSince: string | null; id: string }): string =>
  JSON.stringify([d.knownSince ?? '', d.id]);

/**
 * Documents oldest first, `first + 1` read (so whether a next page exists is known), after the document
 * the key names; with the total the filter matches.
 */
export async function readDocumentsPage(
  tx: CypherTx,
  filter: DocumentFilter,
  afterKey: string | null,
  first: number,
): Promise<{ total: number; page: DocumentModel[] }> {
  const [afterDay, afterId] = afterKey ? (JSON.parse(afterKey) as [string, string]) : [null, null];
  const where = { ...filter, outlet: filter.outlet?.toLowerCase() ?? null };
  // one after the other: a read runs its statements on one auto-commit session
  const page = await tx.rows('document/documents-page', { ...where, afterDay, afterId, limit: first + 1 });
  const count = await tx.one('document/count-documents', where);
  return { total: count?.n ?? 0, page };
}
