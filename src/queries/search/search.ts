import type { CypherTx } from '../../db/database.ts';
import type { SearchHitModel } from '../../graphql/models.mappers.ts';

/**
 * The user's words as a Lucene query: every Lucene operator character escaped, each word matched
 * as itself or as a prefix, all words required. Lower-cased, so AND/OR/NOT are words, not operators
 * (the analyzers lower-case the index anyway). Returns null when no word is left.
 */
export function toLucene(text: string): string | null {
  const words = text.normalize('NFC').toLowerCase().split(/[\s]+/u).map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return null;
  return words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
}

export async function search(tx: CypherTx, lucene: string, kinds: string[] | null, first: number, includeRetracted = false): Promise<SearchHitModel[]> {
  const rows = await tx.rows<{ id: string; what: 'ENTITY' | 'QUOTE' | 'CLAIM'; score: number; snippet: string }>('search/search', { lucene, kinds, first, includeRetracted });
  return rows.map((r) => ({
    score: r.score,
    entityId: r.what === 'ENTITY' ? r.id : null,
    quoteId: r.what === 'QUOTE' ? r.id : null,
    claimId: r.what === 'CLAIM' ? r.id : null,
    snippet: r.snippet.length > 200 ? `${r.snippet.slice(0, 199)}…` : r.snippet,
  }));
}
