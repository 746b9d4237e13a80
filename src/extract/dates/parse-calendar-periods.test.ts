import { describe, expect, it } from 'vitest';
import { datesIn } from './test-helpers.ts';

describe('findCalendarPeriods', () => {
  it.each([
    ['Die Lieferung kommt in KW 12/2027.', 'de', null, '2027-03-22/2027-03-28'],
    ['Sie kam in der 2. Kalenderwoche 2021.', 'de', null, '2021-01-11/2021-01-17'],
    ['The audit ran in calendar week 10.', 'en', '2026-05-04', '2026-03-02/2026-03-08'],
    ['Week 53 of 2020 was quiet.', 'en', null, '2020-12-28/2021-01-03'],
  ])('when "%s" names an ISO week, then it is its Monday to Sunday', (body, lang, published, edtf) => {
    expect(datesIn(body, published, lang)).toMatchObject([{ edtf, precision: 'range' }]);
  });

  it('when "week 12" has no year and no "calendar", then it is no date', () => {
    expect(datesIn('The pregnancy reached week 12.', '2026-05-04', 'en')).toEqual([]);
  });

  it('when an ISO week has neither a year nor a publication date, then it gets no date', () => {
    expect(datesIn('Die Lieferung kommt in KW 12.', null)).toEqual([]);
  });

  it.each([
    ['Im dritten Quartal 2023 sank der Umsatz.', 'de', null, '2023-07/2023-09'],
    ['Profit rose in Q4 2022.', 'en', null, '2022-10/2022-12'],
    ['Sales fell in the first quarter of 2021.', 'en', null, '2021-01/2021-03'],
    ['Im zweiten Quartal hatte der Umsatz nachgegeben.', 'de', '2026-09-10', '2026-04/2026-06'],
    ['Im vierten Quartal hatte der Umsatz nachgegeben.', 'de', '2026-03-10', '2025-10/2025-12'],
  ])('when "%s" names a quarter, then it is its three months', (body, lang, published, edtf) => {
    expect(datesIn(body, published, lang)).toMatchObject([{ edtf, precision: 'range' }]);
  });

  it.each([
    ['Im Sommer hatte es gebrannt.', 'de', '2026-10-02', '2026-22'],
    ['Last summer the river dried up.', 'en', '2026-07-15', '2025-22'],
    ['Next spring the school opens.', 'en', '2026-07-15', '2027-21'],
    ['Diesen Winter wird es kalt.', 'de', '2026-01-15', '2025-24'],
  ])('when "%s" names a season without a year, then the publication date places it', (body, lang, published, edtf) => {
    expect(datesIn(body, published, lang)).toMatchObject([{ edtf }]);
  });

  it('when "Sommer" is a name or "in the fall of" a city, then it is no season', () => {
    expect(datesIn('Michael Sommer sprach.', '2026-07-15')).toEqual([]);
    expect(datesIn('They wrote about the fall of Kabul.', '2026-07-15', 'en')).toEqual([]);
    expect(datesIn('In the fall of Rome, much was lost.', '2026-07-15', 'en')).toEqual([]);
  });

  it('when a season without a year appears in an undated article, then it gets no date', () => {
    expect(datesIn('Im Sommer hatte es gebrannt.', null)).toEqual([]);
  });
});
