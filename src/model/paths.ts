import type { TimeModel } from './time.ts';

/** One hop of a path between entities: the relation, its time and the facts and spans behind it. */
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
