import { addDays, formatYmd, parseIsoDate } from '../extract/dates/calendar.ts';
import type { DatePrecision } from '../extract/types.ts';

/**
 * How long a dated span can be, per precision, in days past its earliest day (null: no bound).
 * 'unknown-year' items have no dates as extracted; one that gained dates from a later article keeps
 * that precision, so it is sought without a lower bound, as ranges are. A Record over DatePrecision:
 * a new precision does not compile until its bound is written here.
 */
const MAX_SPAN_DAYS: Record<DatePrecision, number | null> = {
  day: 0,
  month: 30,
  year: 365,
  range: null,
  'unknown-year': null,
};

const OPEN_START = '0001-01-01';

export interface WindowSeek {
  precision: DatePrecision;
  /** the lowest `earliest` an item of this precision can have and still reach the window's start */
  earliestFrom: string;
}

/**
 * The index seeks for a window starting at `from` (null: open): the window statements
 * (timeline/timeline-page, influence/project-window-graph) seek each precision through the
 * (precision, earliest) indexes for earliest in [earliestFrom, to], since an item of precision p
 * overlaps [from, to] only if from - days(p) <= earliest <= to. A seek then reads what the window
 * holds, not every item that starts before its end.
 */
export function windowSeeks(from: string | null): WindowSeek[] {
  const start = parseIsoDate(from);
  return Object.entries(MAX_SPAN_DAYS).map(([precision, days]) => {
    const bound = start && days !== null ? formatYmd(addDays(start, -days)) : OPEN_START;
    return { precision: precision as DatePrecision, earliestFrom: bound < OPEN_START ? OPEN_START : bound };
  });
}
