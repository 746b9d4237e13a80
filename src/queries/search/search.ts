import type { CypherTx } from '../../db/database.ts';
import type { EntityModel, FactModel, SearchHitModel } from '../../model/index.ts';
import { toEntity } from '../entity/read-entities.ts';
import { toFact } from '../fact/fact-row.ts';

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

/** A page of hits with the entities and facts read for them, for the request's loaders. */
export interface SearchAnswer {
  hits: SearchHitModel[];
  entities: EntityModel[];
  facts: FactModel[];
}

/**
 * The entities linked to a Wikidata item, each a hit of score 1 (an exact key, not a text match)
 * with its id as the snippet.
 */
export async function searchByQid(
  tx: CypherTx,
  qid: string,
  kinds: string[] | null,
  first: number,
): Promise<SearchAnswer> {
  const rows = (await tx.rows('entity/entities-by-wikidata-id', { qid, kinds })).slice(0, first);
  return {
    hits: rows.map((r) => ({ ...noHit, score: 1, entityId: r.id, snippet: qid })),
    entities: rows.map((r) => toEntity(r, null)),
    facts: [],
  };
}

const noHit = { entityId: null, quoteId: null, claimId: null, documentId: null } as const;

/**
 * The best `first` hits in one statement, with what the API answers for each (the entity, the quote
 * or claim, the document; with `withRelated` the entities those name), so nested fields cost no further
 * round trip. Each index is first asked for its few best hits (a 1M-quote graph has tens of thousands of
 * hits for a common word, and reading them all is what made search grow with the graph:
 * docs/benchmarks.md); when the statement finds that a hit past that limit could still belong in the
 * answer, it reads nothing more and it is asked again without a limit, so the answer never depends on
 * the limit.
 */
export async function search(
  tx: CypherTx,
  lucene: string,
  kinds: string[] | null,
  first: number,
  includeRetracted = false,
  withRelated = false,
): Promise<SearchAnswer> {
  const ask = (limit: number | null) =>
    tx.one('search/search', { lucene, kinds, limit, first, includeRetracted, withRelated });
  let row = await ask(first * 2 + 10);
  if (row?.again) row = await ask(null);
  const hits = row?.hits ?? [];
  return {
    hits: hits.map((r): SearchHitModel => {
      const snippet = r.snippet.length > 200 ? `${r.snippet.slice(0, 199)}…` : r.snippet;
      switch (r.what) {
        case 'ENTITY':
          return { ...noHit, score: r.score, snippet, entityId: r.id };
        case 'QUOTE':
          return { ...noHit, score: r.score, snippet, quoteId: r.id };
        case 'CLAIM':
          return { ...noHit, score: r.score, snippet, claimId: r.id };
        case 'DOCUMENT':
          return { ...noHit, score: r.score, snippet, documentId: r.id, document: r.document ?? undefined };
        default: {
          const never: never = r.what;
          throw new Error(`unknown search hit ${String(never)}`);
        }
      }
    }),
    entities: [...hits.flatMap((r) => (r.entity ? [r.entity] : [])), ...(row?.relatedEntities ?? [])].map((e) =>
      toEntity(e, null),
    ),
    facts: hits.flatMap((r) => (r.item ? [toFact(r.item, null)] : [])),
  };
}
