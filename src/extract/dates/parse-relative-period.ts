// "earlier this month", "last year", "im vergangenen Jahr", "diesen Monat": a month or year
// counted from the publication date, kept at the precision the phrase has.

import type { DateContext, DateHit } from './date-hit.ts';
import { addDays, weekday } from './calendar.ts';
import { monthSpan, rangeSpan, yearSpan } from './time-span.ts';

const PERIOD =
  /(?<![\p{L}])(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:(this|This|last|Last|next|Next|diesen|dieses|diesem|vergangenen|vergangene|letzten|letzte|letztes|nächsten|nächstes|kommenden)\s+(month|year|Monat|Monats|Jahr|Jahres)|(im|Im)\s+(vergangenen|letzten|laufenden)\s+(Monat|Jahr))(?![\p{L}])/gu;

// "by the end of the year", "bis Ende des Jahres", "bis zum Jahresende": the publication year (the
// text says no more than the year).
const END_OF_YEAR = /(?<![\p{L}])(?:(?:by\s+)?the\s+end\s+of\s+(?:the|this)\s+year|(?:bis\s+)?(?:zum\s+)?(?:Ende\s+(?:des|dieses)\s+Jahres|Jahresende))(?![\p{L}])/gu;

// "last week", "vergangene Woche", "in der kommenden Woche": a calendar week (Monday to Sunday)
// counted from the publication week. The text names the week, not a day, so it stays a range.
const WEEK =
  /(?<![\p{L}])(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:(this|This|last|Last|next|Next|the\s+previous|the\s+following|diese|Diese|vergangene|Vergangene|letzte|Letzte|vorige|Vorige|nächste|Nächste|kommende|Kommende)\s+(?:week|Woche)|(?:(?:in\s+)?der|In\s+der)\s+(vergangenen|letzten|vorigen|nächsten|kommenden|laufenden)\s+Woche|([Ii]n\s+dieser)\s+Woche)(?![\p{L}])/gu;

function findWeeks(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of ctx.body.matchAll(WEEK)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    const which = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    if (!ctx.published) {
      hits.push({ start, end, text, span: null, problem: { level: 'info', message: `"${text}" without a publication date cannot be dated`, start, end } });
      continue;
    }
    const shift = /^(last|vergangen|letzt|vorig|the\s+previous)/.test(which) ? -1 : /^(next|nächst|kommend|the\s+following)/.test(which) ? 1 : 0;
    const monday = addDays(ctx.published, -((weekday(ctx.published) + 6) % 7) + 7 * shift);
    hits.push({ start, end, text, span: rangeSpan(monday, addDays(monday, 6)) });
  }
  return hits;
}

export function findRelativePeriods(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = findWeeks(ctx);
  for (const m of ctx.body.matchAll(END_OF_YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (ctx.published) hits.push({ start, end, text: m[0], span: yearSpan(ctx.published.year) });
  }
  for (const m of ctx.body.matchAll(PERIOD)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    if (!ctx.published) {
      hits.push({ start, end, text, span: null, problem: { level: 'info', message: `"${text}" without a publication date cannot be dated`, start, end } });
      continue;
    }
    const which = (m[1] ?? m[4] ?? '').toLowerCase();
    const unit = (m[2] ?? m[5] ?? '').toLowerCase();
    const shift = /^(last|vergangen|letzt)/.test(which) ? -1 : /^(next|nächst|kommend)/.test(which) ? 1 : 0;
    const { year, month } = ctx.published;
    if (unit.startsWith('year') || unit.startsWith('jahr')) {
      hits.push({ start, end, text, span: yearSpan(year + shift) });
    } else {
      const index = year * 12 + (month - 1) + shift;
      hits.push({ start, end, text, span: monthSpan(Math.floor(index / 12), (index % 12) + 1) });
    }
  }
  return hits;
}
