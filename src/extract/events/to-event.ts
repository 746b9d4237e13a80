import { eventIdFor } from '../ids.ts';
import type { ExtractedEvent } from '../types.ts';
import type { EventDraft } from './find-events.ts';

export function toEvent(e: EventDraft, contentHash: string): ExtractedEvent {
  return {
    id: eventIdFor(e.type, e.when?.edtf ?? null, e.participants[0] ?? null, contentHash),
    name: e.name,
    type: e.type,
    when: e.when,
    place: e.place,
    participants: e.participants,
    evidence: e.evidence,
  };
}
