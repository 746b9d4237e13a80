import type { FactModel, QuoteModel } from './facts.ts';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Relay page objects: what timeline and quotes return (src/graphql/connection.ts builds their edges and pageInfo). */
export interface TimelineEdgeModel {
  cursor: string;
  node: FactModel;
}

export interface TimelineConnectionModel {
  edges: TimelineEdgeModel[];
  pageInfo: PageInfo;
  totalCount: number;
  undated: FactModel[];
}

export interface QuoteConnectionModel {
  edges: { cursor: string; node: QuoteModel }[];
  pageInfo: PageInfo;
  totalCount: number;
}
