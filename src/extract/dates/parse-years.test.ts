import { describe, expect, it } from 'vitest';
import { datesIn, edtfOf } from './test-helpers.ts';

describe('findYears', () => {
  it.each([
    ['A 2011 statute was struck down.', 'en', '2011'],
    ['Die Ausgaben sind 2017 gestiegen.', 'de', '2017'],
    ['Das Sparziel für 2025 gilt weiter.', 'de', '2025'],
    ['Der Ausstoß soll gegenüber 1995 sinken.', 'de', '1995'],
    ['Als Basisjahr 1995 gilt der alte Wert.', 'de', '1995'],
    ['Das Ausbauziel 2035 wackelt.', 'de', '2035'],
    ['Sales will slip into 2027, it said.', 'en', '2027'],
  ])('when "%s" writes a bare year, then it is that year', (body, lang, year) => {
    expect(datesIn(body, null, lang)).toMatchObject([
      { edtf: year, earliest: `${year}-01-01`, latest: `${year}-12-31`, precision: 'year' },
    ]);
  });

  it.each([
    ['Der Verein hat 2000 Mitglieder.', 'de'],
    ['Rund 1950 kamen zur Kundgebung.', 'de'],
    ['Es kamen mehr als 2010 Gäste.', 'de'],
    ['Die 1980 Beschäftigten streikten.', 'de'],
    ['Der Preis stieg auf 2.019 Euro.', 'de'],
    ['Siehe Seite 2001 im Bericht.', 'de'],
    ['It cost $2000 and took 1999 hours.', 'en'],
    ['More than 1999 people signed it.', 'en'],
    ['The 2019er vintage sold out.', 'en'],
    ['Call No. 2015 was logged.', 'en'],
  ])('when "%s" counts or labels with a four-digit number, then no year is read', (body, lang) => {
    expect(datesIn(body, null, lang)).toEqual([]);
  });

  it.each([
    ['Die Förderung lief von 2015 bis 2018.', 'de', '2015/2018'],
    ['The rules applied between 2001 and 2004.', 'en', '2001/2004'],
    ['In der Saison 2021/22 fiel er aus.', 'de', '2021/2022'],
    ['The 2010–2012 drought hit farmers.', 'en', '2010/2012'],
  ])('when "%s" names a range of years, then it is one interval', (body, lang, edtf) => {
    const [from, to] = edtf.split('/');
    expect(datesIn(body, null, lang)).toMatchObject([
      { edtf, earliest: `${from}-01-01`, latest: `${to}-12-31`, precision: 'range' },
    ]);
  });

  it('when two years are joined by "und" without "zwischen", then they are two years', () => {
    expect(datesIn('Die Werte von 2015 und 2016 fehlen.', null).map((d) => d.edtf)).toEqual(['2015', '2016']);
  });

  it.each([
    ['She grew up in the 1950s.', 'en', null, '195X', undefined],
    ['In den 1970er Jahren zog er nach Rom.', 'de', null, '197X', undefined],
    ['Anfang der 1980er-Jahre begann es.', 'de', null, '198X', 'early'],
    ['It was a hit in the late 1960s.', 'en', null, '196X', 'late'],
    ['Das war in den 80er Jahren.', 'de', '2026-01-05', '198X', undefined],
    ["Back in the '20s it was new.", 'en', '2026-01-05', '202X', undefined],
  ])(
    'when "%s" names a decade, then it is EDTF with an unspecified last digit',
    (body, lang, published, edtf, qualifier) => {
      const found = datesIn(body, published, lang);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        edtf,
        precision: 'range',
        earliest: `${edtf.slice(0, 3)}0-01-01`,
        latest: `${edtf.slice(0, 3)}9-12-31`,
      });
      expect(found[0]!.qualifier).toBe(qualifier);
    },
  );

  it('when a two-digit decade appears without a publication date, then its century is not guessed', () => {
    expect(datesIn('Das war in den 80er Jahren.', null)).toEqual([]);
  });

  it('when a year sits inside a longer date, then the longer date wins', () => {
    expect(edtfOf(datesIn('Am 3. März 2017 fiel die Entscheidung.', null), '2017')).toBe('2017-03-03');
  });
});
