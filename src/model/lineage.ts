import type { DocumentModel, SourceModel } from './documents.ts';
import type { FactModel } from './facts.ts';

/** How a rendering joined its cluster; ORIGIN for the earliest. */
export type VariantKindModel =
  | 'ORIGIN'
  | 'REPEAT'
  | 'NEAR_DUPLICATE'
  | 'FRAGMENT'
  | 'TRANSLATION'
  | 'PARAPHRASE'
  | 'REPORTED';

/** An outlet a rendering's document names as its source for it. */
export interface LineageCitationModel {
  outletId: string;
  document: DocumentModel;
  cue: string;
  /** the cluster's rendering printed by that outlet, when it holds one */
  rendering: string | null;
}

/** A curator's mark that a rendering's speaker is disputed. */
export interface MisattributionModel {
  reason: string | null;
  by: string | null;
  at: string;
}

/** One rendering of a statement: a Quote or Claim fact with how it was linked. */
export interface QuoteVariantModel {
  quote: FactModel;
  kind: VariantKindModel;
  lang: string;
  confidence: number;
  evidence: string | null;
  /** the rendering whose link brought it in */
  linkedTo: string | null;
  firstSeen: string | null;
  sources: SourceModel[];
  /** the outlets of its documents, the earliest first */
  outlets: string[];
  cites: LineageCitationModel[];
  derivedFrom: string | null;
  after: string[];
  misattributed: MisattributionModel | null;
  curated: boolean;
}

/** Where one language's wording first appeared. */
export interface LanguageFirstModel {
  lang: string;
  quote: FactModel;
  outlets: string[];
  firstSeen: string | null;
}

/** A citation chain: from a rendering's outlet through the outlets it names, as far as the graph knows. */
export interface CitationChainModel {
  from: string;
  outlets: string[];
}

/** The renderings of one statement, the earliest first. */
export interface QuoteClusterModel {
  id: string;
  origin: FactModel;
  firstSeen: string | null;
  variants: QuoteVariantModel[];
  outlets: string[];
  languages: string[];
  firstPrintedBy: string[];
  languageFirsts: LanguageFirstModel[];
  chains: CitationChainModel[];
  summary: string;
}
