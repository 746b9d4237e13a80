import type { FactModel } from './facts.ts';

export type ConflictKind = 'ROLE' | 'ATTRIBUTION' | 'DATE';

/**
 * ROLE_ENDED: a role given at a time after the source of record says it ended; ROLE_NOT_YET_HELD:
 * given before it began; OTHER_SPEAKER: the same words attributed to someone else; OTHER_DATE: the
 * same statement placed at an event dated differently.
 */
export type ConflictReason = 'ROLE_ENDED' | 'ROLE_NOT_YET_HELD' | 'OTHER_SPEAKER' | 'OTHER_DATE';

/** One account: the facts that say it, each with its sources and spans. */
export interface ConflictSideModel {
  summary: string;
  facts: FactModel[];
}

/** A curator's rank of one of a conflict's facts: what settled it. */
export interface FactRankMarkModel {
  factId: string;
  rank: 'PREFERRED' | 'DEPRECATED';
  reason: string | null;
  by: string | null;
  at: string | null;
}

/** Two accounts that cannot both be true. */
export interface ConflictModel {
  id: string;
  /** empty while open */
  resolution: FactRankMarkModel[];
  kind: ConflictKind;
  reason: ConflictReason;
  summary: string;
  a: ConflictSideModel;
  b: ConflictSideModel;
}
