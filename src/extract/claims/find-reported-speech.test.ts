import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { testMeta } from '../test-meta.ts';

const meta = testMeta;
const claims = (body: string, lang: string) =>
  extractDocument(body, meta(lang)).reported.map((c) => [c.text, c.speaker?.name ?? null]);

describe('reported speech', () => {
  it(
    'when a speech verb at the end of a clause opens a quote after a colon, ' +
      'then the clause before it is no claim of the speaker',
    () => {
      expect(claims('Asked whether the talks had failed, Helga Brandt said: "Not yet."', 'en')).toEqual([]);
      expect(
        claims('Auf die Frage nach dem Etat sagte Helga Brandt vor dem Rathaus: „Das klären wir später.“', 'de'),
      ).toEqual([]);
    },
  );

  it('when the verb ends the clause without a quote, then the clause is what the speaker said', () => {
    expect(claims('The budget will grow by a third next year, Helga Brandt said.', 'en')).toEqual([
      ['The budget will grow by a third next year', 'Helga Brandt'],
    ]);
  });

  it('when a story opens with an agency credit, then the credit is no part of what the sources said', () => {
    const [claim] = claims('dpa/taz | Die Stadt wird Insidern zufolge die Brücke im Sommer schließen.', 'de');
    expect(claim?.[0]).toBe('Die Stadt wird Insidern zufolge die Brücke im Sommer schließen');
  });
});
