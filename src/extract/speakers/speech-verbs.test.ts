import { describe, expect, it } from 'vitest';
import { languagePack } from '../lang/language-pack.ts';
import { speechVerbsIn } from './speech-verbs.ts';

const verbs = (text: string): string[] => speechVerbsIn(text, 0, languagePack('de')).map((v) => v.text);

describe('speechVerbsIn (German)', () => {
  it('when a separable verb is split by an inverted subject, then its finite part is the verb', () => {
    expect(verbs('Die Lage sei ernst, räumte Reiter ein.')).toEqual(['räumte']);
    expect(verbs('„Ja“, fügte er hinzu.')).toEqual(['fügte']);
  });

  it('when the particle does not close the clause, then the finite verb alone is no speech verb', () => {
    expect(verbs('Sie gab den Ball ab.')).toEqual([]);
    expect(verbs('Er teilte das Brot mit seinem Bruder.')).toEqual([]);
  });
});

describe('speech verbs as language data', () => {
  it('when a quote is followed by a question verb and a name, then the name asked it', async () => {
    const { extractDocument } = await import('../extract-document.ts');
    const doc = extractDocument('„Wann kommt endlich die Hilfe?“, fragt Irma Kessler, Vorsitzende des Vereins.\n', {
      source: 't',
      title: null,
      url: null,
      outlet: null,
      publishedAt: null,
      lang: 'de',
    });
    expect(doc.quotes[0]!.speaker?.name).toBe('Irma Kessler');
  });
});
