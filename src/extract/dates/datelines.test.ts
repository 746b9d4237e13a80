import { describe, expect, it } from 'vitest';
import { datesIn, edtfOf } from './test-helpers.ts';

describe('datelines', () => {
  it('when a wire story is republished days later, then its weekdays count from the dateline day', () => {
    // dateline Wednesday 2026-04-01, published Saturday 2026-04-04
    const body =
      'LISBON, April 1 (Reuters) - The minister resigned on Tuesday, officials said.\n\nOn Wednesday parliament met.';
    const found = datesIn(body, '2026-04-04', 'en');
    expect(edtfOf(found, 'April 1')).toBe('2026-04-01');
    expect(edtfOf(found, 'Tuesday')).toBe('2026-03-31');
    expect(edtfOf(found, 'Wednesday')).toBe('2026-04-01');
  });

  it('when a German dateline has a year and the article no publication date, then the weekdays still get a day', () => {
    const found = datesIn(
      'Graz, 3. März 2025 (APA) - Am Montag hatte der Landtag getagt, gestern die Regierung.',
      null,
    );
    expect(edtfOf(found, 'Montag')).toBe('2025-03-03');
    expect(edtfOf(found, 'gestern')).toBe('2025-03-02');
  });

  it('when the dateline has no year and there is no publication date, then the weekdays stay undated', () => {
    const found = datesIn('OSLO, March 29 (Reuters) - Norway said on Thursday it would buy tanks.', null, 'en');
    expect(edtfOf(found, 'Thursday')).toBeUndefined();
  });

  it('when a date stands inside a sentence, then it is no dateline', () => {
    // "said on Friday" counts from the publication day (Friday 2026-04-10), not from 1 April
    const found = datesIn('The report, dated April 1 - and leaked - was discussed on Friday.', '2026-04-10', 'en');
    expect(edtfOf(found, 'Friday')).toBe('2026-04-10');
  });
});
