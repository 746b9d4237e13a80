// Agency datelines ("OSLO, March 29 (Reuters) -", "Berlin/Köln, 27. Feb (Reuters) -") date the story
// below them: its weekdays and "yesterday" count from the dateline's day, not from the publication
// date, which can be days later when a site republishes the wire. Without a year in the dateline
// or a publication date to give one, the dateline's day is not known and anchors nothing.

import type { Ymd } from './calendar.ts';
import { publishedDay, type DateContext, type DateHit } from './date-hit.ts';

// Before the date: a place name at the start of a line; after it: an optional agency credit, a dash.
const PLACE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{L}\p{M}'’. /-]{1,50},[ \t]+$/u;
const CREDIT_AFTER = /^[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[-–—]/u;

function dayOf(hit: DateHit): Ymd | null {
  const m = hit.span?.precision === 'day' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(hit.span.edtf) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** The day relative words count from at an offset: the last dateline above it, else publication. */
export function datelineReference(ctx: DateContext, hits: readonly DateHit[]): (offset: number) => Ymd | null {
  const anchors: { start: number; day: Ymd }[] = [];
  for (const hit of hits) {
    const day = dayOf(hit);
    if (!day) continue;
    const lineStart = ctx.body.lastIndexOf('\n', hit.start) + 1;
    if (hit.start - lineStart > 60) continue;
    if (!PLACE_BEFORE.test(ctx.body.slice(Math.max(0, lineStart - 1), hit.start))) continue;
    if (!CREDIT_AFTER.test(ctx.body.slice(hit.end, hit.end + 40))) continue;
    anchors.push({ start: hit.start, day });
  }
  anchors.sort((a, b) => a.start - b.start);
  const published = publishedDay(ctx);
  if (anchors.length === 0) return () => published;
  return (offset) => {
    let day = published;
    for (const a of anchors) if (a.start <= offset) day = a.day;
    return day;
  };
}
