// News reports talk about the past: a day or month without a year is placed in the publication
// year, or in the year before when that would put it after the publication date, unless the
// sentence speaks about the future ("wird", "will", "next"). Without a publication date the year
// stays unknown.

import { compareYmd, daysInMonth, type Ymd } from './calendar.ts';

const FUTURE_CUE =
  /(?<![\p{L}])(?:will|shall|next|upcoming|scheduled|wird|werden|soll|sollen|kommenden?|nächsten?|bevorstehenden?)(?![\p{L}])/iu;

// Modal and planning words ("would ship in early April", "werde frühestens Anfang April", "is due to
// visit on April 2") do not say the date is ahead, but that it need not be behind: a date after the
// publication day then stays in the publication year instead of moving back one.
const NOT_PAST_CUE =
  /(?<![\p{L}])(?:would|could|might|should|due|expected|planned|intends?|werde|würde|würden|könnte|könnten|dürfte|sollte|sollten|müsse|müssten|frühestens|spätestens|geplant|vorgesehen|voraussichtlich)(?![\p{L}])/iu;

/**
 * Only words close to the date count: in "In January, Reuters reported that NATO will cut…"
 * the "will" belongs to the plan, not to January.
 */
export function soundsFuture(body: string, start: number, end: number): boolean | 'not-past' {
  // The window stops at sentence ends: "… sollen. Bereits im Januar berichteten …" is past.
  const before = body.slice(Math.max(0, start - 30), start).split(/[.!?]\s/).pop() ?? '';
  // Planning words reach further back within the clause: "is expected to present the plan to
  // NATO allies in mid-June".
  const clause = body.slice(Math.max(0, start - 80), start).split(/[.!?;:]\s|,\s/).pop() ?? '';
  const after = body.slice(end, end + 25).split(/[.!?](?:\s|$)/)[0] ?? '';
  const window = before + body.slice(start, end) + after;
  if (FUTURE_CUE.test(window)) return true;
  return NOT_PAST_CUE.test(window) || NOT_PAST_CUE.test(clause) ? 'not-past' : false;
}

export function resolveYear(published: Ymd | null, month: number, day: number | null, future: boolean | 'not-past'): number | null {
  if (!published) return null;
  const candidate: Ymd = { year: published.year, month, day: day ?? 1 };
  if (day !== null && day > daysInMonth(published.year, month)) return null;
  if (future === 'not-past') return published.year;
  if (!future && compareYmd(candidate, published) > 0) return published.year - 1;
  if (future && compareYmd({ year: published.year, month, day: day ?? daysInMonth(published.year, month) }, published) < 0) {
    return published.year + 1;
  }
  return published.year;
}
