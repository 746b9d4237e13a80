import type { DatePrecision } from '../extract/types.ts';

/**
 * How long a dated span can be, per precision, in days past its earliest day (null: no bound). The
 * window statements (timeline/timeline-in-range, influence/project-window-graph) seek each precision
 * on its own through the (precision, earliest) indexes: an item of precision p overlaps [from, to]
 * only if from - days(p) <= earliest <= to, so a seek reads what the window holds, not every item that
 * starts before its end. 'unknown-year' items have no dates as extracted; one that gained dates from a
 * later article keeps that precision, so it is sought without a lower bound, as ranges are.
 * A Record over DatePrecision: a new precision does not compile until its bound is written here.
 */
const MAX_SPAN_DAYS: Record<DatePrecision, number | null> = {
  day: 0,
  month: 30,
  year: 365,
  range: null,
  'unknown-year': null,
};

export const precisionSpans: { precision: DatePrecision; days: number | null }[] = Object.entries(MAX_SPAN_DAYS)
  .map(([precision, days]) => ({ precision: precision as DatePrecision, days }));
