// A day or month without a year is placed by the tense of the words around it, read against the
// publication date. Future words ("wird", "will", "next") put it on or after the publication date;
// planning and modal words ("would", "expected", "werde") keep it in the publication year; past
// words ("hatte", "said", "ago") put it on or before the publication date. With no cue the nearest
// reading wins, leaning to the past as news does: up to six months ahead stays in the publication
// year ("Die Hersteller rechnen Ende Juli mit …" in June), further ahead means the year before.
// Without a publication date the year stays unknown.

import { everyLanguagePack } from '../lang/language-pack.ts';
import { compareYmd, daysInMonth, type Ymd } from './calendar.ts';
import { anyOf, escapeRegExp } from '../lang/word-alternation.ts';

export type Tense = 'future' | 'not-past' | 'past' | 'unknown';

// Tense is read in any text, whatever its language, so the words are every pack's (calendar.json).
const tense = everyLanguagePack().map((p) => p.calendar.tense);
const cue = (alternatives: string, flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, flags);

const FUTURE_CUE = cue(anyOf(tense.flatMap((t) => t.future)), 'iu');

// Modal and planning words ("would ship in early April", "werde frühestens Anfang April", "is due to
// visit on April 2") do not say the date is ahead, but that it need not be behind.
const NOT_PAST_CUE = cue(anyOf(tense.flatMap((t) => t.notPast)), 'iu');

// Words that place what they tell behind the publication date (English regular past tense included).
const PAST_CUE = cue(
  [
    anyOf(tense.flatMap((t) => t.past)),
    ...[...new Set(tense.flatMap((t) => t.pastEndings))].map((ending) => `\\p{Ll}{3,}${escapeRegExp(ending)}`),
  ].join('|'),
  'u',
);

const SIX_MONTHS_IN_DAYS = 183;

// A new clause starts at a comma, a coordinating conjunction or a complementizer: in "GM said in
// November that it will close plants" the "will" belongs to the plan, and in "Die Streiks haben am
// Freitag begonnen und werden auf den Samstag ausgedehnt" the "werden" to Saturday, not Friday.
const CLAUSE_END = new RegExp(`[.!?;:](?:\\s|$)|,\\s|\\s(?:${anyOf(tense.flatMap((t) => t.clauseOpeners))})\\s`, 'u');

function lastClause(text: string): string {
  let rest = text;
  for (let m = CLAUSE_END.exec(rest); m; m = CLAUSE_END.exec(rest)) rest = rest.slice(m.index + m[0].length);
  return rest;
}

/**
 * Only words close to the date count: in "In January, Reuters reported that NATO will cut…"
 * the "will" belongs to the plan, not to January.
 */
export function tenseNear(body: string, start: number, end: number): Tense {
  // The window stops at sentence ends: "… sollen. Bereits im Januar berichteten …" is past.
  const before =
    body
      .slice(Math.max(0, start - 30), start)
      .split(/[.!?]\s/)
      .pop() ?? '';
  // … and at the end of the clause: "berichteten am Mittwoch, sollen …" is past.
  const afterText = body.slice(end, end + 25);
  const cut = CLAUSE_END.exec(afterText);
  const after = cut ? afterText.slice(0, cut.index) : afterText;
  const window = before + body.slice(start, end) + after;
  // The clause reaches further back, up to a comma: "is expected to present the plan to NATO
  // allies in mid-June".
  const clauseBefore = lastClause(body.slice(Math.max(0, start - 80), start));
  const clause = clauseBefore + after;
  if (FUTURE_CUE.test(window) || FUTURE_CUE.test(clauseBefore)) return 'future';
  if (NOT_PAST_CUE.test(window) || NOT_PAST_CUE.test(clause)) return 'not-past';
  return PAST_CUE.test(clause) ? 'past' : 'unknown';
}

function daysBetween(a: Ymd, b: Ymd): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

export function resolveYear(published: Ymd | null, month: number, day: number | null, tense: Tense): number | null {
  if (!published) return null;
  if (day !== null && day > daysInMonth(published.year, month)) return null;
  const first: Ymd = { year: published.year, month, day: day ?? 1 };
  const last: Ymd = { year: published.year, month, day: day ?? daysInMonth(published.year, month) };
  switch (tense) {
    case 'not-past':
      return published.year;
    case 'future':
      return compareYmd(last, published) < 0 ? published.year + 1 : published.year;
    case 'past':
      return compareYmd(first, published) > 0 ? published.year - 1 : published.year;
    case 'unknown':
      return daysBetween(published, first) > SIX_MONTHS_IN_DAYS ? published.year - 1 : published.year;
  }
}
