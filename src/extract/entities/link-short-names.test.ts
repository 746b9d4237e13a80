import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';

const meta = { source: 'test', title: null, url: null, outlet: null, publishedAt: null };

describe('short names', () => {
  it('when a headline names a person by surname before the text gives the full name, then both are one person', () => {
    const doc = extractDocument(
      'Parteichef Brandl wählt früh\n\nIn Linz hat der Parteichef, Herwig Brandl, am Morgen gewählt. "Wir ' +
        'sind bereit", sagte Brandl.\n',
      { ...meta, lang: 'de' },
    );
    const persons = doc.entities.filter((e) => e.type === 'Person');
    expect(persons.map((p) => p.name)).toEqual(['Herwig Brandl']);
    expect(doc.quotes[0]!.speaker?.name).toBe('Herwig Brandl');
  });
  it('when "Mr" and a surname speak, then the speaker is the full name given before', () => {
    const doc = extractDocument(
      'Premier Colm Darragh spoke in the chamber.\n\n"We will not move," Mr Darragh said.\n',
      { ...meta, lang: 'en' },
    );
    expect(doc.quotes[0]!.speaker?.name).toBe('Colm Darragh');
  });
  it("when the bearer of a three-word name speaks by the first word, then the quotes are the full name's", () => {
    const doc = extractDocument(
      'The agency\'s head Amare Tesfay Berhane opened the talks.\n\n"We are ready," Amare told reporters.\n',
      { ...meta, lang: 'en' },
    );
    expect(doc.quotes[0]!.speaker?.name).toBe('Amare Tesfay Berhane');
  });
  it('when an organisation name is followed by "on" and a weekday, then the weekday is no part of the name', () => {
    const doc = extractDocument('The Example Health Organization on Wednesday declared an emergency.\n', {
      ...meta,
      lang: 'en',
    });
    expect(doc.entities.map((e) => e.name)).toContain('Example Health Organization');
  });
});
