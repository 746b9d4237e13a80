/** Calendar arithmetic on YYYY-MM-DD strings in UTC day numbers, so no time zone ever shifts a date. */
const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY);
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function parts(day: number): { y: number; m: number; d: number; weekday: number } {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), weekday: (dt.getUTCDay() + 6) % 7 };
}

export function monthName(m: number): string {
  return MONTHS[m - 1] ?? '?';
}

/** 2026-02-15 → 15 Feb 2026; 2026-01 → Jan 2026; XXXX-02-15 → 15 Feb (year unknown); ranges joined with – */
export function formatEdtf(edtf: string | null | undefined): string {
  if (!edtf) return 'undated';
  if (edtf.includes('/')) return edtf.split('/').map(formatEdtf).join(' – ');
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?$/.exec(edtf);
  if (!m) return edtf;
  const [, y, mo, d] = m;
  const year = y === 'XXXX' ? null : y;
  const month = mo && mo !== 'XX' ? monthName(Number(mo)) : null;
  const day = d && d !== 'XX' ? String(Number(d)) : null;
  const text = [day, month, year].filter(Boolean).join(' ');
  return year ? text : `${text || 'date'} (year unknown)`;
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? formatEdtf(iso) : '';
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
