import { describe, expect, it } from 'vitest';
import { addMonths, parsePublicationDate } from './calendar.ts';

describe('parsePublicationDate', () => {
  it.each([
    ['2026-02-16', '2026-02-16', 'day'],
    ['2026-02-16T23:30:00+01:00', '2026-02-16', 'day'],
    ['16.02.2026', '2026-02-16', 'day'],
    ['6.2.2026', '2026-02-06', 'day'],
    ['2023-03', '2023-03', 'month'],
  ])('when the publication date is written "%s", then it is %s at %s precision', (text, iso, precision) => {
    expect(parsePublicationDate(text)).toMatchObject({ iso, precision });
  });

  it.each(['30.02.2026', '2026-13', 'Feb 2026', '', null])('when it is "%s", then it is no date', (text) => {
    expect(parsePublicationDate(text)).toBeNull();
  });
});

describe('addMonths', () => {
  it('when months are added or taken across a year end, then the year follows', () => {
    expect(addMonths(2026, 2, -3)).toEqual({ year: 2025, month: 11 });
    expect(addMonths(2025, 12, 1)).toEqual({ year: 2026, month: 1 });
    expect(addMonths(2026, 1, -24)).toEqual({ year: 2024, month: 1 });
  });
});
