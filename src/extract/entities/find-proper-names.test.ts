import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';

const meta = { source: 'test', title: null, url: null, outlet: null, publishedAt: null };
const orgs = (body: string, lang: string) =>
  extractDocument(body, { ...meta, lang })
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('proper names by how the language writes them', () => {
  it(
    'when two capitalised words stand right before a role title and a name, ' +
      'then they name the body the title belongs to, also at a sentence start',
    () => {
      expect(
        orgs(
          'Plaid Cymru Deputy Leader Delyth Jewell resigned. The chair, Fianna Fáil TD Niamh Dolan, intervened.',
          'en',
        ),
      ).toEqual(['Plaid Cymru', 'Fianna Fáil']);
    },
  );

  it('when an acronym in capitals stands in a sentence, then it names an organisation', () => {
    expect(orgs('Die Wähler der KLP und der BVX gingen früh zur Urne.\n', 'de')).toEqual(['KLP', 'BVX']);
  });
  it('when a word is shouted in capitals or is a common abbreviation, then it is no organisation', () => {
    expect(orgs('READ MORE below. She told the TV crew to see it.\n', 'en')).toEqual([]);
  });
  it(
    'when German writes an adjective in capitals inside a sentence before an organisation noun, ' +
      'then both are a name',
    () => {
      expect(orgs('Am Morgen streikte auch die Bremer Straßenbahn wieder.\n', 'de')).toEqual(['Bremer Straßenbahn']);
    },
  );
  it(
    'when English writes two capitalised words inside a sentence, ' + 'then they are a name, without a leading article',
    () => {
      expect(orgs('Farmers from the group Keep Rural Mills marched on Monday.\n', 'en')).toEqual(['Keep Rural Mills']);
    },
  );
});

describe('hyphenated organisation names', () => {
  it(
    'when a German compound ends in an organisation noun after a hyphen, ' +
      'then the whole compound is the name and may speak',
    () => {
      const doc = extractDocument('„Sie ist eine große Künstlerin“, begründete das Sommer-Kunst-Festival die Wahl.\n', {
        ...meta,
        lang: 'de',
      });
      expect(doc.quotes[0]!.speaker?.name).toBe('Sommer-Kunst-Festival');
    },
  );
});
