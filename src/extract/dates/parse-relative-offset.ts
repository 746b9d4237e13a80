// "one day after addressing the conference", "zwei Tage später", "vor drei Tagen", "a week ago",
// "vor einem Jahr", "three months ago" (a month or year: "a year ago" is not a day).
// "N days after X" dates X: N days before the day the sentence is about, which is the nearest
// explicit day in the same sentence, else in the next one (news often states the date one sentence
// later), else in the previous one. "later/später" and "earlier/zuvor" count from the previous date
// in the text; "ago/vor" from the publication date.

import type { TimeSpan } from '../types.ts';
import { addDays, addMonths, type Ymd } from './calendar.ts';
import { publishedDay, undatedHit, type DateContext, type DateHit } from './date-hit.ts';
import { daySpan, monthDayWithoutYear, monthSpan, yearSpan } from './time-span.ts';
import { indexOfSpanAt } from '../text/span-lookup.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import { anyPhraseOf } from '../lang/word-alternation.ts';

// Offsets are read in any text, whatever its language, so the words are every pack's (calendar.json).
const offsets = everyLanguagePack().map((p) => p.calendar.relativeOffsets);
type UnitKind = 'day' | 'week' | 'month' | 'year';
const unitsOf = (...kinds: UnitKind[]): string[] => offsets.flatMap((o) => kinds.flatMap((k) => o.units[k]));

const NUMBER = `${anyPhraseOf(offsets.flatMap((o) => Object.keys(o.counts)))}|\\d{1,3}`;
const UNIT = anyPhraseOf(unitsOf('day', 'week'));
const AFTER_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${anyPhraseOf(offsets.flatMap((o) => o.hedges))})\\s+)?(${NUMBER})\\s+` +
    `(${UNIT})\\s+(` +
    anyPhraseOf(offsets.flatMap((o) => Object.values(o.directions).flat())) +
    ')(?![\\p{L}\\d])',
  'giu',
);
const AGO_UNIT = anyPhraseOf(unitsOf('day', 'week', 'month', 'year'));
const AGO = new RegExp(
  '(?<![\\p{L}\\d])(?:(?:' +
    anyPhraseOf(offsets.flatMap((o) => o.agoBefore)) +
    `)\\s+(${NUMBER})\\s+(${AGO_UNIT})|` +
    `(${NUMBER})\\s+(${AGO_UNIT})\\s+(?:${anyPhraseOf(offsets.flatMap((o) => o.agoAfter))}))(?![\\p{L}\\d])`,
  'giu',
);

/** lower case: the first pack that lists a word gives its meaning */
const firstWins = <T>(entries: [string, T][]): Map<string, T> =>
  new Map(entries.map(([w, v]) => [w.toLowerCase(), v] as [string, T]).reverse());
const WORDS = firstWins(offsets.flatMap((o) => Object.entries(o.counts)));
const DIRECTION = firstWins(
  offsets.flatMap((o) =>
    (['later', 'earlier', 'after', 'before'] as const).flatMap((d) =>
      o.directions[d].map((w) => [w, d] as [string, keyof typeof o.directions]),
    ),
  ),
);

const count = (word: string): number => WORDS.get(word.toLowerCase()) ?? Number(word);
/** each kind's units, matched as the patterns match them (any case) */
const UNIT_KINDS = (['day', 'week', 'month', 'year'] as const).map(
  (kind) => [kind, new RegExp(`^(?:${anyPhraseOf(unitsOf(kind))})$`, 'iu')] as const,
);
const kindOf = (unit: string): UnitKind | undefined => UNIT_KINDS.find(([, re]) => re.test(unit))?.[0];

function days(n: number, unit: string): number {
  return kindOf(unit) === 'week' ? n * 7 : n;
}

/** "vor drei Tagen" is a day, "vor drei Monaten" a month, "vor einem Jahr" a year before publication. */
function before(published: Ymd, n: number, unit: string): TimeSpan | null {
  if (kindOf(unit) === 'year') return yearSpan(published.year - n);
  if (kindOf(unit) === 'month') {
    const to = addMonths(published.year, published.month, -n);
    return monthSpan(to.year, to.month);
  }
  return daySpan(addDays(published, -days(n, unit)));
}

/** Shifts a day span; without a year only when no month end or leap day can be crossed. */
function shift(span: TimeSpan, delta: number): TimeSpan | null {
  const known = /^(\d{4})-(\d{2})-(\d{2})$/.exec(span.edtf);
  if (known) return daySpan(addDays({ year: Number(known[1]), month: Number(known[2]), day: Number(known[3]) }, delta));
  const partial = /^XXXX-(\d{2})-(\d{2})$/.exec(span.edtf);
  if (!partial) return null;
  const from: Ymd = { year: 2001, month: Number(partial[1]), day: Number(partial[2]) };
  const to = addDays(from, delta);
  if (to.year !== 2001 || ((from.month === 2 || from.month === 3) && to.month !== from.month)) return null;
  return monthDayWithoutYear(to.month, to.day);
}

const isDay = (hit: DateHit): boolean =>
  hit.span !== null && (hit.span.precision === 'day' || /^XXXX-\d{2}-\d{2}$/.test(hit.span.edtf));

export function findRelativeOffsets(ctx: DateContext, anchors: DateHit[]): DateHit[] {
  const hits: DateHit[] = [];
  const dayAnchors = anchors.filter(isDay).sort((a, b) => a.start - b.start);
  const sentenceIndex = (offset: number): number => indexOfSpanAt(ctx.sentences, offset);

  for (const m of ctx.body.matchAll(AFTER_BEFORE)) {
    const [text, number, unit, direction] = m;
    const start = m.index ?? 0;
    const end = start + text.length;
    const delta = days(count(number ?? ''), unit ?? '');
    const dir = DIRECTION.get((direction ?? '').toLowerCase());
    let anchor: DateHit | undefined;
    let sign: number;
    if (dir === 'later') {
      anchor = dayAnchors.filter((a) => a.end <= start).pop();
      sign = 1;
    } else if (dir === 'earlier') {
      anchor = dayAnchors.filter((a) => a.end <= start).pop();
      sign = -1;
    } else {
      const here = sentenceIndex(start);
      for (const index of [here, here + 1, here - 1]) {
        const sentence = ctx.sentences[index];
        anchor = sentence && dayAnchors.find((a) => a.start >= sentence.start && a.end <= sentence.end);
        if (anchor) break;
      }
      sign = dir === 'after' ? -1 : 1;
    }
    const span = anchor?.span ? shift(anchor.span, sign * delta) : null;
    hits.push(
      span
        ? { start, end, text, span }
        : {
            start,
            end,
            text,
            span: null,
            problem: { level: 'info', message: `no date to count "${text}" from`, start, end },
          },
    );
  }
  for (const m of ctx.body.matchAll(AGO)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    const unit = m[2] ?? m[4] ?? '';
    // a month or year before needs only the publication month, a day before its day
    const published = kindOf(unit) === 'month' || kindOf(unit) === 'year' ? ctx.published : publishedDay(ctx);
    const span = published ? before(published, count(m[1] ?? m[3] ?? ''), unit) : null;
    hits.push(span ? { start, end, text, span } : undatedHit(start, end, text));
  }
  return hits;
}
