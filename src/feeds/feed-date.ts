import { toCalendarDate } from '../documents/calendar-date.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822 as RSS writes it: "Tue, 10 Feb 2026 09:00:00 +0000", weekday and seconds optional */
const RFC_822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2}|\d{4})(?:\s|$)/;

/**
 * A feed item's date as a calendar day, in the zone it was written in (as publication dates are kept
 * elsewhere): RFC 822 (RSS pubDate) or ISO 8601 (Atom, dc:date). Null when it is neither or no real day:
 * a feed's date only fills in for a page that gives none, so a bad one is dropped, not an error.
 */
export function feedDate(text: string | null): string | null {
  if (!text) return null;
  const written = text.trim();
  const rfc = RFC_822.exec(written);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    if (month === 0) return null;
    const year = rfc[3]!.length === 2 ? 2000 + Number(rfc[3]) : Number(rfc[3]);
    const day = `${year}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
    const r = toCalendarDate(day);
    return 'date' in r ? r.date : null;
  }
  const r = toCalendarDate(written);
  return 'date' in r && r.precision === 'day' ? r.date : null;
}
