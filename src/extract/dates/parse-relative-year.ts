// "im Vorjahr", "the previous year", "ein Jahr später", "im Folgejahr": a year counted from the year
// the text is talking about, not from the publication date. "Im Vergleich zum Vorjahr sind die
// Emissionen 2019 gesunken" is 2018 whenever the article appeared. The year talked about is that of
// the nearest dated expression in the same sentence (one in the same clause first), else the last
// one in the sentence before; only "Vorjahr"-like words fall back to the publication year ("der
// Umsatz stieg gegenüber dem Vorjahr"), since "a year later" needs something to be later than.

import type { DateContext, DateHit } from './date-hit.ts';
import { yearSpan } from './time-span.ts';
import { indexOfSpanAt } from '../text/span-lookup.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import { anyPhraseOf, escapePhrase } from '../lang/word-alternation.ts';

// Counted years are read in any text, whatever its language, so the words are every pack's (calendar.json).
const relativeYears = everyLanguagePack().map((p) => p.calendar.relativeYears);
const withCapital = (phrase: string): string[] => [phrase, phrase[0]!.toUpperCase() + phrase.slice(1)];

/** group 1: a noun that may count from the publication year ("Vorjahr", "Vorjahreszeitraum") */
function yearPattern(direction: 'previous' | 'next'): RegExp {
  const words = relativeYears.map((r) => r[direction]);
  const nouns = [
    anyPhraseOf(words.flatMap((w) => w.nouns)),
    ...words.flatMap((w) => w.compoundStems).map((stem) => `${escapePhrase(stem)}\\p{L}+`),
  ];
  const phrases = anyPhraseOf([
    ...words.flatMap((w) => w.phrases.flatMap(withCapital)),
    ...words.flatMap((w) => w.phrasesAsWritten),
  ]);
  return new RegExp(`(?<![\\p{L}])(?:(${nouns.join('|')})|${phrases})(?![\\p{L}])`, 'gu');
}

const PREVIOUS_YEAR = yearPattern('previous');
const NEXT_YEAR = yearPattern('next');

/** The year of a hit, when it names one year (not a range of years, not without a year). */
function yearOf(hit: DateHit): number | null {
  const span = hit.span;
  if (!span?.earliest || !span.latest) return null;
  const first = Number(span.earliest.slice(0, 4));
  return first === Number(span.latest.slice(0, 4)) ? first : null;
}

/** Distance in characters, with a clause border (":" or ";") between the two counting as far. */
function distance(body: string, a: DateHit, at: number, end: number): number {
  const [from, to] = a.end <= at ? [a.end, at] : [end, a.start];
  const gap = body.slice(from, to);
  return to - from + (/[:;]/.test(gap) ? 10_000 : 0);
}

function yearTalkedAbout(ctx: DateContext, anchors: DateHit[], start: number, end: number): number | null {
  const index = indexOfSpanAt(ctx.sentences, start);
  const sentence = ctx.sentences[index];
  if (!sentence) return null;
  let best: { year: number; d: number } | null = null;
  for (const a of anchors) {
    if (a.start < sentence.start || a.end > sentence.end || (a.start < end && a.end > start)) continue;
    const year = yearOf(a);
    if (year === null) continue;
    const d = distance(ctx.body, a, start, end);
    if (!best || d < best.d) best = { year, d };
  }
  if (best) return best.year;
  const previous = ctx.sentences[index - 1];
  if (!previous) return null;
  const inPrevious = anchors.filter((a) => a.start >= previous.start && a.end <= previous.end && yearOf(a) !== null);
  const last = inPrevious[inPrevious.length - 1];
  return last ? yearOf(last) : null;
}

export function findRelativeYears(ctx: DateContext, anchors: DateHit[]): DateHit[] {
  const hits: DateHit[] = [];
  const dated = anchors.filter((a) => a.span !== null).sort((a, b) => a.start - b.start);
  const scan = (re: RegExp, shift: number): void => {
    for (const m of ctx.body.matchAll(re)) {
      const text = m[0];
      const start = m.index ?? 0;
      const end = start + text.length;
      let year = yearTalkedAbout(ctx, dated, start, end);
      // "Vorjahr" alone is the year before the one the article is in; "a year earlier" is not.
      if (year === null && m[1] && ctx.published) year = ctx.published.year;
      if (year === null) {
        hits.push({
          start,
          end,
          text,
          span: null,
          problem: { level: 'info', message: `no year to count "${text}" from`, start, end },
        });
        continue;
      }
      hits.push({ start, end, text, span: yearSpan(year + shift) });
    }
  };
  scan(PREVIOUS_YEAR, -1);
  scan(NEXT_YEAR, 1);
  return hits;
}
