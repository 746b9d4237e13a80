// Month, part-of-month, year, part-of-year and season phrases that chrono does not read:
// "im Januar", "Mitte März", "Anfang April", "Ende 2025", "in early March", "late 2025", "In fall 2025".
// "Mitte März" says March and that it was the middle of it, but not which days: the EDTF and the
// bounds are the whole month (queries never lose a true date) and `qualifier` keeps "mid".

import type { TimeSpan } from '../types.ts';
import type { DateContext, DateHit } from './date-hit.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import { MONTH_NAME_PATTERN, monthNumber } from './month-names.ts';
import { resolveYear, tenseNear } from './resolve-year.ts';
import { monthSpan, seasonNamed, seasonSpan, yearSpan } from './time-span.ts';
import { anyPhraseOf } from '../lang/word-alternation.ts';

type Part = 'early' | 'mid' | 'late';

// Months, years and seasons are read in any text, whatever its language, so the words are every
// pack's (calendar.json), each once, in pack order.
const packs = everyLanguagePack();
const phrases = packs.map((p) => p.calendar.monthPhrases);
const seasons = packs.map((p) => p.calendar.seasons);
/** the part a phrase names, by its words with single spaces; null: read, but no qualifier kept */
const PART_BY_WORDS: ReadonlyMap<string, Part | null> = new Map(
  phrases.flatMap((p) => p.parts.flatMap(({ words, part }) => words.map((w) => [w, part] as const))),
);

const optional = (words: readonly string[]): string => (words.length ? `(?:(?:${anyPhraseOf(words)})\\s+)?` : '');

const PREPOSITION = `(?:${anyPhraseOf(phrases.flatMap((p) => p.prepositions))})`;
const PART = `(${anyPhraseOf([...PART_BY_WORDS.keys()])})`;

const MONTH_PHRASE = new RegExp(
  // A day after the month ("until March 6") makes it a day date, read by chrono.
  `(?<![\\p{L}\\d])(?:${PREPOSITION}\\s+)?(?:${PART}\\s*)?(${MONTH_NAME_PATTERN})(?!\\s+\\d{1,2}(?![\\d.]))` +
    '(?:,?\\s+' +
    optional(packs.flatMap((p) => p.calendar.yearLinks)) +
    '((?:19|20)\\d{2}))?(?![\\p{L}\\d])',
  'gu',
);
const YEAR_PHRASE = new RegExp(
  `(?<![\\p{L}\\d])(?:${PART}\\s+(?:(?:` +
    anyPhraseOf(phrases.flatMap((p) => p.partYearLinks)) +
    ')\\s+)?|(?:' +
    anyPhraseOf(phrases.flatMap((p) => p.yearPrepositions)) +
    ')\\s+)((?:19|20)\\d{2})(?![\\p{L}\\d])',
  'gu',
);
const SEASON_PHRASE = new RegExp(
  '(?<![\\p{L}\\d])' +
    optional(seasons.flatMap((s) => s.prepositions)) +
    `${optional(seasons.flatMap((s) => s.articles))}(` +
    anyPhraseOf(
      seasons
        .flatMap((s) => Object.values(s.names).flat())
        .flatMap((name) => [name, name[0]!.toUpperCase() + name.slice(1)]),
    ) +
    `)\\s+${optional(seasons.flatMap((s) => s.links))}((?:19|20)\\d{2})(?![\\p{L}\\d])`,
  'gu',
);

function partOf(word: string | undefined): Part | null {
  if (!word) return null;
  return PART_BY_WORDS.get(word.replace(/\s+/gu, ' ')) ?? null;
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
    hits.push({
      start,
      end: start + text.length,
      text,
      span: seasonSpan(Number(yearText), seasonNamed(seasonWord ?? '')),
    });
  }
  return hits;
}
