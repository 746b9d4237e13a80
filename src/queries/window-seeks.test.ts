import { describe, expect, it } from 'vitest';
import { addDays } from '../extract/dates/calendar.ts';
import { windowSeeks } from './window-seeks.ts';

const byPrecision = (from: string | null) =>
  Object.fromEntries(windowSeeks(from).map((s) => [s.precision, s.earliestFrom]));

describe('windowSeeks', () => {
  it(
    'when a window starts on 2017-06-05, ' +
      'then each precision is sought from as far back as its longest span reaches',
    () => {
      expect(byPrecision('2017-06-05')).toEqual({
        day: '2017-06-05',
        month: '2017-05-06',
        year: '2016-06-05',
        range: '0001-01-01',
        'unknown-year': '0001-01-01',
      });
    },
  );

  it('when the window is open at the start or starts on 0001-01-01, then no seek reaches before 0001-01-01', () => {
    for (const from of [null, '0001-01-01', '0001-03-01']) {
      expect(
        Object.values(byPrecision(from)).every((d) => d >= '0001-01-01'),
        String(from),
      ).toBe(true);
    }
    expect(byPrecision('0001-03-01').day).toBe('0001-03-01');
  });

  it('when days are added in the first century, then the year is not read as 19xx', () => {
    expect(addDays({ year: 50, month: 1, day: 1 }, -1)).toEqual({ year: 49, month: 12, day: 31 });
  });
});
