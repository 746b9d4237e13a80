import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './calendar.ts';
import { findDates } from './find-dates.ts';

function dates(body: string, publishedAt: string | null, lang = 'de') {
  const sentences = [{ start: 0, end: body.length }];
  return findDates({ body, published: parseIsoDate(publishedAt), sentenceAt: () => body, sentences }, lang).dates;
}

describe('findDates', () => {
  it('when "am 15. Februar" appears with a publication date, then it is that day of the publication year', () => {
    expect(dates('Er sprach am 15. Februar in Berlin.', '2026-02-17')).toMatchObject([
      { text: '15. Februar', edtf: '2026-02-15', precision: 'day' },
    ]);
  });

  it('when "am 15. Februar" appears without a publication date, then the year stays unknown', () => {
    expect(dates('Er sprach am 15. Februar in Berlin.', null)).toMatchObject([
      { edtf: 'XXXX-02-15', earliest: null, latest: null, precision: 'unknown-year' },
    ]);
  });

  it('when "im Januar" appears, then it is a month with whole-month bounds', () => {
    expect(dates('Im Januar berichtete die Zeitung darüber.', '2026-02-17')).toMatchObject([
      { text: 'Im Januar', edtf: '2026-01', earliest: '2026-01-01', latest: '2026-01-31', precision: 'month' },
    ]);
  });

  it('when "im Januar" appears without a publication date, then it is XXXX-01', () => {
    expect(dates('Im Januar berichtete die Zeitung darüber.', null)).toMatchObject([
      { edtf: 'XXXX-01', precision: 'unknown-year' },
    ]);
  });

  it('when a month lies after the publication month, then it is placed in the previous year', () => {
    expect(dates('Im November gab es Streit.', '2026-02-17')).toMatchObject([{ edtf: '2025-11' }]);
  });

  it('when the month is close to a future cue, then it stays in the coming months', () => {
    expect(dates('Das Treffen wird im November stattfinden.', '2026-02-17')).toMatchObject([{ edtf: '2026-11' }]);
  });

  it('when "Mitte März" and "Ende 2025" appear, then month and year keep a part qualifier', () => {
    expect(dates('Mitte März und Ende 2025 war es ruhig.', '2026-04-02')).toMatchObject([
      { edtf: '2026-03', precision: 'month', qualifier: 'mid' },
      { edtf: '2025', precision: 'year', qualifier: 'late' },
    ]);
  });

  it('when a weekday is named, then it resolves to the most recent such day up to the publication date', () => {
    expect(dates('Das sagte er am Montag.', '2026-02-10')).toMatchObject([{ edtf: '2026-02-09' }]);
    expect(dates('He said so on Tuesday.', '2025-11-18', 'en')).toMatchObject([{ edtf: '2025-11-18' }]);
  });

  it('when a weekday is named without a publication date, then no date is made up', () => {
    expect(dates('Das sagte er am Montag.', null)).toEqual([]);
  });

  it('when an English season with a year appears, then it becomes an EDTF season', () => {
    expect(dates('In fall 2025, the army moved.', null, 'en')).toMatchObject([
      { edtf: '2025-23', earliest: '2025-09-01', latest: '2025-11-30' },
    ]);
  });

  it('when "one day after" precedes a dated sentence, then it counts back from that date', () => {
    const body = 'One day after the summit, she flew home. She landed on February 15.';
    expect(dates(body, null, 'en')).toMatchObject([{ edtf: 'XXXX-02-14' }, { edtf: 'XXXX-02-15' }]);
  });

  it('when "today" appears, then it is the publication day', () => {
    expect(dates('Ministers meet today in Brussels.', '2025-12-03', 'en')).toMatchObject([{ edtf: '2025-12-03' }]);
  });

  it(
    'when "last week" or "vergangene Woche" appears, ' +
      'then it is the calendar week before the publication week, as a range',
    () => {
      expect(dates('AP reported last week that talks stalled.', '2026-03-16', 'en')).toMatchObject([
        { text: 'last week', edtf: '2026-03-09/2026-03-15', precision: 'range' },
      ]);
      expect(dates('Der Angriff hatte vergangene Woche Folgen.', '2026-03-12')).toMatchObject([
        { edtf: '2026-03-02/2026-03-08' },
      ]);
      expect(dates('In der kommenden Woche wird entschieden.', '2026-03-12')).toMatchObject([
        { edtf: '2026-03-16/2026-03-22' },
      ]);
    },
  );

  it(
    'when a month after the publication date stands next to a modal or planning word, ' +
      'then it stays in the publication year',
    () => {
      expect(dates('The first batches would ship in early April.', '2026-03-16', 'en')).toMatchObject([
        { edtf: '2026-04', qualifier: 'early' },
      ]);
      expect(dates('Über Sanktionen werde frühestens Anfang April entschieden.', '2026-03-12')).toMatchObject([
        { edtf: '2026-04' },
      ]);
      expect(dates('Grant is due to visit Tallinn on April 2.', '2026-03-27', 'en')).toMatchObject([
        { edtf: '2026-04-02' },
      ]);
    },
  );

  it('when a later month has no future or modal cue, then it still lies in the year before', () => {
    expect(dates('Im April hatte sie gewarnt.', '2026-03-12')).toMatchObject([{ edtf: '2025-04' }]);
  });

  it('when a year follows "from" or "ab", then it is that year', () => {
    expect(dates('Troops will be stationed there from 2027.', '2026-03-27', 'en')).toMatchObject([
      { text: 'from 2027', edtf: '2027' },
    ]);
  });

  it.each([
    ['Die Minister tagten am 15. bis 16. Februar in Brüssel.', 'de', '2026-02-17', '2026-02-15/2026-02-16'],
    ['Die Minister tagten am 15./16. Februar in Brüssel.', 'de', '2026-02-17', '2026-02-15/2026-02-16'],
    ['Die Konferenz vom 15.–17. März 2026 in München.', 'de', null, '2026-03-15/2026-03-17'],
    ['Die Übung lief vom 28. Dezember bis 2. Januar.', 'de', '2026-02-17', '2025-12-28/2026-01-02'],
    ['The ministers met on February 15-16 in Brussels.', 'en', '2026-02-17', '2026-02-15/2026-02-16'],
    ['The ministers met on 15-16 February in Brussels.', 'en', '2026-02-17', '2026-02-15/2026-02-16'],
    ['Talks ran from February 28 to March 2, 2026, in Geneva.', 'en', null, '2026-02-28/2026-03-02'],
  ])('when "%s" names a range of days, then it is one EDTF interval with its bounds', (body, lang, published, edtf) => {
    const [from, to] = edtf.split('/');
    expect(dates(body, published, lang)).toMatchObject([{ edtf, earliest: from, latest: to, precision: 'range' }]);
  });

  it('when a range of days has no year and the article no publication date, then both years stay unknown', () => {
    expect(dates('Die Minister tagten am 15./16. Februar.', null)).toMatchObject([
      { edtf: 'XXXX-02-15/XXXX-02-16', earliest: null, latest: null, precision: 'unknown-year' },
    ]);
  });

  it('when the second day comes before the first, then it is no range', () => {
    expect(dates('Am 15. bis 12. Februar.', '2026-02-17').every((d) => d.precision !== 'range')).toBe(true);
  });

  it(
    'when only the publication month is known, ' +
      'then "gestern", weekdays, "letzte Woche" and "vor drei Tagen" get no day, a month named still does',
    () => {
      const body = 'Gestern und am Montag sprach er, letzte Woche und vor drei Tagen auch, im Januar nicht.';
      const found = findDates(
        {
          body,
          published: { year: 2023, month: 3, day: 1 },
          publishedPrecision: 'month',
          sentenceAt: () => body,
          sentences: [{ start: 0, end: body.length }],
        },
        'de',
      ).dates;
      expect(found.map((d) => d.text)).toEqual(['im Januar']);
      expect(found[0]).toMatchObject({ edtf: '2023-01' });
    },
  );
});
