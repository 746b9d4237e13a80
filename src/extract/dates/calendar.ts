// Plain calendar arithmetic on year-month-day triples, in UTC, so no time zone shifts a date.

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(value: string | null): Ymd | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return null;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidYmd(ymd) ? ymd : null;
}

export function isValidYmd({ year, month, day }: Ymd): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: Ymd, days: number): Ymd {
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday */
/** The month `n` months after (or, negative, before) a month: 2026-02 + -3 = 2025-11. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function weekday(date: Ymd): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYmd(date: Ymd): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatMonthDay(month: number, day: number): string {
  return `${pad(month)}-${pad(day)}`;
}

export function formatYm(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export interface PublicationDate {
  date: Ymd;
  /** 'month' when only the month is known (day is then 1 and must not anchor weekdays) */
  precision: 'day' | 'month';
  /** ISO form: 2026-02-16 or 2023-03 */
  iso: string;
}

/**
 * Publication dates as feeds and front matter write them: "2026-02-16", "2026-02-16T08:30:00+01:00"
 * (the date as written, in the publisher's zone), "16.02.2026" / "16.2.2026", and month precision
 * "2023-03". Anything else, or a day the calendar lacks, is null.
 */
export function parsePublicationDate(value: string | null): PublicationDate | null {
  const text = value?.trim() ?? '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const day = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : german
      ? { year: Number(german[3]), month: Number(german[2]), day: Number(german[1]) }
      : null;
  if (day) return isValidYmd(day) ? { date: day, precision: 'day', iso: formatYmd(day) } : null;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (!month) return null;
  const date = { year: Number(month[1]), month: Number(month[2]), day: 1 };
  return isValidYmd(date) ? { date, precision: 'month', iso: formatYm(date.year, date.month) } : null;
}
