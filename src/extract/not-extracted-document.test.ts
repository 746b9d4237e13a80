import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.ts';
import { sha256 } from './ids.ts';
import type { DocumentMeta } from './types.ts';

// An invented French news text with a quote, a speaker, a date and organisations: English rules would
// find some of them; a document without rules for its language must yield none.
const FRENCH =
  'Paris, le 3 mars 2026. « Nous ne reculerons pas », a déclaré mardi la ministre Claire Dubois devant ' +
  "l'Assemblée nationale. Selon l'AFP, le gouvernement présentera son plan à la Commission européenne " +
  'la semaine prochaine, a dit un porte-parole de l\'OTAN à Bruxelles. "We will not move," Marc Leroy said.';

const meta = (lang: string | null, publishedAt: string | null = '2026-03-04'): DocumentMeta => ({
  source: 'article.fr.txt',
  title: 'La ministre tient bon',
  url: 'https://example.org/ministre',
  outlet: 'Le Journal',
  publishedAt,
  lang,
});

describe('extractDocument on a language without rules', () => {
  it.each([
    ['declared', 'fr', 'no rules for language "fr"'],
    ['detected', null, 'no rules for language "fr", detected from the text'],
  ])(
    'when French is %s, then the document keeps its text and metadata, has no facts and says why',
    (_how, lang, reason) => {
      const doc = extractDocument(FRENCH, meta(lang));
      expect(doc).toMatchObject({
        source: 'article.fr.txt',
        title: 'La ministre tient bon',
        url: 'https://example.org/ministre',
        outlet: 'Le Journal',
        lang: 'fr',
        publishedAt: '2026-03-04',
        body: FRENCH,
        contentHash: sha256(FRENCH),
        extracted: false,
        notExtractedReason: reason,
        quotes: [],
        reported: [],
        entities: [],
        dates: [],
        events: [],
        reports: [],
        relations: [],
      });
    },
  );

  it('when the same text is declared English, then it is extracted with English rules as before', () => {
    const doc = extractDocument(FRENCH, meta('en'));
    expect(doc).toMatchObject({ lang: 'en', extracted: true, notExtractedReason: null });
    expect(doc.quotes.map((q) => q.text)).toContain('We will not move,');
  });

  it('when the publication date of a document without rules is no date, then it is ignored with a warning', () => {
    const doc = extractDocument(FRENCH, meta('fr', 'mardi'));
    expect(doc.publishedAt).toBeNull();
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('"mardi"') }),
    ]);
  });
});
