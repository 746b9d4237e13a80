// All time expressions of a body, each once: where two readings overlap, the more specific
// (longer) one wins, so "am 15. Februar" is a day and not also the month "Februar".

import type { Diagnostic, ExtractedDate } from '../types.ts';
import type { DateContext, DateHit } from './date-hit.ts';
import { datelineReference } from './datelines.ts';
import { findCalendarPeriods } from './parse-calendar-periods.ts';
import { findDayDates } from './parse-day-dates.ts';
import { findDayRanges } from './parse-day-ranges.ts';
import { findMonthPhrases } from './parse-month-phrase.ts';
import { findRelativeDays } from './parse-relative-day.ts';
import { findRelativeOffsets } from './parse-relative-offset.ts';
import { findRelativePeriods } from './parse-relative-period.ts';
import { findRelativeYears } from './parse-relative-year.ts';
import { findYears } from './parse-years.ts';

export interface FoundDates {
  dates: ExtractedDate[];
  diagnostics: Diagnostic[];
}

function withoutOverlaps(hits: DateHit[]): DateHit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateHit[] = [];
  if (hits.every((h) => h.start >= 0 && h.end > h.start)) {
    // the characters the kept hits cover: a hit overlaps a kept one when it shares one of them
    const covered = new Uint8Array(hits.reduce((most, h) => Math.max(most, h.end), 0));
    for (const hit of sorted) {
      if (covered.subarray(hit.start, hit.end).includes(1)) continue;
      covered.fill(1, hit.start, hit.end);
      kept.push(hit);
    }
  } else {
    for (const hit of sorted) if (!kept.some((k) => hit.start < k.end && hit.end > k.start)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findDates(ctx: DateContext, lang: string): FoundDates {
  const calendar = [
    ...findDayRanges(ctx),
    ...findDayDates(ctx, lang),
    ...findMonthPhrases(ctx),
    ...findYears(ctx, lang),
    ...findCalendarPeriods(ctx),
  ];
  const anchored: DateContext = { ...ctx, referenceAt: datelineReference(ctx, calendar) };
  const base = withoutOverlaps([...calendar, ...findRelativeDays(anchored), ...findRelativePeriods(ctx)]);
  const all = withoutOverlaps([...base, ...findRelativeOffsets(ctx, base), ...findRelativeYears(ctx, base)]);
  const dates: ExtractedDate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const hit of all) {
    if (hit.problem) diagnostics.push(hit.problem);
    if (!hit.span) continue;
    dates.push({ text: hit.text, start: hit.start, end: hit.end, ...hit.span });
  }
  return { dates, diagnostics };
}
