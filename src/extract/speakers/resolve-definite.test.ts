import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';

const meta = { source: 'test', title: null, url: null, outlet: null, publishedAt: null };

describe('definite noun phrases as speakers', () => {
  it('when a title was written before a full name, then "der" and the end of that title refer to the person', () => {
    const doc = extractDocument(
      'Der Ausstand sei gut angelaufen, berichtete Bahn-Betriebsrätin Greta Holm. „Wir bleiben draußen“, ' +
        'sagte die Betriebsrätin.\n',
      { ...meta, lang: 'de' },
    );
    expect(doc.quotes[0]!.speaker?.name).toBe('Greta Holm');
  });
  it('when "the company" speaks, then the speaker is the last organisation named before', () => {
    const doc = extractDocument(
      'Workers at Example Motors Corporation were told of the cuts on Friday. "Staff will have other ' +
        'places to go," the company said.\n',
      { ...meta, lang: 'en' },
    );
    expect(doc.quotes[0]!.speaker?.name).toMatch(/Example Motors/);
  });
  it('when a party in brackets stands between the subject and the verb, then the subject speaks', () => {
    const doc = extractDocument('Umweltministerin Hanna Graf (SPD) sprach von einem „guten Tag für das Klima“.\n', {
      ...meta,
      lang: 'de',
    });
    expect(doc.quotes[0]!.speaker?.name).toBe('Hanna Graf');
  });
});
