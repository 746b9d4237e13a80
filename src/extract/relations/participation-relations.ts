import type { ExtractedEvent, ExtractedRelation } from '../types.ts';

/** Each participant of an event took part in it. */
export function participationRelations(events: ExtractedEvent[]): ExtractedRelation[] {
  return events.flatMap((e) =>
    e.participants.map((p) => ({
      type: 'PARTICIPATED_IN' as const,
      from: p,
      to: e.id,
      when: e.when,
      properties: {},
      evidence: e.evidence,
      confidence: 0.6,
    })),
  );
}
