import { datesIn, type Context } from '../context.ts';
import { placed } from '../dates/placed.ts';
import { eventOfQuote } from '../events/event-of-quote.ts';
import type { EventDraft } from '../events/find-events.ts';
import { quoteIdFor } from '../ids.ts';
import { roundConfidence } from '../round-confidence.ts';
import type { ExtractedEvent, ExtractedQuote, Span, TimeSpan } from '../types.ts';
import type { QuoteDraft } from './extract-quotes.ts';

/**
 * The quotes as the output carries them, each with the event it was said at and when it was said:
 * the event's time, else the first date of its sentence, else the publication (see placed).
 */
export function toQuotes(
  ctx: Context,
  drafts: QuoteDraft[],
  eventDrafts: EventDraft[],
  events: ExtractedEvent[],
  publicationSpan: TimeSpan | null,
  lang: string,
): ExtractedQuote[] {
  const eventOf = eventOfQuote(eventDrafts);
  return drafts.map((draft) => {
    const event = events[eventOf(draft.sentence, draft.speaker?.entityId ?? null, draft.quote.start)] ?? null;
    const textDate = dateOf(ctx, draft.sentence);
    const said = event?.when ? { time: event.when, basis: 'event' as const } : placed(textDate, publicationSpan);
    return {
      start: draft.quote.start,
      end: draft.quote.end,
      text: draft.text,
      kind: draft.kind,
      speaker: draft.speaker,
      speakerDescription: draft.speakerDescription,
      cue: draft.cue,
      event: event?.id ?? null,
      said: said.time,
      saidBasis: said.basis,
      lang,
      confidence: roundConfidence(draft.confidence),
      attribution: { method: draft.method, confidence: roundConfidence(draft.confidence) },
      id: quoteIdFor(draft.text, draft.speaker?.entityId ?? null),
      ...(draft.quote.truncated ? { truncated: true } : {}),
    };
  });
}

function dateOf(ctx: Context, sentence: Span): TimeSpan | null {
  const d = datesIn(ctx, sentence)[0];
  return d ? { edtf: d.edtf, earliest: d.earliest, latest: d.latest, precision: d.precision } : null;
}
