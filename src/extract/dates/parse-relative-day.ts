// Weekdays and "today/heute/gestern", resolved against the publication date. A weekday means the
// most recent such day up to and including the publication day ("sagte am Montag"), unless the
// text says "next/kommenden/nächsten" or the sentence speaks of the future ("soll am Donnerstag").
// Without a publication date nothing can be resolved: the text says "a Monday", which no EDTF date
// expresses, so it becomes a diagnostic.

import { addDays, weekday, type Ymd } from './calendar.ts';
import { publishedDay, undatedHit, type DateContext, type DateHit } from './date-hit.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './month-names.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import { tenseNear } from './resolve-year.ts';
import { daySpan } from './time-span.ts';
import { anyOf, anyPhraseOf } from '../lang/word-alternation.ts';

// A weekday is read in any text, whatever its language, so every pack's modifiers are combined.
const modifiers = everyLanguagePack().map((p) => p.calendar.weekdayModifiers);
const WEEKDAY = new RegExp(
  `(?<![\\p{L}\\d])(?:((?:${anyOf(modifiers.flatMap((m) => m.prepositions))})\\s+)?(?:(` +
    anyOf(modifiers.flatMap((m) => [...m.back, ...m.current, ...m.forward])) +
    `)\\s+)?)(${WEEKDAY_PATTERN})(?:` +
    anyOf(everyLanguagePack().flatMap((p) => p.calendar.weekdayTimeSuffixes)) +
    ')?(?![\\p{L}\\d])',
  'gu',
);
// Relative days too ("heute", "last night"), each with the days it counts from the publication day.
const relativeDays = everyLanguagePack().flatMap((p) => p.calendar.relativeDays);
const RELATIVE = new RegExp(
  '(?<![\\p{L}\\d])(' +
    anyPhraseOf(relativeDays.flatMap((d) => d.words)) +
    ')(?:\\s+(?:' +
    anyPhraseOf(everyLanguagePack().flatMap((p) => p.calendar.timesOfDay)) +
    '))?(?![\\p{L}\\d])',
  'gu',
);
/** lower case, as written: the first pack that lists a phrase gives its offset */
const DAY_OFFSET: ReadonlyMap<string, number> = new Map(
  relativeDays.flatMap((d) => d.words.map((w) => [w.toLowerCase(), d.dayOffset] as const)).reverse(),
);

/** the modifiers in lower case, as the weekday's modifier is compared lower-cased */
const FORWARD: ReadonlySet<string> = new Set(modifiers.flatMap((m) => m.forward.map((w) => w.toLowerCase())));
const BACK: ReadonlySet<string> = new Set(modifiers.flatMap((m) => m.back.map((w) => w.toLowerCase())));

/**
 * The day a weekday names, seen from the publication day: "next Friday" is after it, "last
 * Friday"/"vergangenen Freitag" before it (on a Friday, the Friday a week ago), and a bare
 * "Friday" the most recent one, the publication day included.
 */
export function resolveWeekday(published: Ymd, target: number, direction: 'forward' | 'back' | 'recent'): Ymd {
  const today = weekday(published);
  if (direction === 'forward') return addDays(published, (target - today + 7) % 7 || 7);
  const back = (today - target + 7) % 7;
  return addDays(published, -(direction === 'back' ? back || 7 : back));
}

function relativeOffset(word: string): number {
  // "last night" is the evening before the publication day (a morning paper's "gestern Abend")
  return DAY_OFFSET.get(word.toLowerCase().replace(/\s+(?=\S+$)/u, ' ')) ?? 0;
}

export function findRelativeDays(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of ctx.body.matchAll(WEEKDAY)) {
    const [text, , modifier, dayName] = m;
    const target = dayName ? weekdayNumber(dayName) : null;
    if (target === null) continue;
    const start = m.index ?? 0;
    const end = start + text.length;
    const reference = ctx.referenceAt ? ctx.referenceAt(start) : publishedDay(ctx);
    if (!reference) {
      hits.push(undatedHit(start, end, text, `weekday "${text}" without a publication date cannot be dated`));
      continue;
    }
    const word = modifier?.toLowerCase() ?? '';
    // A bare weekday is the most recent one, unless the sentence speaks of the future ("Der
    // Ausschuss soll sich am Donnerstag damit befassen", "is expected to vote on Wednesday").
    const tense = word === '' ? tenseNear(ctx.body, start, end) : 'unknown';
    const ahead = FORWARD.has(word) || tense === 'future' || tense === 'not-past';
    const direction = ahead ? 'forward' : BACK.has(word) ? 'back' : 'recent';
    hits.push({ start, end, text, span: daySpan(resolveWeekday(reference, target, direction)) });
  }
  for (const m of ctx.body.matchAll(RELATIVE)) {
    const [text, word] = m;
    const start = m.index ?? 0;
    const end = start + text.length;
    const reference = ctx.referenceAt ? ctx.referenceAt(start) : publishedDay(ctx);
    if (!reference) {
      hits.push(undatedHit(start, end, text));
      continue;
    }
    hits.push({ start, end, text, span: daySpan(addDays(reference, relativeOffset(word ?? ''))) });
  }
  return hits;
}
