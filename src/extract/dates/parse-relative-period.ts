// "earlier this month", "last year", "im vergangenen Jahr", "diesen Monat": a month or year
// counted from the publication date, kept at the precision the phrase has.

import { publishedDay, undatedHit, type DateContext, type DateHit } from './date-hit.ts';
import { addDays, addMonths, weekday } from './calendar.ts';
import { daySpan, monthSpan, rangeSpan, yearSpan } from './time-span.ts';

const PERIOD =
  /(?<![\p{L}])(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:(this|This|last|Last|next|Next|diesen|dieses|diesem|vergangenen|vergangene|vergangenes|letzten|letzte|letztes|vorigen|voriges|nächsten|nächstes|nächste|kommenden|kommende|kommendes)\s+(month|year|Monat|Monats|Jahr|Jahres)|(im|Im)\s+(vergangenen|letzten|vorigen|laufenden)\s+(Monat|Jahr))(?![\p{L}])/gu;

// "by the end of the year", "bis Ende des Jahres", "bis zum Jahresende": the publication year (the
// text says no more than the year).
const END_OF_YEAR = /(?<![\p{L}])(?:(?:by\s+)?the\s+end\s+of\s+(?:the|this)\s+year|(?:bis\s+)?(?:zum\s+)?(?:Ende\s+(?:des|dieses)\s+Jahres|Jahresende))(?![\p{L}])/gu;

// "last week", "vergangene Woche", "in der kommenden Woche": a calendar week (Monday to Sunday)
// counted from the publication week. The text names the week, not a day, so it stays a range.
const WEEK =
  /(?<![\p{L}])(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:(this|This|last|Last|next|Next|the\s+previous|the\s+following|diese|Diese|vergangene|Vergangene|letzte|Letzte|vorige|Vorige|nächste|Nächste|kommende|Kommende)\s+(?:week|Woche)|(?:(?:in\s+)?der|In\s+der)\s+(vergangenen|letzten|vorigen|nächsten|kommenden|laufenden)\s+Woche|([Ii]n\s+dieser)\s+Woche)(?![\p{L}])/gu;

// "zum Jahreswechsel", "at the turn of the year": the 1 January nearest the publication date (the
// boundary day the text names); "Jahreswechsel 2025/26" names its own.
const TURN_OF_YEAR =
  /(?<![\p{L}])(?:(?:zum|zu|am|um|nach|vor|seit|bis\s+zum)\s+(?:dem\s+)?)?Jahreswechsel(?:\s+((?:19|20)\d{2})\/((?:19|20)?\d{2}))?(?![\p{L}\d])|(?:at|around|by|after|before)\s+the\s+turn\s+of\s+the\s+year(?![\p{L}])/gu;

function findTurnsOfYear(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of ctx.body.matchAll(TURN_OF_YEAR)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    let year: number | null = null;
    if (m[2]) year = m[2].length === 2 ? Number(m[1]) - (Number(m[1]) % 100) + Number(m[2]) : Number(m[2]);
    else if (ctx.published) year = ctx.published.month >= 7 ? ctx.published.year + 1 : ctx.published.year;
    if (year === null) {
      hits.push(undatedHit(start, end, text));
      continue;
    }
    hits.push({ start, end, text, span: daySpan({ year, month: 1, day: 1 }) });
  }
  return hits;
}

function findWeeks(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of ctx.body.matchAll(WEEK)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    const which = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    const published = publishedDay(ctx);
    if (!published) {
      hits.push(undatedHit(start, end, text));
      continue;
    }
    const shift = /^(last|vergangen|letzt|vorig|the\s+previous)/.test(which) ? -1 : /^(next|nächst|kommend|the\s+following)/.test(which) ? 1 : 0;
    const monday = addDays(published, -((weekday(published) + 6) % 7) + 7 * shift);
    hits.push({ start, end, text, span: rangeSpan(monday, addDays(monday, 6)) });
  }
  return hits;
}

export function findRelativePeriods(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [...findWeeks(ctx), ...findTurnsOfYear(ctx)];
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
      hits.push(undatedHit(start, end, text));
      continue;
    }
    const which = (m[1] ?? m[4] ?? '').toLowerCase();
    const unit = (m[2] ?? m[5] ?? '').toLowerCase();
    const shift = /^(last|vergangen|letzt|vorig)/.test(which) ? -1 : /^(next|nächst|kommend)/.test(which) ? 1 : 0;
    const { year, month } = ctx.published;
    if (unit.startsWith('year') || unit.startsWith('jahr')) {
      hits.push({ start, end, text, span: yearSpan(year + shift) });
    } else {
      const to = addMonths(year, month, shift);
      hits.push({ start, end, text, span: monthSpan(to.year, to.month) });
    }
  }
  return hits;
}
