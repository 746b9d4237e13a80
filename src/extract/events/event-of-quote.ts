// Which event a quote belongs to: an event in its sentence, else the last earlier event its speaker
// took part in. Looked up by sentence and by speaker instead of a pass over all events per quote,
// which made long transcripts quadratic.

import type { Span } from '../types.ts';
import type { EventDraft } from './find-events.ts';

/** the position in the drafts of the quote's event, or -1 */
export type EventOfQuote = (sentence: Span, speakerId: string | null, at: number) => number;

/** `drafts` in the order findEvents gives them (by where their evidence starts). */
export function eventOfQuote(drafts: readonly EventDraft[]): EventOfQuote {
  const firstInSentence = new Map<number, number>();
  const bySpeaker = new Map<string, number[]>();
  let sorted = true;
  drafts.forEach((d, i) => {
    if (!firstInSentence.has(d.sentence.start)) firstInSentence.set(d.sentence.start, i);
    for (const p of new Set(d.participants)) {
      const list = bySpeaker.get(p);
      if (list) list.push(i);
      else bySpeaker.set(p, [i]);
    }
    if (i > 0 && drafts[i - 1]!.evidence.start > d.evidence.start) sorted = false;
  });
  return (sentence, speakerId, at) => {
    const inSentence = firstInSentence.get(sentence.start);
    if (inSentence !== undefined) return inSentence;
    if (!speakerId) return -1;
    const mine = bySpeaker.get(speakerId) ?? [];
    if (!sorted) {
      for (let k = mine.length - 1; k >= 0; k--) if (drafts[mine[k]!]!.evidence.start < at) return mine[k]!;
      return -1;
    }
    // the speaker's events are ordered by their start: the last one starting before the quote
    let lo = 0;
    let hi = mine.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (drafts[mine[mid]!]!.evidence.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? mine[lo - 1]! : -1;
  };
}
