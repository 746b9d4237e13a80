// Who said a GDELT quote, by our own attribution rules: the quote is put back between the words GDELT
// gives around it, in the quotation marks its language uses, and that small text is extracted as an
// article is. The extracted quote over GDELT's words gives the speaker, the sieve stage and confidence,
// the cue and, when the context dates it, the time. Only languages with rules (a language pack) are
// attributed; for the others there is no speaker to find, and the caller marks the quote so.

import { extractDocument } from '../extract/index.ts';
import { packLanguages } from '../extract/lang/language-pack.ts';
import type { AttributionMethod, EntityType, ExtractedQuote, TimeSpan } from '../extract/types.ts';
import type { GdeltQuote } from './gdelt-record.ts';

/** The languages with attribution rules (the extractor's language packs: de, en). */
export const ATTRIBUTED_LANGUAGES: ReadonlySet<string> = new Set(packLanguages());

/** Opening and closing marks a language's press writes; others get the English ones in the excerpt. */
const MARKS: Record<string, readonly [string, string]> = { de: ['„', '“'], en: ['“', '”'] };

/** quotation marks GDELT may leave at the edge of pre or post */
const EDGE_MARKS = /["“”„«»]+$/;
const LEAD_MARKS = /^["“”„«»]+/;

export interface GdeltContext {
  /** `pre “quote” post`: the excerpt stored on the source */
  text: string;
  /** where the quoted words are in it */
  start: number;
  end: number;
}

/** The quote between its context's words, in the marks of the language, spaced as print spaces it. */
export function contextOf(q: GdeltQuote, lang: string | null): GdeltContext {
  const [open, close] = MARKS[lang ?? ''] ?? MARKS.en!;
  const pre = q.pre.trim().replace(EDGE_MARKS, '').trimEnd();
  const post = q.post.trim().replace(LEAD_MARKS, '').trimStart();
  const before = pre ? `${pre} ${open}` : open;
  const after = !post ? close : /^[,.;:!?)]/.test(post) ? `${close}${post}` : `${close} ${post}`;
  return { text: `${before}${q.quote}${after}`, start: before.length, end: before.length + q.quote.length };
}

export interface GdeltAttribution {
  speaker: { id: string; name: string; type: EntityType } | null;
  /** "a harbour official" when the speaker has no name */
  speakerDescription: string | null;
  kind: ExtractedQuote['kind'];
  cue: string | null;
  method: AttributionMethod;
  confidence: number;
  /** the time the context gives the words, on or before the record's day; null: none */
  said: TimeSpan | null;
}

const overlap = (q: ExtractedQuote, c: GdeltContext) => Math.min(q.end, c.end) - Math.max(q.start, c.start);

/**
 * The attribution of the quote from its context (lang one of ATTRIBUTED_LANGUAGES, day the record's,
 * against which the context's relative dates resolve). Null when the extractor found no quote over
 * most of GDELT's words (the words are not quoted speech to it): the quote stays, unattributed.
 */
export function attributeGdeltQuote(
  q: GdeltQuote,
  ctx: { lang: string; day: string; url: string },
): GdeltAttribution | null {
  const context = contextOf(q, ctx.lang);
  const doc = extractDocument(context.text, {
    source: ctx.url,
    title: null,
    url: ctx.url,
    outlet: null,
    publishedAt: ctx.day,
    lang: ctx.lang,
  });
  let best: ExtractedQuote | null = null;
  for (const x of doc.quotes) if (overlap(x, context) > (best ? overlap(best, context) : 0)) best = x;
  if (!best || overlap(best, context) * 2 < context.end - context.start) return null;
  const entity = best.speaker ? doc.entities.find((e) => e.id === best.speaker!.entityId) : undefined;
  // "keep what the text says and no more": a time from the context's own words, and only one that
  // lies on or before the day the article was seen (words are not said after they were printed)
  const dated = best.said && best.saidBasis !== 'publication' && best.said.latest && best.said.latest <= ctx.day;
  return {
    speaker: best.speaker
      ? { id: best.speaker.entityId, name: entity?.name ?? best.speaker.name, type: entity?.type ?? 'Person' }
      : null,
    speakerDescription: best.speakerDescription,
    kind: best.kind,
    cue: best.cue,
    method: best.attribution.method,
    confidence: best.attribution.confidence,
    said: dated ? best.said : null,
  };
}
