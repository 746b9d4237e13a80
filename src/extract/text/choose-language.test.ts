import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './choose-language.ts';

// Invented sentences, long enough for a reliable guess (detect-language.ts: four function words and half
// again as many as the runner-up).
const GERMAN = 'Die Ministerin sagte am Montag, dass die Gespräche mit der Regierung nicht beendet sind.';
const ENGLISH = 'The minister said on Monday that the talks with the government have not ended and will go on.';
const FRENCH = 'La ministre a déclaré lundi que les discussions avec le gouvernement ne sont pas terminées.';

describe('chooseLanguage', () => {
  it.each([
    ['de', 'de'],
    ['DE', 'de'],
    ['de-at', 'de'],
    ['deu', 'de'],
    ['en', 'en'],
    ['en-gb', 'en'],
    ['eng', 'en'],
  ])('when the metadata declares %s, then %s rules read it, whatever the text', (declared, rules) => {
    const choice = chooseLanguage(FRENCH, declared);
    expect(choice).toMatchObject({ rules, notExtractedReason: null, diagnostics: [] });
    expect(choice.documentLang).toBe(declared.toLowerCase());
  });

  it.each(['fr', 'es', 'pl', 'fr-ca'])(
    'when the metadata declares %s, then no rules read it and the reason says so',
    (declared) => {
      expect(chooseLanguage(ENGLISH, declared)).toEqual({
        documentLang: declared,
        rules: null,
        notExtractedReason: `no rules for language "${declared}"`,
        diagnostics: [],
      });
    },
  );

  it.each([
    [GERMAN, 'de'],
    [ENGLISH, 'en'],
  ])('when nothing is declared and the text is reliably %#, then its rules read it', (body, lang) => {
    expect(chooseLanguage(body, null)).toEqual({
      documentLang: lang,
      rules: lang,
      notExtractedReason: null,
      diagnostics: [],
    });
  });

  it('when nothing is declared and the text is reliably French, then no rules read it', () => {
    expect(chooseLanguage(FRENCH, null)).toEqual({
      documentLang: 'fr',
      rules: null,
      notExtractedReason: 'no rules for language "fr", detected from the text',
      diagnostics: [],
    });
  });

  it('when the metadata says "und" (undetermined), then the language is guessed as when it says nothing', () => {
    expect(chooseLanguage(FRENCH, 'und')).toEqual(chooseLanguage(FRENCH, null));
  });

  it('when a short text is guessed as German or English with low confidence, then those rules read it', () => {
    expect(chooseLanguage('Er sagte nichts.', null)).toEqual({
      documentLang: 'de',
      rules: 'de',
      notExtractedReason: null,
      diagnostics: [{ level: 'info', message: 'language guessed as "de" with low confidence' }],
    });
  });

  it('when a short text is guessed as French with low confidence, then no rules read it', () => {
    expect(chooseLanguage('Le président est à Paris.', null)).toEqual({
      documentLang: 'fr',
      rules: null,
      notExtractedReason: 'no rules for language "fr", guessed from the text with low confidence',
      diagnostics: [{ level: 'info', message: 'language guessed as "fr" with low confidence' }],
    });
  });

  it('when no function word of any language is seen, then English rules read it, with a warning (as before)', () => {
    expect(chooseLanguage('NATO 2026 — Rubio, Rutte.', null)).toEqual({
      documentLang: 'und',
      rules: 'en',
      notExtractedReason: null,
      diagnostics: [
        { level: 'info', message: 'language guessed as "und" with low confidence' },
        { level: 'warning', message: 'no rules for language "und"; English rules used' },
      ],
    });
  });
});
