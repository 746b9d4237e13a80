// Years the text writes as numbers: bare years ("2013", "a 2013 law", "Klimaziel 2030", "gegenüber
// 1990"), ranges of years ("2019 bis 2021", "between 2019 and 2021", "2019/20") and decades ("in the
// 1940s", "in den 1990er Jahren", "the '90s"). A four-digit number is a year only when nothing around
// it says it counts or labels something ("2000 Menschen", "rund 2000", "Seite 2019", "2.000"), and
// a decade written with two digits needs the publication date to know its century.

import type { TimeSpan } from '../types.ts';
import type { DateContext, DateHit } from './date-hit.ts';
import { COMPARATIVES, COUNTED_AFTER, COUNTED_BEFORE } from './number-words.ts';
import { decadeSpan, yearRangeSpan, yearSpan } from './time-span.ts';
import { everyLanguagePack, languagePack, type LanguagePack } from '../lang/language-pack.ts';
import { anyPhraseOf } from '../lang/word-alternation.ts';

type Part = 'early' | 'mid' | 'late';

// Not after a letter, digit or the separators of "2.019", "1,990", "12:2019", "§2019", "$2000"; not
// before a letter ("2019er", "2000m"), a decimal ("2019,5") or a percent sign.
const BARE_YEAR =
  /(?<![\p{L}\p{N}.,:/§#€$£'’+]|\p{N}\s)((?:19|20)\d{2})(?![\p{L}\p{N}%]|[.,:/]\p{N}|\s?[-–]\s?\p{N}|\s%)/gu;

// Years are read in any text, whatever its language, so the words are every pack's (calendar.json).
const years = everyLanguagePack().map((p) => p.calendar.years);
const longestFirst = (words: readonly string[]): string[] => [...new Set(words)].sort((a, b) => b.length - a.length);

// The patterns start at the digits (V8 would otherwise try an optional leading word at every
// position); the words before ("zwischen", "Anfang der", "the") are read from the text behind.
const YEAR_RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/§#€$£'’])((?:19|20)\\d{2})(\\s*[-–/]\\s*|\\s+(?:` +
    anyPhraseOf(longestFirst(years.flatMap((y) => y.rangeJoiners))) +
    ')\\s+)((?:19|20)?\\d{2})(?![\\p{L}\\p{N}%]|[.,:/-]\\p{N})',
  'gu',
);
const RANGE_CONJUNCTION = new RegExp(`\\s(?:${anyPhraseOf(years.flatMap((y) => y.rangeConjunctions))})\\s`, 'u');
const RANGE_OPENER = new RegExp(`(${anyPhraseOf(years.flatMap((y) => y.rangeOpeners))})\\s+$`, 'iu');
const RANGE_BETWEEN = new RegExp(`^(?:${anyPhraseOf(years.flatMap((y) => y.rangeBetween))})$`, 'iu');

// Two digits only where the shape is unmistakable: "the '90s", "the 90's", "den 90er Jahren" ("in
// the 90s" is as often a temperature).
// Suffixes longest first: "1990er Jahre" is one decade, not "1990er" and a word.
const suffixes = (pick: (d: (typeof years)[number]['decadeSuffixes']) => string[]): string =>
  anyPhraseOf(longestFirst(years.flatMap((y) => pick(y.decadeSuffixes))));
const DECADE = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?:((?:1[0-9]|20)\\d0)(?:${suffixes((d) => d.fourDigits)})|` +
    `['’]([1-9]0)(?:${suffixes((d) => d.twoDigitsAfterApostrophe)})|` +
    `([1-9]0)(?:${suffixes((d) => d.twoDigits)}))(?![\\p{L}\\p{N}])`,
  'gu',
);
const PART_BY_WORD: ReadonlyMap<string, Part> = new Map(
  years.flatMap((y) =>
    (['early', 'mid', 'late'] as const).flatMap((part) => y.decadeParts[part].map((word) => [word, part] as const)),
  ),
);
const DECADE_LEAD = new RegExp(
  `(?:(${anyPhraseOf([...PART_BY_WORD.keys()])})(?:\\s+(?:` +
    anyPhraseOf([...new Set(years.flatMap((y) => y.decadePartArticles))]) +
    '))?[\\s-]+|(?:' +
    anyPhraseOf([...new Set(years.flatMap((y) => y.decadeArticles))]) +
    ')\\s+)$',
  'u',
);

// A year cue before the number overrides the German capitalized-noun test: "Referenzjahr 1990 Bilanz".
const YEAR_NOUN_BEFORE = new RegExp(`(?:${anyPhraseOf(years.flatMap((y) => y.yearNouns))})$`, 'iu');

function partOf(word: string | undefined): Part | null {
  if (!word) return null;
  return PART_BY_WORD.get(word) ?? 'late';
}

/** The word right before a number and the one before it; an abbreviation keeps its dot ("Nr."). */
function wordsBefore(body: string, start: number): { word: string; previous: string } {
  const m = /(?:([\p{L}]+)\s+)?([\p{L}]+\.?)\s*$/u.exec(body.slice(Math.max(0, start - 40), start));
  return { word: m?.[2] ?? '', previous: m?.[1] ?? '' };
}

function wordAfter(body: string, end: number): string {
  return /^\s*([\p{L}]+)/u.exec(body.slice(end, end + 30))?.[1] ?? '';
}

/** True when the number at [start, end) counts or labels something instead of naming a year. */
export function countsSomething(body: string, start: number, end: number, pack: LanguagePack): boolean {
  const { word, previous } = wordsBefore(body, start);
  const before = word.toLowerCase();
  if (COUNTED_BEFORE.has(before) || COUNTED_BEFORE.has(before.replace(/\.$/u, ''))) return true;
  if ((before === 'als' || before === 'than') && COMPARATIVES.has(previous.toLowerCase())) return true;
  const after = wordAfter(body, end);
  if (COUNTED_AFTER.has(after.toLowerCase())) return true;
  // German writes counts below 10 000 without separator and nouns capitalized: "die 2000
  // Beschäftigten". A year is rarely followed by a noun there, so a capitalized word after the
  // number makes it a count unless a year word comes before it ("Referenzjahr 1990") or it is one
  // of the language's month names.
  if (pack.names.capitalisedNouns && /^\p{Lu}/u.test(after) && !YEAR_NOUN_BEFORE.test(before.replace(/\.$/u, ''))) {
    return !monthNamesOf(pack).has(after);
  }
  return false;
}

const monthNames = new WeakMap<LanguagePack, ReadonlySet<string>>();

/** The pack's month names standing alone ("Mai", "Jänner"), as a set once per pack. */
function monthNamesOf(pack: LanguagePack): ReadonlySet<string> {
  let names = monthNames.get(pack);
  if (!names) {
    names = new Set(pack.calendar.months.flatMap((m) => m.names));
    monthNames.set(pack, names);
  }
  return names;
}

function twoDigitDecade(published: DateContext['published'], decade: number): number | null {
  if (!published) return null;
  // the most recent decade with those digits, up to the publication year
  const start = published.year - ((((published.year - decade) % 100) + 100) % 100);
  return start;
}

function qualified(span: TimeSpan | null, part: Part | null): TimeSpan | null {
  return span && part ? { ...span, qualifier: part } : span;
}

export function findYears(ctx: DateContext, lang: string): DateHit[] {
  const { body } = ctx;
  const pack = languagePack(lang);
  const hits: DateHit[] = [];
  for (const m of body.matchAll(BARE_YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (countsSomething(body, start, end, pack)) continue;
    hits.push({ start, end, text: m[0], span: yearSpan(Number(m[1])) });
  }
  for (const m of body.matchAll(YEAR_RANGE)) {
    const [, first, joiner, second] = m;
    let start = m.index ?? 0;
    const end = start + m[0].length;
    const from = Number(first);
    const opener = RANGE_OPENER.exec(body.slice(Math.max(0, start - 12), start));
    const and = RANGE_CONJUNCTION.test(joiner ?? '');
    // "2019 und 2021" are two years; only "zwischen/between" makes them the ends of a range.
    if (and && !RANGE_BETWEEN.test(opener?.[1] ?? '')) continue;
    // "2019/20" and "2019-20" shorten the second year; "2019 bis 20 Uhr" does not.
    if (second!.length === 2 && !/^\s*[-–/]\s*$/u.test(joiner ?? '')) continue;
    const to = second!.length === 2 ? from - (from % 100) + Number(second) : Number(second);
    if (to <= from || to - from > 100) continue;
    if (countsSomething(body, start, end, pack)) continue;
    if (opener) start -= opener[0].length;
    hits.push({ start, end, text: body.slice(start, end), span: yearRangeSpan(from, to) });
  }
  for (const m of body.matchAll(DECADE)) {
    const [, fourDigits] = m;
    const twoDigits = m[2] ?? m[3];
    let start = m.index ?? 0;
    const end = start + m[0].length;
    const lead = DECADE_LEAD.exec(body.slice(Math.max(0, start - 20), start));
    // a two-digit decade needs its article: "den 90er Jahren", "the '90s"
    if (twoDigits && !lead) continue;
    if (lead?.[1]) start -= lead[0].length;
    const text = body.slice(start, end);
    const first = fourDigits ? Number(fourDigits) : twoDigitDecade(ctx.published, Number(twoDigits));
    if (first === null) {
      hits.push({
        start,
        end,
        text,
        span: null,
        problem: {
          level: 'info',
          message: `decade "${text}" without a century or publication date cannot be dated`,
          start,
          end,
        },
      });
      continue;
    }
    hits.push({ start, end, text, span: qualified(decadeSpan(first), lead?.[1] ? partOf(lead[1]) : null) });
  }
  return hits;
}
