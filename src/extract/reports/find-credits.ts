// Agency credits: the codes that say which agency a story or paragraph comes from. They stand where a
// sentence does not: in parentheses at the start of a paragraph after a dateline ("KYIV (Reuters) -",
// "Berlin/Köln, 27. Feb (dpa/AFP) -"), alone in parentheses at a paragraph's start or end ("(epd)",
// "Von Anna Muster (dpa)"), or as the last word of a paragraph after its final sentence ("… fördern.
// epd", "Von Anna Muster, dpa"). Only two short anchored slices of each paragraph are read.

import { mentionsOverlapping, type Context } from '../context.ts';
import type { Span } from '../types.ts';
import type { OutletEntry, OutletLexicon } from './outlet-lexicon.ts';

export interface CreditMember extends Span {
  text: string;
  /** the agency the code names, or null for a code that is already an outlet mention of its own */
  outlet: OutletEntry | null;
}

export interface Credit extends Span {
  members: CreditMember[];
}

// A dateline of at most 60 characters, then the parenthesised codes and a dash or colon.
const LEAD = /^(?:[^()\n]{0,60}?\s)?\(([^()\n]{1,40})\)(?=\s*(?:[-–—:]|$)|\s+\p{Lu})/u;
// Codes in parentheses closing a paragraph, after a sentence or in a short byline.
const TAIL_PAREN = /(?:^|([.!?"“”»«]\s*)|\s)\(([^()\n]{1,40})\)\.?$/u;
// Bare codes closing a paragraph: "… fördern. epd", "dpa/AFP", "Von Anna Muster, dpa".
export const TAIL_BARE = /(?:^|([.!?"“”»«)]\s+)|(,\s+)|\s)([\p{L}-]+(?:\s*\/\s*[\p{L}-]+){0,3})\.?$/u;
const SEPARATOR = /\s*[/,]\s*/u;
// TAIL_BARE searching from a position: all of a match but its first character (and a final dot)
// is letters, spaces, slashes and hyphens, so no match starts before the run of those ending the
// paragraph, less one; tried from every word of a long paragraph, the search was slow.
const TAIL_BARE_FROM = new RegExp(TAIL_BARE.source, 'gu');
const TAIL_CHAR = /[\p{L}\s/-]/u;

/** TAIL_BARE.exec(text), searching only where a match can start. */
export function tailBare(text: string): RegExpExecArray | null {
  let k = text.endsWith('.') ? text.length - 1 : text.length;
  while (k > 0 && TAIL_CHAR.test(text[k - 1]!)) k--;
  // a surrogate half is no letter on its own: an astral letter before k means searching from the start
  const code = k > 0 ? text.charCodeAt(k - 1) : 0;
  TAIL_BARE_FROM.lastIndex = code >= 0xd800 && code <= 0xdfff ? 0 : Math.max(0, k - 1);
  return TAIL_BARE_FROM.exec(text);
}
// Staff initials that travel with agency codes: "dpa/lby", "AFP/jm".
const INITIALS = /^[a-z]{2,4}$/u;
const SHORT_BYLINE = 80;

export function findCredits(ctx: Context, lexicon: OutletLexicon): Credit[] {
  const credits: Credit[] = [];
  for (const paragraph of ctx.paragraphs) {
    const text = ctx.body.slice(paragraph.start, paragraph.end);
    const short = text.length <= SHORT_BYLINE;
    const lead = LEAD.exec(text);
    if (lead) {
      const inner = paragraph.start + lead[0].length - lead[1]!.length - 1;
      push(credits, members(ctx, lexicon, inner, lead[1]!), inner - 1, inner + lead[1]!.length + 1);
    }
    const tail = TAIL_PAREN.exec(text);
    if (tail && (tail[1] !== undefined || short || tail.index === 0)) {
      const inner = paragraph.start + text.lastIndexOf('(') + 1;
      if (!lead || inner - 1 > paragraph.start + lead[0].length)
        push(credits, members(ctx, lexicon, inner, tail[2]!), inner - 1, inner + tail[2]!.length + 1);
      continue;
    }
    const bare = tailBare(text);
    if (bare && (bare[1] !== undefined || (bare[2] !== undefined && short) || bare.index === 0)) {
      const inner = paragraph.start + bare.index + bare[0].length - bare[3]!.length - (bare[0].endsWith('.') ? 1 : 0);
      push(credits, members(ctx, lexicon, inner, bare[3]!), inner, inner + bare[3]!.length);
    }
  }
  return credits;
}

function push(credits: Credit[], found: CreditMember[] | null, start: number, end: number): void {
  if (found) credits.push({ start, end, members: found });
}

/** The codes of one credit, or null when any part is not a code: "(Archiv)" and "(SPD)" are no credits. */
function members(ctx: Context, lexicon: OutletLexicon, start: number, inner: string): CreditMember[] | null {
  const found: CreditMember[] = [];
  let outlets = 0;
  let at = 0;
  for (const part of inner.split(SEPARATOR)) {
    const offset = start + inner.indexOf(part, at);
    at = offset - start + part.length;
    if (part === '') return null;
    const span = { start: offset, end: offset + part.length };
    const mentioned = mentionsOverlapping(ctx, span).some(
      (m) => m.type === 'MediaOutlet' && m.start <= span.start && m.end >= span.end,
    );
    const outlet = lexicon.credit(part);
    if (outlet || mentioned) {
      outlets++;
      found.push({ ...span, text: part, outlet });
    } else if (!INITIALS.test(part)) {
      return null;
    }
  }
  return outlets > 0 ? found : null;
}
