// Builders for TimeSpan values: what the text says and no more. A month stays a month, a date
// without a known year stays "XXXX-MM-DD" with no bounds. Every EDTF string is checked with the
// edtf package before it leaves the extractor.

import edtf from 'edtf';
import { everyLanguagePack } from '../lang/language-pack.ts';
import type { TimeSpan } from '../types.ts';
import { daysInMonth, formatMonthDay, formatYm, formatYmd, type Ymd } from './calendar.ts';

// The edtf parser (nearley) costs ~0.1 ms a call and an article repeats the same few strings, so the
// answer is remembered; the cache stays small because it only holds date strings the text produced.
const validity = new Map<string, boolean>();

export function isValidEdtf(value: string): boolean {
  let valid = validity.get(value);
  if (valid === undefined) {
    try {
      edtf(value);
      valid = true;
    } catch {
      valid = false;
    }
    if (validity.size > 10_000) validity.clear();
    validity.set(value, valid);
  }
  return valid;
}

function checked(span: TimeSpan): TimeSpan | null {
  return isValidEdtf(span.edtf) ? span : null;
}

export function daySpan(date: Ymd): TimeSpan | null {
  const iso = formatYmd(date);
  return checked({ edtf: iso, earliest: iso, latest: iso, precision: 'day' });
}

export function monthDayWithoutYear(month: number, day: number): TimeSpan | null {
  return checked({
    edtf: `XXXX-${formatMonthDay(month, day)}`,
    earliest: null,
    latest: null,
    precision: 'unknown-year',
  });
}

export function monthSpan(year: number | null, month: number): TimeSpan | null {
  if (year === null)
    return checked({
      edtf: `XXXX-${String(month).padStart(2, '0')}`,
      earliest: null,
      latest: null,
      precision: 'unknown-year',
    });
  return checked({
    edtf: formatYm(year, month),
    earliest: formatYmd({ year, month, day: 1 }),
    latest: formatYmd({ year, month, day: daysInMonth(year, month) }),
    precision: 'month',
  });
}

export function yearSpan(year: number): TimeSpan | null {
  return checked({
    edtf: String(year).padStart(4, '0'),
    earliest: `${year}-01-01`,
    latest: `${year}-12-31`,
    precision: 'year',
  });
}

/** A closed interval of days, or of months when both ends are whole months. */
export function rangeSpan(from: Ymd, to: Ymd, wholeMonths = false): TimeSpan | null {
  const edtfText = wholeMonths
    ? `${formatYm(from.year, from.month)}/${formatYm(to.year, to.month)}`
    : `${formatYmd(from)}/${formatYmd(to)}`;
  return checked({ edtf: edtfText, earliest: formatYmd(from), latest: formatYmd(to), precision: 'range' });
}

const SEASON_CODES = { spring: 21, summer: 22, autumn: 23, winter: 24 } as const;
export type Season = keyof typeof SEASON_CODES;

// Season names are read in any text, whatever its language: every pack's (calendar.json), in any case.
const SEASON_BY_NAME: ReadonlyMap<string, Season> = new Map(
  everyLanguagePack().flatMap((p) =>
    (Object.keys(SEASON_CODES) as Season[]).flatMap((season) =>
      p.calendar.seasons.names[season].map((name) => [name.toLowerCase(), season] as const),
    ),
  ),
);

/** The season a word names in any pack: "Frühjahr", "fall", "Winter"; a word no pack knows is winter. */
export function seasonNamed(word: string): Season {
  return SEASON_BY_NAME.get(word.toLowerCase()) ?? 'winter';
}

/**
 * EDTF seasons (2025-23 = autumn 2025). The edtf package gives seasons quarter bounds; we use
 * meteorological seasons of the northern hemisphere, which is what "im Herbst" means in our news.
 */
export function seasonSpan(year: number, season: Season): TimeSpan | null {
  const bounds: Record<Season, [Ymd, Ymd]> = {
    spring: [
      { year, month: 3, day: 1 },
      { year, month: 5, day: 31 },
    ],
    summer: [
      { year, month: 6, day: 1 },
      { year, month: 8, day: 31 },
    ],
    autumn: [
      { year, month: 9, day: 1 },
      { year, month: 11, day: 30 },
    ],
    winter: [
      { year, month: 12, day: 1 },
      { year: year + 1, month: 2, day: daysInMonth(year + 1, 2) },
    ],
  };
  const [from, to] = bounds[season];
  return checked({
    edtf: `${year}-${SEASON_CODES[season]}`,
    earliest: formatYmd(from),
    latest: formatYmd(to),
    precision: 'range',
  });
}

/** Whole years from one to another: "2019 bis 2021", "2019/20" (2019/2021, precision range). */
export function yearRangeSpan(from: number, to: number): TimeSpan | null {
  return checked({
    edtf: `${String(from).padStart(4, '0')}/${String(to).padStart(4, '0')}`,
    earliest: `${from}-01-01`,
    latest: `${to}-12-31`,
    precision: 'range',
  });
}

/** A decade as EDTF unspecified digit ("the 1940s" = 194X), bounded by its first and last day. */
export function decadeSpan(firstYear: number): TimeSpan | null {
  const start = firstYear - (firstYear % 10);
  return checked({
    edtf: `${String(start / 10).padStart(3, '0')}X`,
    earliest: `${start}-01-01`,
    latest: `${start + 9}-12-31`,
    precision: 'range',
  });
}
