import type { EntityKind } from './resolvers-types.generated.ts';

/**
 * The shapes resolvers really return (codegen maps the schema types onto these): what the Cypher
 * projections produce, plus the asOf of the root query so nested lookups answer "as of" the same day.
 */
export interface DocumentModel {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  lang: string | null;
  publishedAt: string | null;
  knownSince: string | null;
  /** absent when the document came as a summary inside a source; loaded on demand */
  text?: string | null;
}

export interface SourceModel {
  document: DocumentModel;
  start: number | null;
  end: number | null;
  confidence: number | null;
  excerpt: string | null;
  cue: string | null;
  extractor: string | null;
  /** the attribution's sieve stage (quotes and claims ingested by extractor 0.2.0 or later) */
  method?: string | null;
}

export interface EntityModel {
  __typename: EntityTypeName;
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  asOf: string | null;
}

export type EntityTypeName = 'Person' | 'Organization' | 'Country' | 'Alliance' | 'MediaOutlet' | 'GovernmentBody' | 'CommandPost' | 'Place';

/** The raw time of a fact: EDTF and bounds as stored; TimeSpan is derived from it. */
export interface TimeModel {
  edtf: string | null;
  earliest: string | null;
  latest: string | null;
  precision: string | null;
}

export interface RetractionModel {
  reason: string;
  at: string;
  by: string | null;
}

interface FactBase extends TimeModel {
  id: string;
  /** quotes and claims: 'text' | 'event' | 'publication' (null: no time, or stored before bases, i.e. text) */
  basis: string | null;
  knownSince: string | null;
  sources: SourceModel[];
  asOf: string | null;
  retraction: RetractionModel | null;
}

export interface QuoteModel extends FactBase {
  __typename: 'Quote';
  text: string;
  lang: string | null;
  kind: string | null;
  speakerId: string | null;
  speakerDescription: string | null;
  eventId: string | null;
}

export interface ClaimModel extends FactBase {
  __typename: 'Claim';
  text: string;
  lang: string | null;
  speakerId: string | null;
  speakerDescription: string | null;
  quantities: string[];
  aboutIds: string[];
}

export interface EventModel extends FactBase {
  __typename: 'Event';
  name: string | null;
  type: string | null;
  placeId: string | null;
}

export interface ReportModel extends FactBase {
  __typename: 'Report';
  publisherId: string | null;
  cue: string | null;
}

export interface RoleChangeModel extends FactBase {
  __typename: 'RoleChange';
  personId: string;
  organizationId: string;
  role: string | null;
}

export type FactModel = QuoteModel | ClaimModel | EventModel | ReportModel | RoleChangeModel;

export interface PathEdgeModel {
  fromId: string;
  toId: string;
  relation: string;
  time: TimeModel | null;
  factIds: string[];
  /** evidence strings of relations between entities ("docId|start|end|extractor|confidence") */
  evidence: string[];
  weight: number | null;
  asOf: string | null;
}

export interface PathModel {
  length: number;
  weight: number | null;
  edges: PathEdgeModel[];
}

export interface InfluenceScoreModel {
  entityId: string;
  score: number;
  rank: number;
  why: PathModel[];
}

export interface CoMentionModel {
  entityId: string;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  documents: DocumentModel[];
}

export interface SearchHitModel {
  score: number;
  entityId: string | null;
  quoteId: string | null;
  claimId: string | null;
  snippet: string;
}

export interface DocumentSpanModel {
  kind: 'QUOTE' | 'CLAIM' | 'EVENT' | 'REPORT' | 'MENTION';
  start: number;
  end: number;
  /** cut from Document.text by the API, not read per span from Neo4j (see document-spans.cypher) */
  text: string;
  factId: string | null;
  entityId: string | null;
}

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
