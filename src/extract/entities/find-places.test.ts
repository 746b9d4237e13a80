import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';

const meta = { source: 'test', title: null, url: null, outlet: null, publishedAt: null };
const places = (body: string, lang: string) =>
  extractDocument(body, { ...meta, lang })
    .entities.filter((e) => e.type === 'Place')
    .map((e) => e.name);

describe('places from the gazetteer', () => {
  it('when a town follows a locative preposition, then it is a place, and so are the towns listed after it', () => {
    expect(places('Die Beamten wurden in Mannheim, Bremerhaven und Gelsenkirchen angegriffen.\n', 'de')).toEqual([
      'Mannheim',
      'Bremerhaven',
      'Gelsenkirchen',
    ]);
  });
  it('when a town name stands without a preposition, then it is not taken for a place', () => {
    expect(places('Reading is what she did all summer.\n', 'en')).toEqual([]);
  });
  it('when the text also writes the name in lower case, then it is a common word there', () => {
    expect(places('The union met at Police headquarters; the police said nothing.\n', 'en')).not.toContain('Police');
  });
  it('when a district is joined to its city by a hyphen, then the compound is one place', () => {
    expect(places('Die Polizei in Berlin-Neukölln ermittelt.\n', 'de')).toEqual(['Berlin-Neukölln']);
  });
});
