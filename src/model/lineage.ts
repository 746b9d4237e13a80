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
}

/** The renderings of one statement, the earliest first. */
export interface QuoteClusterModel {
  id: string;
  origin: FactModel;
  firstSeen: string | null;
  variants: QuoteVariantModel[];
  outlets: string[];
  languages: string[];
}
