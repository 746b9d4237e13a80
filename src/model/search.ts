/** One full-text hit: an entity, a quote or a claim, with the matching snippet. */
export interface SearchHitModel {
  score: number;
  entityId: string | null;
  quoteId: string | null;
  claimId: string | null;
  snippet: string;
}
