// Events the text places somewhere in time: press conferences, meetings, summits, visits,
// interviews, speeches. An event is named by its noun phrase ("meeting of NATO foreign
// ministers"), dated by a date in its sentence, placed by a place mentioned with it, and joined by
// the people the sentence names outside quotes.

import { datesIn, insideSpeech, mentionsIn, mentionsOverlapping, sentenceOf, type Context } from '../context.ts';
import { matchesInLines } from '../text/matches-in-lines.ts';
import type { ExtractedEvent, Span } from '../types.ts';
import { eventDeterminer, EVENT_NOUNS, NAME_TAIL, PLACE_BEFORE, TAIL_BEFORE_DATE, TAIL_TRIM } from './event-words.ts';

/** An event before it gets its id, with the sentence it was found in. */
export type EventDraft = Omit<ExtractedEvent, 'id'> & { sentence: Span };

export function findEvents(ctx: Context): EventDraft[] {
  const events: EventDraft[] = [];
  // the characters some event's evidence covers, and the occasions already found
  const covered = new Uint8Array(ctx.body.length + 1);
  const occasions = new Set<string>();
  // Only lines holding one of a kind's words are searched (matchesInLines); no pattern matches a line break.
  const determiner = eventDeterminer(ctx.pack);
  for (const { pattern, type, words } of EVENT_NOUNS) {
    for (const m of words ? matchesInLines(ctx.body, pattern, words) : ctx.body.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (insideSpeech(ctx, start)) continue;
      if (covered.subarray(start, start + m[0].length).includes(1)) continue;
      // A capitalised event noun inside a known name ("Munich Security Conference") is that organisation.
      if (
        mentionsOverlapping(ctx, { start, end: start + m[0].length }).some(
          (x) => x.start <= start && x.end >= start + m[0].length && x.type !== 'Place',
        )
      )
        continue;
      // English nouns double as verbs ("to visit", "meeting" as gerund): the pack may require a determiner.
      if (determiner && !determiner.test(ctx.body.slice(Math.max(0, start - 40), start))) continue;
      const sentence = sentenceOf(ctx, start);
      if (!sentence) continue;
      const tail = NAME_TAIL.exec(ctx.body.slice(start + m[0].length, sentence.end));
      const tailText = tail?.[0] && !TAIL_BEFORE_DATE.test(tail[0]) ? tail[0].replace(TAIL_TRIM, '') : '';
      const end = start + m[0].length + tailText.length;
      const dates = datesIn(ctx, sentence);
      const nearest = dates.sort((a, b) => Math.abs(a.start - end) - Math.abs(b.start - end))[0] ?? null;
      const places = mentionsIn(ctx, sentence, ['Place']).filter((p) => !insideSpeech(ctx, p.start));
      const place =
        places.find((p) => PLACE_BEFORE.test(ctx.body.slice(Math.max(sentence.start, p.start - 12), p.start))) ?? null;
      const participants = [
        ...new Set(
          mentionsIn(ctx, sentence, ['Person'])
            .filter((p) => !insideSpeech(ctx, p.start))
            .map((p) => p.entityId),
        ),
      ];
      const event: EventDraft = {
        name: ctx.body.slice(start, end).trim(),
        type,
        when: nearest
          ? { edtf: nearest.edtf, earliest: nearest.earliest, latest: nearest.latest, precision: nearest.precision }
          : null,
        place: place?.entityId ?? null,
        participants,
        evidence: { start, end },
        sentence,
      };
      // The same occasion named twice ("the meeting … the meeting") is one event.
      const occasion = JSON.stringify([type, event.when?.edtf ?? null, sentence.start]);
      if (occasions.has(occasion)) continue;
      occasions.add(occasion);
      covered.fill(1, start, end);
      events.push(event);
    }
  }
  return events.sort((a, b) => a.evidence.start - b.evidence.start);
}
