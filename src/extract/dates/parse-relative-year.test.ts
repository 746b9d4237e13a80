import { describe, expect, it } from 'vitest';
import { datesIn, edtfOf } from './test-helpers.ts';

describe('findRelativeYears', () => {
  it(
    'when "Vorjahr" shares its sentence with a year, ' + 'then it is the year before that one, publication date or not',
    () => {
      const body = 'Gegenüber dem Vorjahr ist der Absatz 2016 um drei Prozent gestiegen.';
      expect(edtfOf(datesIn(body, null), 'Vorjahr')).toBe('2015');
      expect(edtfOf(datesIn(body, '2017-03-01'), 'Vorjahr')).toBe('2015');
    },
  );

  it('when the year is in the sentence before, then "a year earlier" counts from it', () => {
    const found = datesIn('Sales fell in 2014. A year earlier they had risen.', null, 'en');
    expect(edtfOf(found, 'A year earlier')).toBe('2013');
  });

  it('when "im Folgejahr" follows a dated sentence, then it is the year after', () => {
    expect(edtfOf(datesIn('Das Werk öffnete im März 2011. Im Folgejahr kam die Erweiterung.', null), 'Folgejahr')).toBe(
      '2012',
    );
  });

  it(
    'when "Vorjahr" has no year near it, ' +
      'then it is the year before publication, and nothing without a publication date',
    () => {
      expect(edtfOf(datesIn('Der Umsatz lag über dem Vorjahr.', '2024-05-02'), 'Vorjahr')).toBe('2023');
      expect(datesIn('Der Umsatz lag über dem Vorjahr.', null)).toEqual([]);
    },
  );

  it('when "a year later" has nothing to count from, then no year is made up', () => {
    expect(datesIn('A year later the plant closed.', '2024-05-02', 'en')).toEqual([]);
  });

  it('when a clause border stands between, then the year in the same clause wins', () => {
    const body = 'Seit 2008 gab es das nicht: Im Vergleich zum Vorjahr fiel der Wert 2012 deutlich.';
    expect(edtfOf(datesIn(body, null), 'Vorjahr')).toBe('2011');
  });
});

describe('relative periods from the publication date', () => {
  it.each([
    ['Das kommende Jahr wird schwierig.', 'de', '2027'],
    ['Im nächsten Jahr soll gebaut werden.', 'de', '2027'],
    ['Im vorigen Jahr gab es Streit.', 'de', '2025'],
    ['Prices rose last year.', 'en', '2025'],
  ])('when "%s" appears in an article of 2026, then it is that year', (body, lang, year) => {
    expect(datesIn(body, '2026-05-04', lang)).toMatchObject([{ edtf: year, precision: 'year' }]);
  });

  it('when "vor einem Jahr" or "three months ago" appears, then it is a year or month before publication', () => {
    expect(datesIn('Vor einem Jahr begann der Umbau.', '2026-05-04')).toMatchObject([
      { edtf: '2025', precision: 'year' },
    ]);
    expect(datesIn('The law passed three months ago.', '2026-02-04', 'en')).toMatchObject([
      { edtf: '2025-11', precision: 'month' },
    ]);
  });

  it('when "vor einem Jahr" appears without a publication date, then no year is made up', () => {
    expect(datesIn('Vor einem Jahr begann der Umbau.', null)).toEqual([]);
  });

  it('when "seit 30 Jahren" or "for 19 minutes" appears, then a duration is no date', () => {
    expect(datesIn('Er arbeitet seit 30 Jahren dort.', '2026-05-04')).toEqual([]);
    expect(datesIn('She spoke for 19 minutes before the vote.', '2026-05-04', 'en')).toEqual([]);
  });

  it('when "zum Jahreswechsel" appears late in a year, then it is the coming 1 January', () => {
    expect(datesIn('Die Gebühren steigen zum Jahreswechsel.', '2024-11-20')).toMatchObject([
      { edtf: '2025-01-01', precision: 'day' },
    ]);
    expect(datesIn('Zum Jahreswechsel 2023/24 stiegen sie.', null)).toMatchObject([{ edtf: '2024-01-01' }]);
    expect(datesIn('Die Gebühren steigen zum Jahreswechsel.', null)).toEqual([]);
  });

  it('when "last night" or "vergangene Nacht" appears, then it is the day before publication', () => {
    expect(datesIn('The band played last night in Leeds.', '2026-05-04', 'en')).toMatchObject([
      { text: 'last night', edtf: '2026-05-03' },
    ]);
    expect(datesIn('Vergangene Nacht brannte eine Scheune.', '2026-05-04')).toMatchObject([{ edtf: '2026-05-03' }]);
  });
});
