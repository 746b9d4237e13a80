import type { FactModel, QuoteModel } from './facts.ts';

/** Relay page objects: what timeline and quotes return (src/graphql/connection.ts builds them). */
export interface TimelineEdgeModel {
  cursor: string;
  node: FactModel;
}

export interface TimelineConnectionModel {
  edges: TimelineEdgeModel[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  undated: FactModel[];
}

export interface QuoteConnectionModel {
  edges: { cursor: string; node: QuoteModel }[];
  pageInfo: TimelineConnectionModel['pageInfo'];
  totalCount: number;
}
