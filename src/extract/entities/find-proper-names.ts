// Organisations the other stages do not know, found by how a language writes proper names:
// - an acronym in capitals ("FPÖ", "DAK-Gesundheit", "GM") names an organisation unless it is a
//   common abbreviation or part of a line written in capitals;
// - German writes adjectives in lower case inside a sentence, so a capitalised adjective before a
//   noun that heads organisation names is part of a name ("Freiheitliche Partei", "Deutsche Bahn",
//   "Techniker Krankenkasse");
// - English capitalises names only, so two or more capitalised words inside a sentence that no
//   other stage took are a name ("Save British Farming", "Reform UK", "Fine Gael").
// Runs before places and after persons, roles and known names, so those keep their types.

import { addMention, mentionsOverlapping, newEntity, type Context } from '../context.ts';
import { MONTH_NAME_PATTERN, WEEKDAY_PATTERN } from '../dates/month-names.ts';
import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';
import { writtenInLowerCase } from '../text/lower-case-words.ts';
import { spansOverlapping, spansStartingIn } from '../text/span-lookup.ts';
import { escapeRegExp } from '../lang/word-alternation.ts';

const ACRONYM = /(?<![\p{L}\d])\p{Lu}[\p{Lu}\d&]{1,3}(?![\p{L}\d])/gu;
// Abbreviations that are no organisation: titles, units, media, languages, time, document kinds;
// every language's, as an acronym reads the same in any text.
const NOT_ORG_ACRONYMS = new Set(everyLanguagePack().flatMap((p) => p.names.notOrgAcronyms));
const DATE_WORD = new RegExp(`^(?:${MONTH_NAME_PATTERN}|${WEEKDAY_PATTERN})$`, 'u');
const DE_ADJ_NOUN = /(?<![\p{L}\d-])(\p{Lu}\p{Ll}+(?:e|en|er|es))\s+(\p{Lu}[\p{L}-]+)/gu;
const functionWordSets = new WeakMap<LanguagePack, ReadonlySet<string>>();

/**
 * Words that open a capitalised run without belonging to the name ("The Dáil", "In Dublin"), as a set once per pack.
 */
function functionWordsOf(pack: LanguagePack): ReadonlySet<string> {
  let words = functionWordSets.get(pack);
  if (!words) {
    words = new Set(
      pack.names.organisationNames.kind === 'capitalised-run' ? pack.names.organisationNames.functionWords : [],
    );
    functionWordSets.set(pack, words);
  }
  return words;
}

const runPatterns = new WeakMap<readonly string[], RegExp>();

/** Capitalised words, with the style's link words between them ("Friends of the Earth"), compiled once per pack. */
function capitalisedRun(linkWords: readonly string[]): RegExp {
  let re = runPatterns.get(linkWords);
  if (!re) {
    const links = linkWords.length ? `(?:(?:${linkWords.map(escapeRegExp).join('|')})[ \\u00A0]+)?` : '';
    re = new RegExp(`(?<![\\p{L}\\d'’-])\\p{Lu}[\\p{L}'’-]*(?:[ \\u00A0]+${links}\\p{Lu}[\\p{L}'’-]*)+`, 'gu');
    runPatterns.set(linkWords, re);
  }
  return re;
}

function sentenceStartsAt(ctx: Context, sentenceStarts: ReadonlySet<number>, offset: number): boolean {
  const before = ctx.body.slice(Math.max(0, offset - 3), offset);
  return offset === 0 || /(?:^|[.!?:;"“”„«»‘’'\n(–—-])\s*$/u.test(before) || sentenceStarts.has(offset);
}

const SPACE = /\s/u;

/**
 * What /(\S+)\s+$/u captures in a text, or '': its last word when whitespace ends it (without the
 * pattern's tries from every position).
 */
export function wordBefore(text: string): string {
  let i = text.length;
  if (i === 0 || !SPACE.test(text[i - 1]!)) return '';
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  const end = i;
  while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function free(ctx: Context, start: number, end: number): boolean {
  return (
    mentionsOverlapping(ctx, { start, end }).length === 0 && spansOverlapping(ctx.roles, { start, end }).length === 0
  );
}

export function findProperNames(ctx: Context): void {
  const body = ctx.body;
  const sentenceStarts = new Set(ctx.sentences.map((x) => x.start));
  const found: { start: number; end: number; text: string }[] = [];
  for (const m of body.matchAll(ACRONYM)) {
    const start = m.index ?? 0;
    const text = m[0];
    const end = start + text.length;
    if (NOT_ORG_ACRONYMS.has(text) || /^\d/.test(text) || !/\p{Lu}.*\p{Lu}/u.test(text)) continue;
    // a line or heading in capitals: the neighbouring words are capitals too
    const previous = wordBefore(body.slice(Math.max(0, start - 30), start));
    const next = /^\s+(\S+)/u.exec(body.slice(end, end + 30))?.[1] ?? '';
    if (
      [previous, next].some(
        (w) => /^\p{Lu}{2,}[,.:;!?]?$/u.test(w) && !NOT_ORG_ACRONYMS.has(w.replace(/[,.:;!?]$/, '')),
      )
    )
      continue;
    // a word shouted in capitals ("SEE ALSO"): the text writes it in lower case elsewhere
    if (writtenInLowerCase(body, text)) continue;
    if (!free(ctx, start, end)) continue;
    found.push({ start, end, text });
  }
  const style = ctx.pack.names.organisationNames;
  switch (style.kind) {
    case 'adjective-before-head':
      for (const m of body.matchAll(DE_ADJ_NOUN)) {
        const start = m.index ?? 0;
        const head = m[2]!.toLowerCase();
        if (!style.heads.some((h) => head.endsWith(h)) || sentenceStartsAt(ctx, sentenceStarts, start)) continue;
        const end = start + m[0].length;
        if (free(ctx, start, end)) found.push({ start, end, text: m[0] });
      }
      break;
    case 'capitalised-run': {
      const functionWords = functionWordsOf(ctx.pack);
      for (const m of body.matchAll(capitalisedRun(style.linkWords))) {
        let start = m.index ?? 0;
        let text = m[0].replace(/['’]s?$/u, '').replace(/[.-]+$/u, '');
        // drop a leading function word or date ("The Dáil" keeps "Dáil", "On Monday" is no name)
        const words = text.split(/\s+/);
        while (words.length > 0 && (functionWords.has(words[0]!) || DATE_WORD.test(words[0]!))) {
          const first = words.shift()!;
          const skip = text.indexOf(first) + first.length;
          const lead = /^\s*/.exec(text.slice(skip))![0].length;
          start += skip + lead;
          text = text.slice(skip + lead);
        }
        while (words.length > 0 && DATE_WORD.test(words[words.length - 1]!)) {
          words.pop();
          text = text.slice(0, text.lastIndexOf(' ')).trimEnd();
        }
        if (words.length < 2 || /\s(?:of|for|and|the|To|to)$/u.test(text)) continue;
        // a line in capitals ("BREAKING NEWS", a command quoted in capitals) is no name
        if (words.every((w) => !/\p{Ll}/u.test(w))) continue;
        const end = start + text.length;
        const party = beforeTitle(ctx, start, end);
        if (party) found.push(party);
        if (sentenceStartsAt(ctx, sentenceStarts, m.index ?? 0) && (m.index ?? 0) === start) continue;
        if (free(ctx, start, end)) found.push({ start, end, text });
      }
      break;
    }
    default: {
      const unknown: never = style;
      throw new Error(`unknown organisation-name style ${JSON.stringify(unknown)}`);
    }
  }
  for (const f of found) if (free(ctx, f.start, f.end)) addMention(ctx, newEntity(ctx, 'Organization', f.text), f);
}

/**
 * "Sinn Féin Deputy Leader Mary Lou McDonald", "Fine Gael TD Alan Farrell": two or more capitalised
 * words right before a role title in the same run name the body the title belongs to, also at the
 * start of a sentence (the title and name after them show it is no sentence-initial word).
 */
function beforeTitle(ctx: Context, start: number, end: number): { start: number; end: number; text: string } | null {
  const title = spansStartingIn(ctx.roles, start + 1, end).sort((a, b) => a.start - b.start)[0];
  if (!title) return null;
  const text = ctx.body.slice(start, title.start).trimEnd();
  const words = text.split(/\s+/);
  if (
    words.length < 2 ||
    /\s(?:of|for|and|the|To|to)$/u.test(text) ||
    !/^[ \u00A0]+$/u.test(ctx.body.slice(start + text.length, title.start))
  )
    return null;
  return free(ctx, start, start + text.length) ? { start, end: start + text.length, text } : null;
}
