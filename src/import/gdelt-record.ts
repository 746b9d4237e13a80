// One line of the GDELT Global Quotation Graph (GQG: JSON lines, a file a minute, one record per
// article): {"date": "2020-01-16T12:05:00Z", "url", "title", "lang": "ENGLISH", "quotes": [{"pre",
// "quote", "post"}, …]}, where pre and post are the words around the quote (the context a reader
// attributes it by). Read into a checked record, or the reason the line is not one.

import { isIsoCalendarDate, toCalendarDate } from '../documents/calendar-date.ts';
import { gdeltLanguage } from './gdelt-language.ts';
import { httpUrl, isObject, objectOfLine } from './json-line.ts';

export interface GdeltQuote {
  /** the words before the quote, as GDELT gives them ('' when none) */
  pre: string;
  /** the quoted words, trimmed */
  quote: string;
  post: string;
}

export interface GdeltRecord {
  /** the article's http(s) url, normalised as URL writes it */
  url: string;
  title: string | null;
  /** an ISO 639-1 code when the language is known (gdelt-language.ts), else GDELT's name; null: none given */
  lang: string | null;
  /** the day of the record's date (YYYY-MM-DD), as written (GDELT writes UTC) */
  day: string;
  /** the quotes with words, in the record's order */
  quotes: GdeltQuote[];
  /** quotes of the record left out: no words, or not a {pre, quote, post} object */
  emptyQuotes: number;
}

export type ParsedGdeltLine = { record: GdeltRecord } | { error: string };

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** GDELT's own timestamps elsewhere: 20200116120500 (to the second) or 20200116 */
const STAMP = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/;

/** "2020-01-16T12:05:00Z", "2020-01-16 12:05:00", "2020-01-16", "20200116120500" → "2020-01-16"; else null. */
export function gdeltDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const stamp = STAMP.exec(v);
  if (stamp) {
    const day = `${stamp[1]}-${stamp[2]}-${stamp[3]}`;
    return isIsoCalendarDate(day) ? day : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  const read = toCalendarDate(v);
  return 'date' in read && read.precision === 'day' ? read.date : null;
}

/** Reads one line; a blank line is not a record either (the caller skips those silently). */
export function parseGdeltLine(line: string): ParsedGdeltLine {
  const read = objectOfLine(line);
  if ('error' in read) return read;
  const value = read.object;
  const url = httpUrl(value.url);
  if (!url) return { error: `url ${JSON.stringify(value.url ?? null)} is not an http(s) url: a quote needs a source` };
  const day = gdeltDay(value.date);
  if (!day) return { error: `date ${JSON.stringify(value.date ?? null)} is not a day` };
  if (!Array.isArray(value.quotes)) return { error: 'quotes is not a list' };
  const quotes: GdeltQuote[] = [];
  let emptyQuotes = 0;
  for (const q of value.quotes) {
    const quote = isObject(q) ? text(q.quote).trim() : '';
    if (!isObject(q) || !quote) {
      emptyQuotes++;
      continue;
    }
    quotes.push({ pre: text(q.pre), quote, post: text(q.post) });
  }
  if (!quotes.length) return { error: 'no quote with words' };
  const title = text(value.title).trim();
  return { record: { url, title: title || null, lang: gdeltLanguage(value.lang), day, quotes, emptyQuotes } };
}
