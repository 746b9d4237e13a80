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

/** Two accounts that cannot both be true. */
export interface ConflictModel {
  id: string;
  kind: ConflictKind;
  reason: ConflictReason;
  summary: string;
  a: ConflictSideModel;
  b: ConflictSideModel;
}
