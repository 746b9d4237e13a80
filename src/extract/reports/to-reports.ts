import type { ClaimDraft } from '../claims/find-reported-speech.ts';
import { entityName, sentenceOf, type Context } from '../context.ts';
import { reportIdFor } from '../ids.ts';
import type { ExtractedClaim, ExtractedEvent, ExtractedQuote, ExtractedReport, Span } from '../types.ts';
import type { ReportDraft } from './find-reports.ts';

const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * The reports as the output carries them, each about the quotes, claims and events of its
 * sentence; a report tied to no sentence (a byline) is about every quote and claim.
 */
export function toReports(
  ctx: Context,
  drafts: ReportDraft[],
  claimDrafts: ClaimDraft[],
  claims: ExtractedClaim[],
  quotes: ExtractedQuote[],
  events: ExtractedEvent[],
): ExtractedReport[] {
  // what each sentence holds, for the reports about it: one pass over the facts, not one per report
  const inSentence = new Map<number, string[]>();
  const holds = (sentence: Span | null, id: string, span: Span): void => {
    if (!sentence || !within(span, sentence)) return;
    const ids = inSentence.get(sentence.start);
    if (ids) ids.push(id);
    else inSentence.set(sentence.start, [id]);
  };
  for (const [i, c] of claims.entries()) holds(claimDrafts[i]!.sentence, c.id, claimDrafts[i]!.sentence);
  for (const q of quotes) holds(sentenceOf(ctx, q.start), q.id, q);
  for (const e of events) holds(sentenceOf(ctx, e.evidence.start), e.id, e.evidence);
  return drafts.map((r) => {
    const about = r.sentence
      ? (inSentence.get(r.sentence.start) ?? [])
      : [...quotes.map((q) => q.id), ...claims.map((c) => c.id)];
    const unique = [...new Set(about)];
    return {
      id: reportIdFor(r.publisherId, r.when?.edtf ?? null, unique.join(','), ctx.contentHash),
      publisher: { name: entityName(ctx, r.publisherId), entityId: r.publisherId },
      when: r.when,
      about: unique,
      cue: r.cue,
      evidence: r.evidence,
    };
  });
}
