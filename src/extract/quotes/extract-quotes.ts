// Quote stage: which quoted spans are speech, their kind, and who said them. A quote without its
// own attribution belongs to the reported speech right before it in the paragraph ("…, räumte Reiter
// ein. Das Wort sei „fast ein Tabu“ gewesen."), else continues the previous speaker (news text quotes
// one person in a row), and failing that the nearest person named before it; all with lower
// confidence. A quote left open at a paragraph end runs on into the next paragraph's quote and
// shares its attribution.

import { paragraphIndexOf, sentenceOf, type Context } from '../context.ts';
import { beforeClause, findAttribution, type AttributionMethod } from '../speakers/find-attribution.ts';
import { nearestPersonBefore } from '../speakers/resolve-noun-phrase.ts';
import type { EntityRef, Span } from '../types.ts';
import { isSpeech, quoteKind } from './classify-quote.ts';
import type { QuotedSpan } from './find-quoted-spans.ts';
import { indexOfSpanAt, spansWithin } from '../text/span-lookup.ts';

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
  /** the sieve stage that found the speaker */
  method: AttributionMethod;
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
      method: attribution?.method ?? 'none',
    };
    if (!attribution) continueSpeaker(ctx, draft, drafts[drafts.length - 1], descriptions);
    if (quote.close === null) draft.confidence *= 0.8;
    drafts.push(draft);
  }
  runOnQuotes(ctx, drafts);
  return drafts;
}

/** „Erster Absatz …⏎„Zweiter Absatz“, sagte sie: the open first part is said by whoever says the second. */
function runOnQuotes(ctx: Context, drafts: QuoteDraft[]): void {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const draft = drafts[i]!;
    const next = drafts[i + 1]!;
    if (
      draft.quote.close !== null ||
      draft.quote.truncated ||
      draft.cue !== null ||
      !(next.speaker || next.speakerDescription)
    )
      continue;
    const paragraph = ctx.paragraphs[paragraphIndexOf(ctx, draft.quote.start) + 1];
    if (!paragraph || paragraph.start !== next.quote.open) continue;
    draft.speaker = next.speaker;
    draft.speakerDescription = next.speakerDescription;
    draft.confidence = Math.max(draft.confidence, next.confidence * 0.8);
    draft.method = 'run-on-paragraph';
  }
}

/**
 * The attribution of reported speech before the quote, when no quote came in between: the sentence
 * before in the same paragraph, or, for a quote that opens its paragraph, the last attributed
 * sentence of the paragraph before ("…, sagte der Marineinspekteur dem Radiosender. Nun bekomme sie
 * den Auftrag.⏎„Mit vier Fregatten …“").
 */
function reportedBefore(
  ctx: Context,
  draft: QuoteDraft,
  previous: QuoteDraft | undefined,
  descriptions: Map<number, string>,
): boolean {
  const index = indexOfSpanAt(ctx.sentences, draft.sentence.start);
  const here = paragraphIndexOf(ctx, draft.quote.start);
  const opensParagraph = ctx.paragraphs[here]?.start === draft.quote.open;
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const before = ctx.sentences[i]!;
    const paragraph = paragraphIndexOf(ctx, before.start);
    if (paragraph !== here && !(opensParagraph && paragraph === here - 1)) return false;
    if (previous && previous.quote.start >= before.start) return false;
    if (spansWithin(ctx.speech, before).length > 0) return false;
    const attribution = beforeClause(ctx, before.start, before.end, descriptions);
    if (attribution) {
      draft.speaker = attribution.reading.speaker;
      draft.speakerDescription = attribution.reading.description;
      draft.confidence = attribution.reading.confidence * 0.6;
      draft.method = 'reported-speech-before';
      return true;
    }
  }
  return false;
}

function continueSpeaker(
  ctx: Context,
  draft: QuoteDraft,
  previous: QuoteDraft | undefined,
  descriptions: Map<number, string>,
): void {
  if (reportedBefore(ctx, draft, previous, descriptions)) return;
  const here = paragraphIndexOf(ctx, draft.quote.start);
  if (
    previous &&
    here - paragraphIndexOf(ctx, previous.quote.start) <= 3 &&
    (previous.speaker || previous.speakerDescription)
  ) {
    draft.speaker = previous.speaker;
    draft.speakerDescription = previous.speakerDescription;
    draft.confidence = 0.5;
    draft.method = 'previous-speaker';
    return;
  }
  const nearest = nearestPersonBefore(ctx, draft.quote.open);
  const entity = nearest ? ctx.entities.get(nearest) : undefined;
  if (entity) {
    draft.speaker = { name: entity.name, entityId: entity.id };
    draft.confidence = 0.35;
    draft.method = 'nearest-person';
    return;
  }
  ctx.diagnostics.push({
    level: 'warning',
    message: 'quote without a speaker',
    start: draft.quote.start,
    end: draft.quote.end,
  });
}
