import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { testMeta } from '../test-meta.ts';

const meta = testMeta;
const byType = (body: string, lang: string, type: string): string[] =>
  extractDocument(body, meta(lang))
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('findOrganizations', () => {
  it(
    'when a German institution follows the adjective of its place or region, ' +
      'then the adjective is part of its name',
    () => {
      expect(byType('Das Geld kommt vom Sächsischen Umweltministerium.', 'de', 'Organization')).toEqual([
        'Sächsischen Umweltministerium',
      ]);
      expect(byType('Sie spielte mit der Kölner Philharmoniker.', 'de', 'Organization')).toEqual([
        'Kölner Philharmoniker',
      ]);
    },
  );

  it(
    'when an institution is followed by its city, ' + 'then the city ends the name and is no place of its own there',
    () => {
      const doc = extractDocument('Er dirigiert die Staatskapelle Dresden. In Dresden regnet es.', meta('de'));
      expect(doc.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual([
        'Staatskapelle Dresden',
      ]);
      expect(doc.entities.find((e) => e.name === 'Dresden')!.mentions.map((m) => m.start)).toEqual([
        doc.body.lastIndexOf('Dresden'),
      ]);
    },
  );

  it('when a capitalised word before the head is no adjective of a place, then it stays out', () => {
    expect(byType('Unser Institut für Strömungslehre lädt ein.', 'de', 'Organization')).toEqual([
      'Institut für Strömungslehre',
    ]);
  });
});
