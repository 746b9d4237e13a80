// One line of Quotebank (EPFL's quote corpus, distributed as bz2 JSON lines; quotation-centric form):
// {"quoteID", "quotation", "speaker", "qids", "date", "numOccurrences", "probas": [[name, p], …],
//  "urls": […], "phase"}. Read into a checked record, or the reason the line is not one.

import { isIsoCalendarDate } from '../documents/calendar-date.ts';
import { httpUrl, objectOfLine } from './json-line.ts';

export interface SpeakerCandidate {
  name: string;
  probability: number;
}

export interface QuotebankRecord {
  quoteId: string | null;
  quotation: string;
  /** the candidates, most probable first; "None" (no speaker) is a candidate like any other */
  candidates: SpeakerCandidate[];
  /** Wikidata items Quotebank gives for the most probable speaker's name (several when it is ambiguous) */
  qids: string[];
  /** the day of the quotation's earliest occurrence (YYYY-MM-DD) */
  day: string;
  occurrences: number | null;
  /** the http(s) urls of the articles that carry it, each once */
  urls: string[];
  phase: string | null;
}

export type ParsedLine = { record: QuotebankRecord } | { error: string };

const DATE = /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;

/** A probability as Quotebank writes it: a number or a decimal string ("0.7153"), within 0..1. */
function probability(v: unknown): number | null {
  const p = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(p) && p >= 0 && p <= 1 ? p : null;
}

function candidatesOf(v: unknown, speaker: unknown): SpeakerCandidate[] | string {
  if (v === undefined || v === null)
    return typeof speaker === 'string' && speaker.trim() ? [{ name: speaker.trim(), probability: 1 }] : [];
  if (!Array.isArray(v)) return 'probas is not a list of [name, probability]';
  const out: SpeakerCandidate[] = [];
  for (const c of v) {
    if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'string')
      return 'probas is not a list of [name, probability]';
    const p = probability(c[1]);
    if (p === null) return `probas: ${JSON.stringify(c[1])} is not a probability between 0 and 1`;
    out.push({ name: c[0].trim(), probability: p });
  }
  return out.sort((a, b) => b.probability - a.probability);
}

function urlsOf(v: unknown): string[] | string {
  if (!Array.isArray(v)) return 'urls is not a list';
  const out = new Set<string>();
  for (const u of v) {
    if (typeof u !== 'string') return 'urls holds something other than text';
    // a url that is not http(s) is left out; a record left with none is refused below
    const url = httpUrl(u);
    if (url) out.add(url);
  }
  return [...out];
}

/** Reads one line; a blank line is not a record either (the caller may skip those silently). */
export function parseQuotebankLine(line: string): ParsedLine {
  const read = objectOfLine(line);
  if ('error' in read) return read;
  const value = read.object;
  const quotation = typeof value.quotation === 'string' ? value.quotation.trim() : '';
  if (!quotation) return { error: 'no quotation' };
  const date = typeof value.date === 'string' ? DATE.exec(value.date.trim()) : null;
  if (!date || !isIsoCalendarDate(date[1]!)) return { error: `date ${JSON.stringify(value.date)} is not a day` };
  const candidates = candidatesOf(value.probas, value.speaker);
  if (typeof candidates === 'string') return { error: candidates };
  const urls = urlsOf(value.urls);
  if (typeof urls === 'string') return { error: urls };
  if (!urls.length) return { error: 'no http(s) url: a quote needs a source' };
  const qids = Array.isArray(value.qids)
    ? value.qids.filter((q): q is string => typeof q === 'string' && /^Q\d+$/.test(q))
    : [];
  const occurrences =
    typeof value.numOccurrences === 'number' && Number.isInteger(value.numOccurrences) ? value.numOccurrences : null;
  return {
    record: {
      quoteId: typeof value.quoteID === 'string' ? value.quoteID : null,
      quotation,
      candidates,
      qids: [...new Set(qids)],
      day: date[1]!,
      occurrences,
      urls,
      phase: typeof value.phase === 'string' ? value.phase : null,
    },
  };
}

/** Quotebank's name for "no speaker found". */
export const NO_SPEAKER = 'None';

/**
 * The speaker a record names: its most probable candidate when that is a name (not "None") and its
 * probability reaches the threshold; otherwise none, and the quote stays unattributed.
 */
export function chosenSpeaker(record: QuotebankRecord, threshold: number): SpeakerCandidate | null {
  const top = record.candidates[0];
  if (!top || top.name === NO_SPEAKER || !top.name) return null;
  return top.probability >= threshold ? top : null;
}
