import type { Diagnostic, TimeSpan } from '../types.ts';
import type { Ymd } from './calendar.ts';

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
  published: Ymd | null;
  /** 'month' when only the publication month is known: `published` is then its day 1, no real day */
  publishedPrecision?: 'day' | 'month' | null;
  /** the sentence around an offset, for tense cues */
  sentenceAt(offset: number): string;
  /** sentence spans in order, to find the anchor of "one day after ..." */
  sentences: readonly { start: number; end: number }[];
  /** the day "Monday" or "yesterday" counts from at an offset (a dateline's day); publication by default */
  referenceAt?: (offset: number) => Ymd | null;
}

/**
 * The publication day that weekdays, "gestern", "last week" and "vor drei Tagen" count from; none
 * when only the month is known (a feed's "2023-03" would otherwise make "gestern" 28 February).
 */
/** A time phrase that cannot be placed: no span, an info diagnostic saying why. */
export function undatedHit(
  start: number,
  end: number,
  text: string,
  message = `"${text}" without a publication date cannot be dated`,
): DateHit {
  return { start, end, text, span: null, problem: { level: 'info', message, start, end } };
}

export function publishedDay(ctx: DateContext): Ymd | null {
  return ctx.publishedPrecision === 'month' ? null : ctx.published;
}
