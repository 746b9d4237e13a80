// Runs findDates on one invented sentence or paragraph, sentences split at ". ", as the tests need.

import { parseIsoDate } from './calendar.ts';
import { findDates } from './find-dates.ts';
import type { ExtractedDate } from '../types.ts';

export function datesIn(body: string, publishedAt: string | null, lang = 'de'): ExtractedDate[] {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of body.matchAll(/[.!?]\s+/g)) {
    const end = (m.index ?? 0) + m[0].length;
    sentences.push({ start, end });
    start = end;
  }
  if (start < body.length) sentences.push({ start, end: body.length });
  const sentenceAt = (offset: number): string => {
    const s = sentences.find((x) => offset >= x.start && offset < x.end);
    return s ? body.slice(s.start, s.end) : '';
  };
  return findDates({ body, published: parseIsoDate(publishedAt), sentenceAt, sentences }, lang).dates;
}

/** The EDTF of the date whose text contains `surface`, or undefined. */
export function edtfOf(dates: ExtractedDate[], surface: string): string | undefined {
  return dates.find((d) => d.text.includes(surface) || surface.includes(d.text))?.edtf;
}
