import { placed } from '../dates/placed.ts';
import { claimIdFor } from '../ids.ts';
import { roundConfidence } from '../round-confidence.ts';
import type { ExtractedClaim, TimeSpan } from '../types.ts';
import type { ClaimDraft } from './find-reported-speech.ts';

export function toClaim(c: ClaimDraft, publication: TimeSpan | null): ExtractedClaim {
  const when = placed(c.when, publication);
  return {
    id: claimIdFor(c.text, c.speaker?.entityId ?? null),
    start: c.start,
    end: c.end,
    text: c.text,
    speaker: c.speaker,
    speakerDescription: c.speakerDescription,
    cue: c.cue,
    quantities: c.quantities.map(({ text, value, unit, approximate }) => ({ text, value, unit, approximate })),
    when: when.time,
    whenBasis: when.basis,
    confidence: roundConfidence(c.confidence),
    attribution: { method: c.method, confidence: roundConfidence(c.confidence) },
  };
}
