// Quote stage: which quoted spans are speech, their kind, and who said them. A quote without its
// own attribution continues the previous speaker (news text quotes one person in a row), and
// failing that the nearest person named before it; both with lower confidence.

import { paragraphIndexOf, sentenceOf, type Context } from '../context.ts';
import { findAttribution } from '../speakers/find-attribution.ts';
import { nearestPersonBefore } from '../speakers/resolve-noun-phrase.ts';
import type { EntityRef, Span } from '../types.ts';
import { isSpeech, quoteKind } from './classify-quote.ts';
import type { QuotedSpan } from './find-quoted-spans.ts';

export interface QuoteDraft {
  quote: QuotedSpan;
  text: string;
  kind: 'direct' | 'fragment';
  speaker: EntityRef | null;
  speakerDescription: string | null;
  cue: string | null;
  cueSpan: Span | null;
  sentence: Span;
  confidence: number;
}

export function extractQuotes(ctx: Context, quoted: QuotedSpan[], descriptions: Map<number, string>): QuoteDraft[] {
  const speech = quoted.filter((q) => isSpeech(ctx, q));
  ctx.speech = speech.map((q) => ({ start: q.start, end: q.end }));
  const drafts: QuoteDraft[] = [];
  for (let i = 0; i < speech.length; i++) {
    const quote = speech[i]!;
    const sentence = sentenceOf(ctx, quote.start) ?? { start: quote.open, end: quote.end };
    const previous = speech[i - 1];
    const next = speech[i + 1];
    const attribution = findAttribution(
      ctx,
      quote,
      sentence,
      {
        previousClose: previous && previous.start >= sentence.start ? (previous.close ?? previous.end) : null,
        nextOpen: next && next.open < sentence.end ? next.open : null,
      },
      descriptions,
    );
    const draft: QuoteDraft = {
      quote,
      text: ctx.body.slice(quote.start, quote.end),
      kind: quoteKind(ctx, quote, sentence.start),
      speaker: attribution?.reading.speaker ?? null,
      speakerDescription: attribution?.reading.description ?? null,
      cue: attribution?.cue ?? null,
      cueSpan: attribution?.cueSpan ?? null,
      sentence,
      confidence: attribution ? attribution.reading.confidence : 0,
    };
    if (!attribution) continueSpeaker(ctx, draft, drafts[drafts.length - 1]);
    if (quote.close === null) draft.confidence *= 0.8;
    drafts.push(draft);
  }
  return drafts;
}

function continueSpeaker(ctx: Context, draft: QuoteDraft, previous: QuoteDraft | undefined): void {
  const here = paragraphIndexOf(ctx, draft.quote.start);
  if (previous && here - paragraphIndexOf(ctx, previous.quote.start) <= 3 && (previous.speaker || previous.speakerDescription)) {
    draft.speaker = previous.speaker;
    draft.speakerDescription = previous.speakerDescription;
    draft.confidence = 0.5;
    return;
  }
  const nearest = nearestPersonBefore(ctx, draft.quote.open);
  const entity = nearest ? ctx.entities.get(nearest) : undefined;
  if (entity) {
    draft.speaker = { name: entity.name, entityId: entity.id };
    draft.confidence = 0.35;
    return;
  }
  ctx.diagnostics.push({ level: 'warning', message: 'quote without a speaker', start: draft.quote.start, end: draft.quote.end });
}
