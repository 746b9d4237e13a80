// Not every quoted string is speech. Names of programmes, books and operations ("ARD
// Tagesthemen"), scare quotes and single terms are left out; a quote is speech when it reads like
// words someone said: a clause, a lower-case fragment, or anything a speech verb attributes.

import { mentionsIn, type Context } from '../context.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import type { QuotedSpan } from './find-quoted-spans.ts';
import { anyOf } from '../lang/word-alternation.ts';

// Words that always announce a name or term ("so-called", "titled"), and nouns or verbs that do so
// only when the quoted text reads like a title (German compounds end in them: "Gedichtsammlung"):
// "the plan “Europa übernimmt”" names a plan, while "said the plan “sounds bold on paper”" quotes
// words about it, and "X called it “overdue”" is speech. Quotes are read in any text, whatever its
// language, so the words are every pack's (quotes.json).
const quoteWords = everyLanguagePack().map((p) => p.quotes);
export const NAMING_CUE = new RegExp(`(?:${anyOf(quoteWords.flatMap((q) => q.namingCues))})\\s*$`, 'i');
export const TITLE_CUE = new RegExp(`(?:${anyOf(quoteWords.flatMap((q) => q.titleCues))})\\s*$`, 'i');
export const CHARACTERISED = new RegExp(
  '(?:' +
    anyOf(quoteWords.flatMap((q) => q.characterisingVerbs)) +
    ')\\s+(?:[\\p{L}-]+\\s+){0,3}(?:(?:' +
    anyOf(quoteWords.flatMap((q) => q.characterisingLinks)) +
    ')\\s+)?$',
  'u',
);
export const ARTICLE_BEFORE = new RegExp(`(?:^|\\s)(?:${anyOf(quoteWords.flatMap((q) => q.termArticles))})\\s+$`, 'iu');
export const PERSONAL = new RegExp(
  `(?<![\\p{L}])(?:${anyOf(quoteWords.flatMap((q) => q.personalWords))})(?![\\p{L}])`,
  'u',
);

function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 4) return false;
  return words.every((w) => w.split('-').every((part) => /^[\p{Lu}\d&]/u.test(part)));
}

export function isSpeech(ctx: Context, quote: QuotedSpan): boolean {
  const text = ctx.body.slice(quote.start, quote.end).trim();
  if (text.length === 0) return false;
  const before = ctx.body.slice(Math.max(0, quote.open - 30), quote.open);
  if (NAMING_CUE.test(before)) return false;
  if (TITLE_CUE.test(before) && /^[\p{Lu}\d]/u.test(text)) return false;
  // 'X said: “No.”' — a colon after the attribution announces speech, however short.
  if (/:\s*$/.test(before) && /[.!?]$/.test(text)) return true;
  const words = text.split(/\s+/);
  // A quoted string that is (or contains) a known media outlet or programme is a name.
  if (words.length <= 4 && mentionsIn(ctx, quote, ['MediaOutlet']).length > 0) return false;
  if (looksLikeName(text) && !PERSONAL.test(text)) return false;
  // A single word in quotes is a term ("die „Schattenflotte“", "a 'reset'"), unless it is what someone
  // called something: "called the handover “overdue”" (no article right before the word).
  if (words.length === 1 && !/[.!?]$/.test(text)) {
    return /^\p{Ll}/u.test(text) && CHARACTERISED.test(before) && !ARTICLE_BEFORE.test(before);
  }
  return true;
}

/** A quote that is a grammatical part of the surrounding sentence is a fragment. */
export function quoteKind(ctx: Context, quote: QuotedSpan, sentenceStart: number): 'direct' | 'fragment' {
  const text = ctx.body.slice(quote.start, quote.end);
  const before = ctx.body.slice(sentenceStart, quote.open).trimEnd();
  const after = ctx.body.slice((quote.close ?? quote.end) + 1, (quote.close ?? quote.end) + 3);
  if (before === '' || /[:—–-]$/.test(before)) return 'direct';
  if (/^\p{Ll}/u.test(text.trim())) return 'fragment';
  if (/[,.!?…]$/.test(text.trim()) || /^,/.test(after)) return 'direct';
  // Preceded by ordinary words and ending without punctuation: embedded in the sentence.
  return /[.!?]\s*$/.test(before) ? 'direct' : 'fragment';
}
