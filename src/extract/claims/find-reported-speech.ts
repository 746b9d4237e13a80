// Reported (indirect) speech: "Rubio betonte, dass …", "Whitaker sagte, die USA lieferten …",
// "…, sagte eine mit dem Vorgang vertraute Person", "…, so der Nato-Botschafter", "according to X,
// …", "Nach Angaben von Reuters …", "Insidern zufolge …", "X told reporters that …". One claim per
// sentence: the content clause, its speaker and its cue.

import { datesIn, insideSpeech, mentionsStartingAt, type Context } from '../context.ts';
import { resolveNounPhrase, type SpeakerReading } from '../speakers/resolve-noun-phrase.ts';
import { AUXILIARIES, SOURCE_START, speechVerbsIn } from '../speakers/speech-verbs.ts';
import type { AttributionMethod } from '../speakers/find-attribution.ts';
import type { QuoteDraft } from '../quotes/extract-quotes.ts';
import { spansOverlapping } from '../text/span-lookup.ts';
import type { Span, TimeSpan } from '../types.ts';
import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';
import { findQuantities, type Quantity } from './find-quantities.ts';
import { anyOf, escapeRegExp } from '../lang/word-alternation.ts';

export interface ClaimDraft extends Span {
  text: string;
  speaker: SpeakerReading['speaker'];
  speakerDescription: string | null;
  cue: string | null;
  quantities: Quantity[];
  when: TimeSpan | null;
  confidence: number;
  /** the sieve stage that found the speaker */
  method: AttributionMethod;
  sentence: Span;
}

const contentAfterPatterns = new WeakMap<LanguagePack, RegExp>();

/** Where the reported content starts after a speech verb, by the pack's kind of content clause; built once per pack. */
export function contentAfterPattern(pack: LanguagePack): RegExp {
  let re = contentAfterPatterns.get(pack);
  if (!re) {
    const clause = pack.speechVerbs.contentClause;
    switch (clause.kind) {
      case 'comma-clause': {
        const that = anyOf(clause.complementizers);
        re = new RegExp(
          `^(?:\\s+[^,.;:]{0,80}?)?(?:\\s*,\\s*(?:${that})\\s|` +
            `\\s+(?:${anyOf(clause.anticipators)})\\s*,\\s*(?:${that})\\s|` +
            `\\s+(?:${anyOf(clause.prepositions)})\\s|\\s*,\\s*(?=\\p{Ll}))`,
          'u',
        );
        break;
      }
      case 'that-clause':
        re = new RegExp(
          `^(?:\\s+(?:${anyOf(clause.addressees)}|(?:${anyOf(clause.addresseeArticles)})\\s+\\p{L}+|` +
            `[^,.;:“"]{0,40}?))?\\s+(?:${anyOf(clause.complementizers)})\\s|` +
            `^\\s+(?=(?:${anyOf(clause.subjects)})\\s)`,
          'u',
        );
        break;
      default: {
        const unknown: never = clause;
        throw new Error(`unknown content clause ${JSON.stringify(unknown)}`);
      }
    }
    contentAfterPatterns.set(pack, re);
  }
  return re;
}

// Where the addressee between verb and content ends: every pack's words, as the content pattern's
// free words may hold another language's ("told reporters that", "wies darauf hin").
export const OBJECT_END = new RegExp(
  `,|\\s+(?:${anyOf(
    everyLanguagePack().flatMap((p) => {
      const c = p.speechVerbs.contentClause;
      return c.kind === 'comma-clause' ? [...c.prepositions, ...c.anticipators] : c.complementizers;
    }),
  )})\\s|\\s+$`,
);
const sourceAfterPatterns = new WeakMap<LanguagePack, RegExp | null>();

/** "Insidern zufolge …": the pack's cues that follow their source, with the words before them; built once per pack. */
function sourceAfterPattern(pack: LanguagePack): RegExp | null {
  if (!sourceAfterPatterns.has(pack)) {
    const cues = pack.speechVerbs.sourceCues.afterSource;
    const alternatives = cues.map(escapeRegExp).join('|');
    sourceAfterPatterns.set(pack, cues.length ? new RegExp(`([\\p{L}\\s-]{2,60}?)\\s+(${alternatives})`, 'u') : null);
  }
  return sourceAfterPatterns.get(pack)!;
}

// what follows a speech verb when it introduces a direct quote: an optional addressee, a colon, a mark
const INTRODUCES_QUOTE = /^[^,.;:!?"“”„«»]{0,60}:\s*["“„«»‘'‚]/u;

function unquotedShare(ctx: Context, span: Span): number {
  let quoted = 0;
  for (const q of spansOverlapping(ctx.speech, span))
    quoted += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  return 1 - quoted / Math.max(1, span.end - span.start);
}

// An agency credit before the first sentence of a story ("rtr/taz | ", "dpa | "): no part of what was said.
const AGENCY_CREDIT = /^\p{L}{2,12}(?:\/\p{L}{2,12})*[ \u00A0]*\|[ \u00A0]*/u;

function trimContent(ctx: Context, start: number, end: number): Span {
  const raw = ctx.body.slice(start, end);
  const credit = AGENCY_CREDIT.exec(raw.trimStart())?.[0].length ?? 0;
  const lead = raw.length - raw.trimStart().length + credit;
  const trimmed = raw
    .trim()
    .slice(credit)
    .replace(/[.,;:!?]+$/, '');
  return { start: start + lead, end: start + lead + trimmed.length };
}

function reading(ctx: Context, np: Span, descriptions: Map<number, string>): SpeakerReading | null {
  const text = ctx.body.slice(np.start, np.end).trim().replace(AUXILIARIES, '');
  if (!text) return null;
  const found = resolveNounPhrase(
    ctx,
    { start: np.start, end: np.start + ctx.body.slice(np.start, np.end).indexOf(text) + text.length },
    descriptions,
  );
  if (found) return found;
  return text.split(/\s+/).length <= 8 ? { speaker: null, description: text, confidence: 0.3 } : null;
}

function claimIn(
  ctx: Context,
  sentence: Span,
  descriptions: Map<number, string>,
): Omit<ClaimDraft, 'quantities' | 'when' | 'sentence'> | null {
  const text = ctx.body.slice(sentence.start, sentence.end);
  const source = SOURCE_START.exec(text);
  if (source) {
    const npStart = sentence.start + source[0].length;
    const mention = mentionsStartingAt(ctx, npStart)[0];
    const comma = text.indexOf(',', source[0].length);
    const npEnd = mention ? mention.end : comma > 0 ? sentence.start + comma : npStart;
    const who = reading(ctx, { start: npStart, end: npEnd }, descriptions);
    const content = trimContent(ctx, npEnd + (ctx.body[npEnd] === ',' ? 1 : 0), sentence.end);
    // "According to Reuters, Rubio said that …": the source reports what someone else said; that
    // someone is the speaker, and the report by the source is found with the reports.
    const nested = content.end > content.start ? claimIn(ctx, content, descriptions) : null;
    if (nested?.speaker) return nested;
    if (who && content.end - content.start > 10) {
      return {
        ...content,
        text: ctx.body.slice(content.start, content.end),
        speaker: who.speaker,
        speakerDescription: who.description,
        cue: ctx.body.slice(sentence.start, npEnd),
        confidence: who.confidence * 0.9,
        method: 'source-cue',
      };
    }
  }
  const sourceAfter = sourceAfterPattern(ctx.pack);
  const zufolge =
    sourceAfter && ctx.pack.speechVerbs.sourceCues.afterSource.some((c) => text.includes(c))
      ? sourceAfter.exec(text)
      : null;
  if (zufolge) {
    const npText = zufolge[1]!.trim().split(/\s+/).slice(-4).join(' ');
    const cueStart = sentence.start + (zufolge.index ?? 0) + zufolge[0].length - zufolge[2]!.length - npText.length - 1;
    const who = reading(ctx, { start: cueStart, end: cueStart + npText.length }, descriptions);
    const content = trimContent(ctx, sentence.start, sentence.end);
    if (who)
      return {
        ...content,
        text: ctx.body.slice(content.start, content.end),
        speaker: who.speaker,
        speakerDescription: who.description,
        cue: `${npText} ${zufolge[2]}`,
        confidence: who.confidence * 0.8,
        method: 'source-cue',
      };
  }

  for (const verb of speechVerbsIn(text, sentence.start, ctx.pack)) {
    if (insideSpeech(ctx, verb.start)) continue;
    const rest = ctx.body.slice(verb.end, sentence.end);
    const contentAfter = contentAfterPattern(ctx.pack).exec(rest);
    if (contentAfter) {
      const lead = ctx.body.slice(sentence.start, verb.start);
      const boundary = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'));
      const before = { start: sentence.start + boundary + 1, end: verb.start };
      const objectEndAt = contentAfter[0].search(OBJECT_END);
      const objectEnd = verb.end + (objectEndAt === -1 ? 0 : objectEndAt);
      const after = { start: verb.end, end: objectEnd };
      const candidates = ctx.pack.speechVerbs.wordOrder.verbSecond ? [after, before] : [before, after];
      let who: SpeakerReading | null = null;
      let used = before;
      for (const np of candidates) {
        if (np.end - np.start < 2) continue;
        who = resolveNounPhrase(ctx, np, descriptions);
        used = np;
        if (who) break;
      }
      if (!who && before.end - before.start > 1) {
        who = reading(ctx, before, descriptions);
        used = before;
      }
      const cueSpan = used === after ? { start: verb.start, end: after.end } : { start: before.start, end: verb.end };
      const content = trimContent(ctx, verb.end + contentAfter[0].length, sentence.end);
      if (who && content.end - content.start > 10 && unquotedShare(ctx, content) > 0.3) {
        return {
          ...content,
          text: ctx.body.slice(content.start, content.end),
          speaker: who.speaker,
          speakerDescription: who.description,
          cue: ctx.body.slice(cueSpan.start, cueSpan.end).trim(),
          confidence: who.confidence * 0.85,
          method: 'verb-before-quote',
        };
      }
    }
    // Verb at the end: "…, sagte X", "…, X said", "…, said the source". A verb that opens a quote
    // after a colon ("…, when the minister said: “…”") says the quote, not the clause before it.
    const comma = ctx.body.lastIndexOf(',', verb.start);
    const opensQuote = INTRODUCES_QUOTE.test(ctx.body.slice(verb.end, sentence.end));
    if (
      !opensQuote &&
      comma > sentence.start &&
      verb.start - comma < 70 &&
      !/[.;]/.test(ctx.body.slice(comma, verb.start))
    ) {
      const between = { start: comma + 1, end: verb.start };
      const after = { start: verb.end, end: Math.min(sentence.end, verb.end + 80) };
      const afterText = ctx.body.slice(after.start, after.end);
      const afterEnd = afterText.search(/[,.;:!?]|\s(?:am|on|to|in|bei|gegenüber|speaking)\s/);
      if (afterEnd >= 0) after.end = after.start + afterEnd;
      let who: SpeakerReading | null = null;
      for (const np of ctx.body.slice(between.start, between.end).trim() === '' ? [after] : [between, after]) {
        who = resolveNounPhrase(ctx, np, descriptions) ?? (np === after ? reading(ctx, np, descriptions) : null);
        if (who) break;
      }
      const content = trimContent(ctx, sentence.start, comma);
      if (who && content.end - content.start > 10 && unquotedShare(ctx, content) > 0.5) {
        return {
          ...content,
          text: ctx.body.slice(content.start, content.end),
          speaker: who.speaker,
          speakerDescription: who.description,
          cue: ctx.body.slice(comma + 1, Math.max(verb.end, after.end)).trim(),
          confidence: who.confidence * 0.8,
          method: 'verb-after-quote',
        };
      }
    }
  }
  // "…, so der Nato-Botschafter."
  const so = /,\s+so\s+([^,.;]{2,60})[.!]?$/u.exec(text);
  if (so) {
    const npStart = sentence.start + (so.index ?? 0) + so[0].indexOf(so[1]!);
    const who = reading(ctx, { start: npStart, end: npStart + so[1]!.length }, descriptions);
    const content = trimContent(ctx, sentence.start, sentence.start + (so.index ?? 0));
    if (who)
      return {
        ...content,
        text: ctx.body.slice(content.start, content.end),
        speaker: who.speaker,
        speakerDescription: who.description,
        cue: `so ${so[1]!.trim()}`,
        confidence: who.confidence * 0.85,
        method: 'so-clause',
      };
  }
  return null;
}

export function findReportedSpeech(
  ctx: Context,
  quotes: QuoteDraft[],
  descriptions: Map<number, string>,
): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const directQuoteIn = new Set(quotes.filter((q) => q.kind === 'direct').map((q) => q.sentence.start));
  for (const sentence of ctx.sentences) {
    // A sentence that is a direct quote plus its attribution is a quote, not reported speech.
    if (unquotedShare(ctx, sentence) < 0.35 && directQuoteIn.has(sentence.start)) continue;
    const claim = claimIn(ctx, sentence, descriptions);
    if (!claim) continue;
    const when = datesIn(ctx, sentence)[0] ?? null;
    claims.push({
      ...claim,
      quantities: findQuantities(claim.text, claim.start, ctx.pack),
      when: when ? { edtf: when.edtf, earliest: when.earliest, latest: when.latest, precision: when.precision } : null,
      sentence,
    });
  }
  return claims;
}
