// Ranges of days: "15. bis 16. Februar", "vom 15.–17. März 2026", "15./16. Februar", "28. Februar
// bis 2. März", "February 15-16", "Feb. 15 to 17, 2026", "15-16 February", "February 28 to March 2".
// A range is one EDTF interval (2026-02-15/2026-02-16, precision range), not its first day; without
// a publication date or a year in the text the years stay unknown (XXXX-02-15/XXXX-02-16).

import { daysInMonth, type Ymd } from './calendar.ts';
import type { DateContext, DateHit } from './date-hit.ts';
import { MONTH_NAME_PATTERN, monthNumber } from './month-names.ts';
import { resolveYear, tenseNear } from './resolve-year.ts';
import { isValidEdtf, rangeSpan } from './time-span.ts';
import type { TimeSpan } from '../types.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import { anyPhraseOf } from '../lang/word-alternation.ts';

// Ranges are read in any text, whatever its language, so the words are every pack's (calendar.json);
// each pack's joiners and ordinal suffixes go with the shapes of the way it writes its days.
const ranges = everyLanguagePack().map((p) => p.calendar.dayRanges);
const withFullStop = ranges.filter((r) => r.days === 'with-full-stop');
const plain = ranges.filter((r) => r.days === 'plain');

const MONTH = `(?:${MONTH_NAME_PATTERN}|${anyPhraseOf(ranges.flatMap((r) => r.monthAbbreviations))})(?![\\p{L}])\\.?`;
const ORDINAL = `(?:${anyPhraseOf(plain.flatMap((r) => r.ordinalSuffixes))})?`;
const STOP_TO = `\\s*(?:${anyPhraseOf(withFullStop.flatMap((r) => r.joiners))})\\s*`;
const PLAIN_TO = `\\s*(?:${anyPhraseOf(plain.flatMap((r) => r.joiners))})\\s*`;
const YEAR = '(?:,?\\s+(\\d{4}))?';

interface Shape {
  re: RegExp;
  /** capture groups → [day1, month1, day2, month2, year] */
  read(m: RegExpMatchArray): [string, string, string, string, string | undefined];
}

const SHAPES: Shape[] = [
  // 28. Februar bis 2. März (2026)
  {
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.\\s*(${MONTH})${STOP_TO}(\\d{1,2})\\.\\s*(${MONTH})${YEAR}`, 'gu'),
    read: (m) => [m[1]!, m[2]!, m[3]!, m[4]!, m[5]],
  },
  // 15. bis 16. Februar, 15.–16. Februar, 15./16. Februar (2026)
  {
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.${STOP_TO}(\\d{1,2})\\.\\s*(${MONTH})${YEAR}`, 'gu'),
    read: (m) => [m[1]!, m[3]!, m[2]!, m[3]!, m[4]],
  },
  // February 28 to March 2(, 2026)
  {
    re: new RegExp(
      `(?<![\\p{L}])(${MONTH})\\s+(\\d{1,2})${ORDINAL}${PLAIN_TO}(${MONTH})\\s+(\\d{1,2})${ORDINAL}${YEAR}`,
      'gu',
    ),
    read: (m) => [m[2]!, m[1]!, m[4]!, m[3]!, m[5]],
  },
  // February 15-16, Feb. 15 to 17, 2026
  {
    re: new RegExp(
      `(?<![\\p{L}])(${MONTH})\\s+(\\d{1,2})${ORDINAL}${PLAIN_TO}(\\d{1,2})${ORDINAL}(?![\\d:])${YEAR}`,
      'gu',
    ),
    read: (m) => [m[2]!, m[1]!, m[3]!, m[1]!, m[4]],
  },
  // 15-16 February (2026)
  {
    re: new RegExp(`(?<![\\d.])(\\d{1,2})${ORDINAL}${PLAIN_TO}(\\d{1,2})${ORDINAL}\\s+(${MONTH})${YEAR}`, 'gu'),
    read: (m) => [m[1]!, m[3]!, m[2]!, m[3]!, m[4]],
  },
];

/** The most days a month can have, whatever the year (29 February included). */
const longestMonth = (month: number): number => daysInMonth(2024, month);

function unknownYearRange(from: { month: number; day: number }, to: { month: number; day: number }): TimeSpan | null {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const edtf = `XXXX-${pad(from.month)}-${pad(from.day)}/XXXX-${pad(to.month)}-${pad(to.day)}`;
  return isValidEdtf(edtf) ? { edtf, earliest: null, latest: null, precision: 'unknown-year' } : null;
}

export function findDayRanges(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const shape of SHAPES) {
    for (const m of ctx.body.matchAll(shape.re)) {
      const [d1, m1, d2, m2, y] = shape.read(m);
      const from = { month: monthNumber(m1)!, day: Number(d1) };
      const to = { month: monthNumber(m2)!, day: Number(d2) };
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const text = m[0];
      // "15. bis 12. Februar" is no range; neither is a day the month does not have.
      const sameMonth = from.month === to.month;
      if (sameMonth && to.day <= from.day) continue;
      if (from.day < 1 || to.day < 1 || from.day > longestMonth(from.month) || to.day > longestMonth(to.month))
        continue;
      let year: number | null = y ? Number(y) : null;
      if (year === null) year = resolveYear(ctx.published, from.month, from.day, tenseNear(ctx.body, start, end));
      let span: TimeSpan | null;
      if (year === null) span = unknownYearRange(from, to);
      else {
        // A range written with one year ends in it ("28. Dezember bis 2. Januar 2027"); one resolved
        // from the publication date runs on into the next year when its end month comes first.
        const endYear = y ? year : to.month < from.month ? year + 1 : year;
        const startYear = y && to.month < from.month ? year - 1 : year;
        const first: Ymd = { year: startYear, month: from.month, day: from.day };
        const last: Ymd = { year: endYear, month: to.month, day: to.day };
        span =
          first.day <= daysInMonth(first.year, first.month) && last.day <= daysInMonth(last.year, last.month)
            ? rangeSpan(first, last)
            : null;
      }
      if (span) hits.push({ start, end, text, span });
    }
  }
  return hits;
}
