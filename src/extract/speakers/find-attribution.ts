// The attribution of one quote, in the order news text uses: a dash line under a block quote
// ("— Marco Rubio, US-Senator"), a clause after the quote ("…”, sagte Whitaker" / "…,” Rubio
// said"), a clause before it ("a NATO official said: “…”", "betonte Rubio, dass die USA „…“").

import { mentionsIn, paragraphIndexOf, type Context } from '../context.ts';
import { spansOverlapping } from '../text/span-lookup.ts';
import type { QuotedSpan } from '../quotes/find-quoted-spans.ts';
import type { AttributionMethod } from '../../model/attribution-methods.ts';
import type { Span } from '../types.ts';
import {
  ABBREVIATION_BEFORE,
  ADVERB_BEFORE_VERB,
  COORDINATED,
  NP_END,
  RELATIVE_PRONOUN,
  SUBJECT_OPENING,
} from './noun-phrase-words.ts';
import { resolveNounPhrase, type SpeakerReading } from './resolve-noun-phrase.ts';
import {
  AUXILIARIES,
  CUE_BEFORE_NAME,
  firstSpeechVerb,
  IMPERSONAL_CUE,
  IMPERSONAL_SOURCE,
  QUOTE_VERBS,
  SOURCE_CUE,
  SOURCE_CUE_AFTER,
  speechVerbsIn,
} from './speech-verbs.ts';

export type { AttributionMethod };

export interface Attribution {
  reading: SpeakerReading;
  cue: string;
  cueSpan: Span;
  method: AttributionMethod;
}

function npAfter(ctx: Context, from: number, limit: number): Span {
  const text = ctx.body.slice(from, limit);
  NP_END.lastIndex = 0;
  for (let m = NP_END.exec(text); m; m = NP_END.exec(text)) {
    // "said Dr. Imogen Feld": the full stop of an abbreviated title ends no phrase
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(text.slice(0, m.index))) continue;
    return { start: from, end: from + m.index };
  }
  return { start: from, end: from + text.length };
}

// "Umweltministerin Svenja Schulze (SPD) sprach": a party or age in brackets sits between subject and verb.
const TRAILING_BRACKET = /\s*\([^()\n]{1,40}\)\s*$/u;

function simpleNpBefore(ctx: Context, from: number, verbStart: number): Span {
  let text = ctx.body.slice(from, verbStart);
  const bracket = TRAILING_BRACKET.exec(text);
  if (bracket && bracket.index > 0) text = text.slice(0, bracket.index);
  const sentenceEnd = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? '));
  const boundary = Math.max(
    sentenceEnd,
    text.lastIndexOf(','),
    text.lastIndexOf(';'),
    text.lastIndexOf(':'),
    text.lastIndexOf('—'),
    text.lastIndexOf('('),
    text.lastIndexOf('”'),
    text.lastIndexOf('“'),
    text.lastIndexOf('"'),
  );
  let np = text.slice(boundary + 1).trimEnd();
  np = np.replace(AUXILIARIES, '').replace(ADVERB_BEFORE_VERB, '');
  const start = from + boundary + 1;
  return { start, end: start + np.length };
}

/**
 * The subject that opens a span: a person named within its first words ("Bundeswehrgeneral Konrad
 * Falkenberg hatte …"), a pronoun, or an unnamed source ("A spokeswoman for the service …").
 */
function openingSubject(ctx: Context, span: Span): Span | null {
  const person = mentionsIn(ctx, span, ['Person'])[0];
  if (person && ctx.body.slice(span.start, person.start).split(/\s+/).filter(Boolean).length <= 3)
    return { start: span.start, end: person.end };
  const opening = SUBJECT_OPENING.exec(ctx.body.slice(span.start, span.end));
  return opening ? { start: span.start, end: span.start + opening[0].length } : null;
}

/**
 * The subject before a verb. Between subject and verb there may be an apposition or a relative
 * clause in commas ("An Estonian official, who spoke on condition of anonymity, said"; "Its head,
 * Deputy Foreign Minister Pavel Orlin, had said"), or the verb belongs to a relative clause
 * ("Prime Minister Liina Tamm, who told"): then the noun phrase before the comma is the speaker.
 */
function npBefore(ctx: Context, from: number, verbStart: number): Span {
  const simple = simpleNpBefore(ctx, from, verbStart);
  const coordinated = COORDINATED.test(ctx.body.slice(simple.start, simple.end)) ? openingSubject(ctx, simple) : null;
  if (coordinated) return coordinated;
  const npText = ctx.body.slice(simple.start, simple.end).trim();
  const relative = RELATIVE_PRONOUN.test(npText);
  if (npText !== '' && !relative) return simple;
  const comma = ctx.body.lastIndexOf(',', simple.start);
  if (comma < from || ctx.body.slice(comma + 1, simple.start).trim() !== '') return simple;
  const inner = simpleNpBefore(ctx, from, comma);
  if (relative || mentionsIn(ctx, inner, ['Person']).length > 0) return inner;
  const open = ctx.body.lastIndexOf(',', inner.start);
  if (open < from || ctx.body.slice(open + 1, inner.start).trim() !== '') return inner;
  return simpleNpBefore(ctx, from, open);
}

function dashLine(ctx: Context, quote: QuotedSpan, descriptions: Map<number, string>): Attribution | null {
  const index = paragraphIndexOf(ctx, quote.start);
  const paragraph = ctx.paragraphs[index];
  const next = ctx.paragraphs[index + 1];
  if (!paragraph || !next) return null;
  const lead = ctx.body.slice(paragraph.start, quote.open).trim();
  const trail = ctx.body.slice((quote.close ?? quote.end) + 1, paragraph.end).trim();
  if (lead !== '' || !/^[.,!?…]*$/.test(trail)) return null;
  const line = ctx.body.slice(next.start, next.end);
  const m = /^[—–-]\s*/.exec(line);
  if (!m || line.length > 120) return null;
  const nameStart = next.start + m[0].length;
  const reading = resolveNounPhrase(ctx, npAfter(ctx, nameStart, next.end), descriptions);
  return reading ? { reading, cue: line.trim(), cueSpan: next, method: 'dash-line' } : null;
}

function afterClause(
  ctx: Context,
  quote: QuotedSpan,
  limit: number,
  descriptions: Map<number, string>,
): Attribution | null {
  const from = (quote.close ?? quote.end) + 1;
  const raw = ctx.body.slice(from, limit);
  const lead = /^[\s,.!?…]*/.exec(raw)![0].length;
  const start = from + lead;
  const window = Math.min(limit, start + 80);
  const so = CUE_BEFORE_NAME.exec(ctx.body.slice(start, window));
  if (so) {
    const np = npAfter(ctx, start + so[0].length, window);
    const reading = resolveNounPhrase(ctx, np, descriptions);
    if (reading)
      return { reading, cue: ctx.body.slice(start, np.end), cueSpan: { start, end: np.end }, method: 'so-clause' };
  }
  const verb = firstSpeechVerb(ctx.body.slice(start, window), start, ctx.pack);
  if (!verb) return null;
  // "…“cranky”, she in turn told him he was “facile”": a verb whose clause goes on to another quoted
  // span introduces that one.
  const clauseEnd = ctx.body.slice(verb.end, limit).search(/[.;!?]/);
  const clause = { start: verb.end, end: clauseEnd < 0 ? limit : verb.end + clauseEnd };
  if (spansOverlapping(ctx.quoted, clause).some((q) => q.start > clause.start)) return null;
  const gap = ctx.body.slice(start, verb.start);
  if (/[.!?;]/.test(gap) || gap.split(/\s+/).filter(Boolean).length > 7) return null;
  if (gap.trim() === '') {
    const np = npAfter(ctx, verb.end, window);
    const reading = resolveNounPhrase(ctx, np, descriptions) ?? impersonal(ctx, verb.text, np);
    return reading
      ? {
          reading,
          cue: ctx.body.slice(start, np.end).trim(),
          cueSpan: { start, end: np.end },
          method: 'verb-after-quote',
        }
      : null;
  }
  const reading = resolveNounPhrase(ctx, { start, end: verb.start }, descriptions);
  return reading
    ? { reading, cue: ctx.body.slice(start, verb.end), cueSpan: { start, end: verb.end }, method: 'verb-after-quote' }
    : null;
}

/** "…“, hieß es aus dem Ministerium": no person speaks; where the words came from is the description. */
function impersonal(ctx: Context, verb: string, np: Span): SpeakerReading | null {
  if (!IMPERSONAL_CUE.test(verb)) return null;
  // The phrase runs to the punctuation: "aus dem Ministerium", "in Regierungskreisen".
  const text = (/^[^,.;:!?“”„"]*/.exec(ctx.body.slice(np.start, np.start + 80))?.[0] ?? '').trim();
  if (!IMPERSONAL_SOURCE.test(text) || text.split(/\s+/).length > 8) return null;
  return { speaker: null, description: text, confidence: 0.5 };
}

export function beforeClause(
  ctx: Context,
  from: number,
  to: number,
  descriptions: Map<number, string>,
): Attribution | null {
  const text = ctx.body.slice(from, to);
  const cues: { start: number; end: number; source: boolean; text: string }[] = [
    ...speechVerbsIn(text, from, ctx.pack).map((v) => ({ ...v, source: false })),
  ];
  // "a step that X called “overdue”": verbs that attribute a quote but do not introduce reported speech.
  for (const m of text.matchAll(QUOTE_VERBS))
    cues.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, source: false, text: m[0] });
  for (const m of text.matchAll(SOURCE_CUE))
    cues.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, source: true, text: m[0] });
  cues.sort((a, b) => b.start - a.start);
  for (const cue of cues) {
    let reading: SpeakerReading | null = null;
    let cueEnd = cue.end;
    let cueStart = cue.start;
    if (cue.source && SOURCE_CUE_AFTER.has(cue.text)) {
      const np = npBefore(ctx, from, cue.start);
      reading = resolveNounPhrase(ctx, np, descriptions);
      cueStart = np.start;
    } else if (cue.source) {
      const np = npAfter(ctx, cue.end, to);
      reading = resolveNounPhrase(ctx, np, descriptions);
      cueEnd = np.end;
    } else {
      const after = npAfter(ctx, cue.end, to);
      const before = npBefore(ctx, from, cue.start);
      const { verbSecond } = ctx.pack.speechVerbs.wordOrder;
      const order = verbSecond ? [after, before] : [before, after];
      let chosen: Span | null = null;
      let addressee: { reading: SpeakerReading; np: Span } | null = null;
      for (const np of order) {
        // English inverts ("said Rubio") only at the end of a clause; a long object is no subject.
        if (np === after && !verbSecond && !/^\s*\p{Lu}/u.test(ctx.body.slice(np.start, np.end))) continue;
        const candidate = resolveNounPhrase(ctx, np, descriptions) ?? impersonal(ctx, cue.text, np);
        if (!candidate) continue;
        // "Ein Diplomat sagte der Zeitung": after the verb, an outlet is who was told, not who spoke.
        if (np === after && candidate.speaker && ctx.entities.get(candidate.speaker.entityId)?.type === 'MediaOutlet') {
          addressee ??= { reading: candidate, np };
          continue;
        }
        reading = candidate;
        chosen = np;
        break;
      }
      if (!reading && addressee) ({ reading, np: chosen } = addressee);
      if (chosen === after) cueEnd = Math.max(cue.end, after.end);
      else if (chosen) cueStart = chosen.start;
    }
    if (reading) {
      return {
        reading,
        cue: ctx.body.slice(cueStart, cueEnd).trim(),
        cueSpan: { start: cueStart, end: cueEnd },
        method: cue.source ? 'source-cue' : 'verb-before-quote',
      };
    }
  }
  return null;
}

export function findAttribution(
  ctx: Context,
  quote: QuotedSpan,
  sentence: Span,
  neighbours: { previousClose: number | null; nextOpen: number | null },
  descriptions: Map<number, string>,
): Attribution | null {
  const dash = dashLine(ctx, quote, descriptions);
  if (dash) return dash;
  const afterLimit = Math.min(sentence.end, neighbours.nextOpen ?? sentence.end);
  const beforeFrom = Math.max(
    sentence.start,
    neighbours.previousClose !== null ? neighbours.previousClose + 1 : sentence.start,
  );
  // 'X called Y "cranky", she told him he was "facile"': when another quote follows in the sentence,
  // the verb after this quote introduces that one, and a verb before this quote wins.
  if (neighbours.nextOpen !== null && neighbours.nextOpen < sentence.end) {
    const before = beforeClause(ctx, beforeFrom, quote.open, descriptions);
    if (before) return before;
  }
  const after = afterClause(ctx, quote, afterLimit, descriptions);
  if (after) return after;
  return (
    beforeClause(ctx, beforeFrom, quote.open, descriptions) ??
    verbLastSubject(ctx, quote, sentence, afterLimit, descriptions)
  );
}

/**
 * German puts the verb last: "Bundeswehrgeneral Konrad Falkenberg hatte vor einer „gefährlichen
 * Lücke“ gewarnt." When a speech verb follows the quote and nothing nearer names a speaker, the
 * subject opening the sentence speaks.
 */
function verbLastSubject(
  ctx: Context,
  quote: QuotedSpan,
  sentence: Span,
  limit: number,
  descriptions: Map<number, string>,
): Attribution | null {
  if (!ctx.pack.speechVerbs.wordOrder.verbLast) return null;
  const from = (quote.close ?? quote.end) + 1;
  const verb = speechVerbsIn(ctx.body.slice(from, limit), from, ctx.pack)[0];
  if (!verb || /[,;:]/.test(ctx.body.slice(from, verb.start))) return null;
  const subject = openingSubject(ctx, { start: sentence.start, end: quote.open });
  if (!subject) return null;
  const reading = resolveNounPhrase(ctx, subject, descriptions);
  return reading
    ? {
        reading,
        cue: `${ctx.body.slice(subject.start, subject.end)} … ${verb.text}`,
        cueSpan: { start: subject.start, end: verb.end },
        method: 'verb-last-subject',
      }
    : null;
}
