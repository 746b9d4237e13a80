import type { Diagnostic, TimeSpan } from '../types.ts';

/** A time expression found in the body, before it becomes an ExtractedDate. */
export interface DateHit {
  start: number;
  end: number;
  text: string;
  span: TimeSpan | null;
  /** a diagnostic when the expression could not be resolved */
  problem?: Diagnostic;
}

export interface DateContext {
  body: string;
  published: import('./calendar.ts').Ymd | null;
  /** the sentence around an offset, for tense cues */
  sentenceAt(offset: number): string;
  /** sentence spans in order, to find the anchor of "one day after ..." */
  sentences: readonly { start: number; end: number }[];
  /** the day "Monday" or "yesterday" counts from at an offset (a dateline's day); publication by default */
  referenceAt?: (offset: number) => import('./calendar.ts').Ymd | null;
}
