// Outlets beyond the alias table: lexicon names, agency credit codes, unknown outlets named by a cue.

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { testMeta } from '../test-meta.ts';

const meta = (lang: string) => testMeta(lang, '2026-04-10');
const outlets = (body: string, lang: string): string[] =>
  extractDocument(body, meta(lang))
    .entities.filter((e) => e.type === 'MediaOutlet')
    .map((e) => e.name);

describe('outlets from the lexicon', () => {
  it(
    'when a longer lexicon name holds an alias-table outlet ("Reuters TV"), ' + 'then the longer outlet is the mention',
    () => {
      const doc = extractDocument('Der Pilot sprach mit Reuters TV über den Flug.', meta('de'));
      const tv = doc.entities.find((e) => e.name === 'Reuters TV');
      expect(tv?.mentions.map((m) => m.text)).toEqual(['Reuters TV']);
      expect(doc.entities.find((e) => e.id === 'org:reuters')).toBeUndefined();
    },
  );

  it('when an agency is written out ("Evangelischen Pressedienst"), then it is that agency', () => {
    expect(outlets('Das sagte die Bischöfin dem Evangelischen Pressedienst.', 'de')).toEqual([
      'Evangelischer Pressedienst',
    ]);
  });

  it('when a credit code stands outside a credit ("PA" in a sentence), then it is no outlet', () => {
    expect(outlets('The PA system failed during the match.', 'en')).toEqual([]);
  });
});

describe('unknown outlets named by a report cue', () => {
  it('when "told the Daily Example" names an unknown title with a media head word, then it is an outlet', () => {
    expect(outlets('The mayor told the Daily Example that the bridge was safe.', 'en')).toEqual(['Daily Example']);
  });

  it('when a German paper is declined after its article, then its name is the nominative', () => {
    expect(outlets('Das sagte der Bürgermeister der Kieler Allgemeinen Zeitung.', 'de')).toEqual([
      'Kieler Allgemeine Zeitung',
    ]);
    expect(outlets('Das sagte die Ministerin dem Bergischen Kurier.', 'de')).toEqual(['Bergischer Kurier']);
  });

  it(
    'when the outlet ends the sentence ("im Interview mit dem Nordkurier."), ' +
      'then the full stop does not hide its head word',
    () => {
      expect(outlets('Das sagte sie im Interview mit dem Nordkurier.', 'de')).toEqual(['Nordkurier']);
      expect(outlets('Wie die „Kieler Rundschau“ berichtete, wird die Brücke teurer.', 'de')).toEqual([
        'Kieler Rundschau',
      ]);
    },
  );

  it('when a cue names a person ("laut Müller", "wie Müller berichtete"), then no outlet is made of the name', () => {
    expect(outlets('Laut Müller wird die Brücke teurer. Wie Schulze berichtete, dauert der Bau länger.', 'de')).toEqual(
      [],
    );
  });

  it('when a cue precedes only a role noun ("sagte der Zeitung"), then the role noun is no outlet of its own', () => {
    expect(outlets('Ein Beamter sagte der Zeitung, man prüfe den Bau.', 'de')).toEqual([]);
  });

  it(
    'when a role noun describes the name after it ("der Nachrichtenagentur Nordpress"), ' +
      'then the name alone is the outlet',
    () => {
      expect(outlets('„Wir bauen“, sagte er der Nachrichtenagentur Nordpress.', 'de')).toEqual(['Nordpress']);
    },
  );
});
