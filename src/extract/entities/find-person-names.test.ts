import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { testMeta } from '../test-meta.ts';

const meta = testMeta;
const people = (body: string, lang: string): string[] =>
  extractDocument(body, meta(lang))
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('findPersonNames', () => {
  it(
    'when a heading ends in capitalised words and the next paragraph starts with some, ' +
      'then no name joins them across the break',
    () => {
      // no stage may join them: neither a person ("Premier\n\nMaria Weber") nor an organisation
      // ("Chancellor\n\nGreen Party")
      for (const body of [
        'Clash with Premier\n\nMaria Weber Deputy Leader Jan Holm left.',
        'Row over budget with Chancellor\n\nGreen Party Leader Carla Dunne walked out.',
      ]) {
        expect(extractDocument(body, meta('en')).entities.map((e) => e.name)).not.toContainEqual(
          expect.stringContaining('\n'),
        );
      }
    },
  );

  it(
    'when a function word in a capitalised run is also listed as a given name ("To"), ' +
      'then it starts no person name',
    () => {
      expect(people('Members of Parents To Protect marched on Sunday.', 'en')).toEqual([]);
    },
  );

  it(
    'when given names come before a particle, ' +
      'then the particle and the next word belong to the name, and a noun after it does not',
    () => {
      expect(people('Der Chor sang nach Maria Helena von Arnstedts Liederbuch.', 'de')).toEqual([
        'Maria Helena von Arnstedts',
      ]);
      // an article makes the first word a noun; the name starts after the particle
      expect(people('Nach dem Willen von Marineinspekteur Jonas Falk kommen neue Schiffe.', 'de')).toEqual([
        'Jonas Falk',
      ]);
    },
  );

  it('when a long title fills the capitalised run, then the whole name after it is found', () => {
    expect(people('The delegation was led by Deputy Foreign Minister Pavel Orlin, who spoke briefly.', 'en')).toEqual([
      'Pavel Orlin',
    ]);
    expect(people('Estonian Prime Minister Liina Tamm arrived on Monday.', 'en')).toEqual(['Liina Tamm']);
  });

  it('when a known given name stands inside a run of capitalised nouns, then the name starts there', () => {
    expect(people('Das kritisierte die Abgeordnete Sabine Kroll scharf.', 'de')).toEqual(['Sabine Kroll']);
  });

  it(
    'when a name stands in commas after a title with an unknown qualifier, ' + 'then it is a person holding that title',
    () => {
      const doc = extractDocument(
        'Der verteidigungspolitische Sprecher der Grünen, Felix Arendt, warnte vor Eile.',
        meta('de'),
      );
      expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Felix Arendt']);
    },
  );

  it('when the last word of a capitalised pair later speaks alone, then the pair is a person', () => {
    expect(people('The historian Margit Laane argues that small states adapt. "They must," Laane said.', 'en')).toEqual(
      ['Margit Laane'],
    );
  });

  it('when a month name stands next to a speech verb, then a date before it is not taken for a person', () => {
    expect(people('Mitte Februar trat der Minister vor die Presse. Am 15. Februar sagte er nichts.', 'de')).toEqual([]);
  });
});
