/**
 * The YAML 1.1 timestamp grammar (what the yaml library accepts as a date): a date, optionally
 * followed by a time and zone. We match it ourselves instead of letting a Date parse it, because
 * Date silently rolls 2026-02-30 over to 2 March.
 */
const TIMESTAMP = new RegExp(
  '^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d*)?)?(?:[ \\t]*(?:Z|' +
    '[-+]\\d{1,2}(?::?\\d{2})?))?)?$',
);

/**
 * "2026-02-15", "2026-2-5", "2026-02-15T08:30:00+01:00" → "2026-02-15" (the date as written, in
 * the publisher's own zone: converting to UTC would move late-evening articles to the next day);
 * "16.02.2026" → "2026-02-16"; "2023-03" → "2023-03" with precision 'month' (a month-precision
 * publication: its day 1 is not a day the article appeared on).
 * Returns an error reason instead when the text is not a date or not a real calendar day.
 */
export type CalendarDateResult =
  | { date: string; precision: 'day' | 'month' }
  /** 'format': not written as a date at all; 'impossible': written as one, but no such day */
  | { reason: string; problem: 'format' | 'impossible' };

/** "16.02.2026", "16.2.2026": day first, as German feeds and front matter write it */
const GERMAN_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
/** "2023-03": a publication known to the month */
const MONTH = /^(\d{4})-(\d{2})$/;

export function toCalendarDate(text: string): CalendarDateResult {
  const written = text.trim();
  const iso = TIMESTAMP.exec(written);
  const german = iso ? null : GERMAN_DAY.exec(written);
  const ofMonth = iso || german ? null : MONTH.exec(written);
  if (!iso && !german && !ofMonth) {
    return {
      reason: `${JSON.stringify(text)} is not a date (expected YYYY-MM-DD, YYYY-MM or DD.MM.YYYY)`,
      problem: 'format',
    };
  }
  const [y, m, d] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : german
      ? [german[3]!, german[2]!, german[1]!]
      : [ofMonth![1]!, ofMonth![2]!, null];
  const year = Number(y);
  const month = Number(m);
  if (month < 1 || month > 12)
    return { reason: `${JSON.stringify(text)} is not a real date (there is no month ${month})`, problem: 'impossible' };
  if (d === null) return { date: `${y}-${pad(month)}`, precision: 'month' };
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      reason: `${JSON.stringify(text)} is not a real date (${year}-${pad(month)} has ${last} days)`,
      problem: 'impossible',
    };
  }
  return { date: `${y}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Strictly YYYY-MM-DD and a real calendar day: the form the API and the CLI accept. */
export function isIsoCalendarDate(text: unknown): text is string {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && 'date' in toCalendarDate(text);
}
