import { describe, expect, it } from 'vitest';
import { parsePublicationDate } from './calendar.ts';

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
