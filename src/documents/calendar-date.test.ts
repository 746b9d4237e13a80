import { describe, expect, it } from 'vitest';
import { toCalendarDate } from './calendar-date.ts';

describe('toCalendarDate', () => {
  it.each([
    ['2026-02-15', '2026-02-15'],
    ['2026-2-5', '2026-02-05'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-02-15T23:30:00+01:00', '2026-02-15'],
    ['2026-02-15 08:00:00.5 -5', '2026-02-15'],
    ['2026-02-15T08:00Z', '2026-02-15'],
    [' 2026-12-31 ', '2026-12-31'],
  ])('when given %j, then the calendar date is %s (as written, not shifted to UTC)', (input, date) => {
    expect(toCalendarDate(input)).toEqual({ date, precision: 'day' });
  });

  it.each([
    ['16.02.2026', '2026-02-16', 'day'],
    ['1.3.2023', '2023-03-01', 'day'],
    ['2023-03', '2023-03', 'month'],
  ])('when given %j, then it is read as %s with precision %s', (input, date, precision) => {
    expect(toCalendarDate(input)).toEqual({ date, precision });
  });

  it.each([
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2025-02-29',
    '1900-02-29',
    '30.02.2026',
    '2023-13',
  ])('when given the impossible date %s, then it is rejected as impossible', (input) => {
    expect(toCalendarDate(input)).toMatchObject({ problem: 'impossible' });
  });

  it.each(['February 15, 2026', '2026', 'gestern', '20260215', '02/15/2026'])(
    'when given %j, then it is rejected as not a date',
    (input) => {
      expect(toCalendarDate(input)).toMatchObject({ problem: 'format' });
    },
  );
});
