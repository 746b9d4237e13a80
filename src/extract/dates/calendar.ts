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
