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

const NUMBER = 'one|a|an|two|three|four|five|six|seven|eight|nine|ten|twelve|ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|\\d{1,3}';
const UNIT = 'days?|weeks?|Tag|Tage|Tagen|Woche|Wochen';
const AFTER_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:just|only|nur|bereits|erst|genau)\\s+)?(${NUMBER})\\s+(${UNIT})\\s+(after|before|later|earlier|nach|vor|zuvor|später|danach|davor)(?![\\p{L}\\d])`,
  'giu',
);
const AGO_UNIT = `${UNIT}|months?|years?|Monat|Monaten|Jahr|Jahren`;
const AGO = new RegExp(`(?<![\\p{L}\\d])(?:vor\\s+(${NUMBER})\\s+(${AGO_UNIT})|(${NUMBER})\\s+(${AGO_UNIT})\\s+ago)(?![\\p{L}\\d])`, 'giu');

const WORDS: Record<string, number> = {
  one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
  ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12,
};

const count = (word: string): number => WORDS[word.toLowerCase()] ?? Number(word);

function days(n: number, unit: string): number {
  return /^(week|woche)/i.test(unit) ? n * 7 : n;
}

/** "vor drei Tagen" is a day, "vor drei Monaten" a month, "vor einem Jahr" a year before publication. */
function before(published: Ymd, n: number, unit: string): TimeSpan | null {
  if (/^(year|jahr)/i.test(unit)) return yearSpan(published.year - n);
  if (/^(month|monat)/i.test(unit)) {
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

const isDay = (hit: DateHit): boolean => hit.span !== null && (hit.span.precision === 'day' || /^XXXX-\d{2}-\d{2}$/.test(hit.span.edtf));

export function findRelativeOffsets(ctx: DateContext, anchors: DateHit[]): DateHit[] {
  const hits: DateHit[] = [];
  const dayAnchors = anchors.filter(isDay).sort((a, b) => a.start - b.start);
  const sentenceIndex = (offset: number): number => indexOfSpanAt(ctx.sentences, offset);

  for (const m of ctx.body.matchAll(AFTER_BEFORE)) {
    const [text, number, unit, direction] = m;
    const start = m.index ?? 0;
    const end = start + text.length;
    const delta = days(count(number ?? ''), unit ?? '');
    const dir = (direction ?? '').toLowerCase();
    let anchor: DateHit | undefined;
    let sign: number;
    if (dir === 'later' || dir === 'später' || dir === 'danach') {
      anchor = dayAnchors.filter((a) => a.end <= start).pop();
      sign = 1;
    } else if (dir === 'earlier' || dir === 'zuvor' || dir === 'davor') {
      anchor = dayAnchors.filter((a) => a.end <= start).pop();
      sign = -1;
    } else {
      const here = sentenceIndex(start);
      for (const index of [here, here + 1, here - 1]) {
        const sentence = ctx.sentences[index];
        anchor = sentence && dayAnchors.find((a) => a.start >= sentence.start && a.end <= sentence.end);
        if (anchor) break;
      }
      sign = dir === 'after' || dir === 'nach' ? -1 : 1;
    }
    const span = anchor?.span ? shift(anchor.span, sign * delta) : null;
    hits.push(
      span
        ? { start, end, text, span }
        : { start, end, text, span: null, problem: { level: 'info', message: `no date to count "${text}" from`, start, end } },
    );
  }
  for (const m of ctx.body.matchAll(AGO)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    const unit = m[2] ?? m[4] ?? '';
    // a month or year before needs only the publication month, a day before its day
    const published = /^(month|monat|year|jahr)/i.test(unit) ? ctx.published : publishedDay(ctx);
    const span = published ? before(published, count(m[1] ?? m[3] ?? ''), unit) : null;
    hits.push(span ? { start, end, text, span } : undatedHit(start, end, text));
  }
  return hits;
}
