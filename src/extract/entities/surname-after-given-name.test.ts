import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { testMeta } from '../test-meta.ts';

const entities = (body: string, lang = 'en') =>
  extractDocument(body, testMeta(lang)).entities.map((e) => `${e.type}:${e.name}`);

describe('a country’s name after a given name', () => {
  it('when a given name comes right before it, then it is a person’s surname, not the country', () => {
    const found = entities('"I came back for the young players," Michael Jordan said.');
    expect(found).toContain('Person:Michael Jordan');
    expect(found).not.toContain('Country:Jordan');
    expect(entities('„Wir bleiben“, sagte Michael Jordan am Montag.', 'de')).toContain('Person:Michael Jordan');
  });

  it('when the word before is no given name, or the line ends between them, then it stays the country', () => {
    expect(entities('The minister flew to Jordan on Monday.')).toContain('Country:Jordan');
    expect(entities('Talks between Israel and Jordan resumed.')).toContain('Country:Jordan');
    expect(entities('A report by Michael\nJordan signed the treaty.')).toContain('Country:Jordan');
  });
});
