// Month, part-of-month, year, part-of-year and season phrases that chrono does not read:
// "im Januar", "Mitte März", "Anfang April", "Ende 2025", "in early March", "late 2025", "In fall 2025".
// "Mitte März" says March and that it was the middle of it, but not which days: the EDTF and the
// bounds are the whole month (queries never lose a true date) and `qualifier` keeps "mid".

import type { TimeSpan } from '../types.ts';
import type { DateContext, DateHit } from './date-hit.ts';
import { MONTH_NAME_PATTERN, monthNumber } from './month-names.ts';
import { resolveYear, tenseNear } from './resolve-year.ts';
import { monthSpan, seasonNamed, seasonSpan, yearSpan } from './time-span.ts';

type Part = 'early' | 'mid' | 'late';

const PREPOSITION = '(?:im|Im|in|In|seit|Seit|since|Since|ab|Ab|bis|Bis|until|Until|by|during|während|Während)';
const PART = '(Anfang|Mitte|Ende|[Ee]arly|[Mm]id-|[Mm]id|[Ll]ate|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of)';

const MONTH_PHRASE = new RegExp(
  // A day after the month ("until March 6") makes it a day date, read by chrono.
  `(?<![\\p{L}\\d])(?:${PREPOSITION}\\s+)?(?:${PART}\\s*)?(${MONTH_NAME_PATTERN})(?!\\s+\\d{1,2}(?![\\d.]))(?:,?\\s+(?:of\\s+)?((?:19|20)\\d{2}))?(?![\\p{L}\\d])`,
  'gu',
);
const YEAR_PHRASE = new RegExp(
  `(?<![\\p{L}\\d])(?:${PART}\\s+(?:des\\s+Jahres\\s+|of\\s+)?|(?:im\\s+Jahre?|Im\\s+Jahre?|in|In|seit|Seit|since|Since|bis|until|from|From|ab|Ab|by|By|before|Before|after|After|vor|nach|through)\\s+)((?:19|20)\\d{2})(?![\\p{L}\\d])`,
  'gu',
);
const SEASON_PHRASE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:im|Im|in|In)\\s+)?(?:the\\s+)?(Frühjahr|Frühling|Sommer|Herbst|Winter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\\s+(?:of\\s+)?((?:19|20)\\d{2})(?![\\p{L}\\d])`,
  'gu',
);

function partOf(word: string | undefined): Part | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === 'anfang' || w === 'early' || /beginning|start/.test(w)) return 'early';
  if (w === 'mitte' || w.startsWith('mid')) return 'mid';
  if (w === 'ende' || w === 'late' || /end/.test(w)) return 'late';
  return null;
}

function qualified(span: TimeSpan | null, part: Part | null): TimeSpan | null {
  return span && part ? { ...span, qualifier: part } : span;
}

export function findMonthPhrases(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of ctx.body.matchAll(MONTH_PHRASE)) {
    const [text, partWord, monthWord, yearText] = m;
    const month = monthWord ? monthNumber(monthWord) : null;
    if (!month) continue;
    // "May" alone is mostly the verb; only read it with a preposition, a part or a year.
    if (monthWord === 'May' && text === 'May') continue;
    const start = m.index ?? 0;
    let year = yearText ? Number(yearText) : null;
    if (year === null) year = resolveYear(ctx.published, month, null, tenseNear(ctx.body, start, start + text.length));
    hits.push({ start, end: start + text.length, text, span: qualified(monthSpan(year, month), partOf(partWord)) });
  }
  for (const m of ctx.body.matchAll(YEAR_PHRASE)) {
    const [text, partWord, yearText] = m;
    const start = m.index ?? 0;
    hits.push({ start, end: start + text.length, text, span: qualified(yearSpan(Number(yearText)), partOf(partWord)) });
  }
  for (const m of ctx.body.matchAll(SEASON_PHRASE)) {
    const [text, seasonWord, yearText] = m;
    const start = m.index ?? 0;
    hits.push({ start, end: start + text.length, text, span: seasonSpan(Number(yearText), seasonNamed(seasonWord ?? '')) });
  }
  return hits;
}
