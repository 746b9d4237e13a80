import { daysInMonth, formatYmd, type PublicationDate } from './calendar.ts';
import type { TimeSpan } from '../types.ts';

/** The publication day (or month) as a span: when words the text does not date were said at the latest. */
export function publicationTime(p: PublicationDate | null): TimeSpan | null {
  if (!p) return null;
  if (p.precision === 'day') return { edtf: p.iso, earliest: p.iso, latest: p.iso, precision: 'day' };
  const last = formatYmd({ ...p.date, day: daysInMonth(p.date.year, p.date.month) });
  return { edtf: p.iso, earliest: formatYmd(p.date), latest: last, precision: 'month' };
}
