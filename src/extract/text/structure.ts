// Paragraphs (lines) and sentences with body offsets. sentencex finds the boundaries; its offsets
// count code points, so sentences are located again by their text. German ordinal dates ("am 3.
// Januar") are glued back together because sentencex ends a sentence after "3.".

import { get_sentence_boundaries } from 'sentencex';
import type { Span } from '../types.ts';
import { spansOverlapping } from './span-lookup.ts';

export function findParagraphs(body: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    const end = start + line.length;
    const lead = line.length - line.trimStart().length;
    const trail = line.length - line.trimEnd().length;
    if (line.trim() !== '') paragraphs.push({ start: start + lead, end: end - trail });
    start = end + 1;
  }
  return paragraphs;
}

const MONTH_START = /^(?:Jan|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec)\p{L}*\.?|^\d/u;

export function findSentences(body: string, paragraphs: Span[], lang: string): Span[] {
  const sentences: Span[] = [];
  for (const paragraph of paragraphs) {
    const text = body.slice(paragraph.start, paragraph.end);
    let cursor = 0;
    const local: Span[] = [];
    let boundaries: { text: string }[];
    try {
      boundaries = get_sentence_boundaries(lang === 'de' ? 'de' : lang || 'en', text);
    } catch {
      boundaries = [{ text }];
    }
    for (const boundary of boundaries) {
      const piece = boundary.text.trim();
      if (!piece) continue;
      const at = text.indexOf(piece, cursor);
      if (at < 0) continue;
      cursor = at + piece.length;
      const previous = local[local.length - 1];
      const start = paragraph.start + at;
      const end = start + piece.length;
      if (previous && /\b\d{1,2}\.$/.test(body.slice(previous.start, previous.end)) && MONTH_START.test(piece)) {
        previous.end = end;
      } else {
        local.push({ start, end });
      }
    }
    if (local.length === 0) local.push({ ...paragraph });
    sentences.push(...local);
  }
  return sentences;
}

/** Sentences never end inside a quotation: a quote of three sentences plus its attribution is one unit. */
export function mergeAcross(sentences: Span[], spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    const crosses =
      previous !== undefined &&
      // the spans running over the previous end (start < end < span end), and then into this sentence
      spansOverlapping(spans, { start: previous.end, end: previous.end }).some(
        (s) => s.end > sentence.start && s.start < sentence.end,
      );
    if (previous && crosses) previous.end = sentence.end;
    else merged.push({ ...sentence });
  }
  return merged;
}
