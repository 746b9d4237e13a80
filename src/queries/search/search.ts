import type { CypherTx } from '../../db/database.ts';
import type { SearchHitModel } from '../../model/index.ts';
import type { SearchHit } from '../../db/row-types.ts';

/**
 * The user's words as a Lucene query: every Lucene operator character escaped, each word matched
 * as itself or as a prefix, all words required. Lower-cased, so AND/OR/NOT are words, not operators
 * (the analyzers lower-case the index anyway). Returns null when no word is left.
 */
export function toLucene(text: string): string | null {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s]+/u)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return null;
  return words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
}

/** A Wikidata QID (Q324546) when the whole query is one, else null. */
export function asQid(text: string): string | null {
  const m = /^\s*(Q[1-9]\d*)\s*$/i.exec(text);
  return m ? m[1]!.toUpperCase() : null;
}

/**
 * The entities linked to a Wikidata item, each a hit of score 1 (an exact key, not a text match)
 * with its id as the snippet.
 */
export async function searchByQid(tx: CypherTx, qid: string, kinds: string[] | null, first: number) {
  const rows = await tx.rows('entity/entities-by-wikidata-id', { qid, kinds });
  return rows.slice(0, first).map(
    (r): SearchHitModel => ({
      score: 1,
      entityId: r.id,
      quoteId: null,
      claimId: null,
      documentId: null,
      snippet: qid,
    }),
  );
}

type Part = { part: number; read: number; floor: number | null; hits: SearchHit[] };

/**
 * Best first; among equal scores, entity names before German before English statements before documents
 * not extracted, and within an
 * index in the index's own order. Each index is first asked for its few best hits (a 1M-quote graph
 * has tens of thousands of hits for a common word, and reading them all is what made search grow with
 * the graph: docs/benchmarks.md); when a hit past that limit could still belong in the answer (too few
 * kept after filtering, or an index's lowest score read is not below the answer's last), every index is
 * asked again without a limit, so the answer never depends on the limit.
 */
export async function search(
  tx: CypherTx,
  lucene: string,
  kinds: string[] | null,
  first: number,
  includeRetracted = false,
): Promise<SearchHitModel[]> {
  const limit = first * 2 + 10;
  const ask = (options: { limit?: number }) => tx.rows('search/search', { lucene, kinds, options, includeRetracted });
  let parts = await ask({ limit });
  let answer = best(parts, first);
  if (parts.some((p) => p.read >= limit && mayHide(p, answer, first))) {
    parts = await ask({});
    answer = best(parts, first);
  }
  return answer.map(({ hit: r }) => ({
    score: r.score,
    entityId: r.what === 'ENTITY' ? r.id : null,
    quoteId: r.what === 'QUOTE' ? r.id : null,
    claimId: r.what === 'CLAIM' ? r.id : null,
    documentId: r.what === 'DOCUMENT' ? r.id : null,
    snippet: r.snippet.length > 200 ? `${r.snippet.slice(0, 199)}…` : r.snippet,
  }));
}

interface Ranked {
  hit: SearchHit;
  part: number;
  rank: number;
}

function best(parts: Part[], first: number): Ranked[] {
  const all = parts.flatMap((p) => p.hits.map((hit, rank) => ({ hit, part: p.part, rank })));
  all.sort((a, b) => b.hit.score - a.hit.score || a.part - b.part || a.rank - b.rank);
  return all.slice(0, first);
}

/** Whether a hit of a truncated index, unread (score at most its floor), could outrank a row of the answer. */
function mayHide(p: Part, answer: Ranked[], first: number): boolean {
  if (answer.length < first || p.floor === null) return true;
  const last = answer[answer.length - 1]!.hit.score;
  if (p.floor > last) return true;
  return p.floor === last && answer.some((r) => r.hit.score === last && r.part > p.part);
}
