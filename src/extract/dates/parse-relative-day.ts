// Weekdays and "today/heute/gestern", resolved against the publication date. A weekday means the
// most recent such day up to and including the publication day ("sagte am Montag"), unless the
// text says "next/kommenden/nächsten" or the sentence speaks of the future ("soll am Donnerstag"). Without a publication date nothing can be resolved: the
// text says "a Monday", which no EDTF date expresses, so it becomes a diagnostic.

import { addDays, weekday, type Ymd } from './calendar.ts';
import { publishedDay, undatedHit, type DateContext, type DateHit } from './date-hit.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './month-names.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import { tenseNear } from './resolve-year.ts';
import { daySpan } from './time-span.ts';

// A weekday is read in any text, whatever its language, so every pack's modifiers are combined.
const modifiers = everyLanguagePack().map((p) => p.calendar.weekdayModifiers);
const anyOf = (words: readonly string[]): string => words.join('|') || '(?!)';
const WEEKDAY = new RegExp(
  `(?<![\\p{L}\\d])(?:((?:${anyOf(modifiers.flatMap((m) => m.prepositions))})\\s+)?(?:(${anyOf(modifiers.flatMap((m) => [...m.back, ...m.current, ...m.forward]))})\\s+)?)(${WEEKDAY_PATTERN})(?:abend|morgen|nachmittag|vormittag|mittag)?(?![\\p{L}\\d])`,
  'gu',
);
const RELATIVE = /(?<![\p{L}\d])((?:later|earlier)\s+today|[Ll]ast\s+night|[Ll]etzte\s+Nacht|(?:[Ii]n\s+der\s+)?vergangenen\s+Nacht|[Vv]ergangene\s+Nacht|today|Today|tonight|Tonight|yesterday|Yesterday|tomorrow|Tomorrow|heute|Heute|gestern|Gestern|vorgestern|Vorgestern|morgen)(?:\s+(?:Morgen|Abend|Nachmittag|Vormittag|morning|evening|afternoon))?(?![\p{L}\d])/gu;

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
  const w = word.toLowerCase();
  if (w.startsWith('vorgestern')) return -2;
  // "last night" is the evening before the publication day (a morning paper's "gestern Abend")
  if (w.startsWith('gestern') || w.startsWith('yesterday') || /^(?:last|letzte|vergangene|in der vergangenen)\s+n/.test(w)) return -1;
  if (w === 'morgen' || w.startsWith('tomorrow')) return 1;
  return 0;
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
