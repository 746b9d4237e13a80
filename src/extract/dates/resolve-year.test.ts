import { describe, expect, it } from 'vitest';
import { datesIn, edtfOf } from './test-helpers.ts';

describe('tense of the clause around a date', () => {
  it('when a future verb follows "und" after a past weekday, then the weekday stays in the past', () => {
    // published Friday 2026-03-13
    const found = datesIn(
      'Die Proteste haben am Donnerstagabend begonnen und werden auf den Sonntag ausgeweitet.',
      '2026-03-13',
    );
    expect(edtfOf(found, 'Donnerstag')).toBe('2026-03-12');
    expect(edtfOf(found, 'Sonntag')).toBe('2026-03-15');
  });

  it('when "will" follows "that" after a month, then the month belongs to the past verb before it', () => {
    const found = datesIn('The firm said in October that it will shut two plants.', '2019-01-10', 'en');
    expect(edtfOf(found, 'October')).toBe('2018-10');
  });
});
