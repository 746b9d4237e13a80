import { describe, expect, it } from 'vitest';
import { linkRenderings, type Rendering } from './link-renderings.ts';

// Invented statements of an invented minister, rendered as outlets render quotes.
const r = (id: string, text: string, lang = 'en', more: Partial<Rendering> = {}): Rendering => ({
  id,
  text,
  lang,
  reported: false,
  speakerId: 'person:minister',
  publishedAt: '2031-05-04',
  ...more,
});
const kindOf = (a: Rendering, b: Rendering) => linkRenderings(a, b)?.kind ?? null;

describe('linking two renderings of one statement', () => {
  const said = r('a', 'We will stay in the alliance, and we will defend every ally.');

  it('when the words are the same but for case and typography, then it is a repeat', () => {
    expect(kindOf(said, r('b', 'we will stay in the Alliance, and we will defend every ally.'))).toBe('repeat');
  });

  it('when only punctuation or contractions differ, then it is a near-duplicate', () => {
    const variant = r('b', '“We’ll stay in the alliance and we will defend every ally!”');
    expect(kindOf(said, variant)).toBe('near-duplicate');
  });

  it('when one is a run of the other’s words, even cut off at an excerpt boundary, then it is a fragment', () => {
    expect(kindOf(said, r('b', 'we will defend every ally'))).toBe('fragment');
    const cut = r('c', 'Asked again, he said: We will stay in the alliance, and we will defend every al');
    expect(kindOf(cut, r('d', 'We will defend every ally'))).toBe('fragment');
  });

  it('when a German rendering shares the concepts, then it is a translation, with its evidence', () => {
    const link = linkRenderings(
      said,
      r('b', 'Wir bleiben im Bündnis und wir werden jeden Verbündeten verteidigen.', 'de'),
    );
    expect(link).toMatchObject({ kind: 'translation' });
    expect(link!.evidence).toMatch(/concepts shared: .*stay.*alliance.*defence/);
  });

  it('when a claim renders it in reported speech, then it is reported, in either language', () => {
    const claim = { reported: true };
    expect(kindOf(said, r('b', 'the alliance would stay united and defend every ally', 'en', claim))).toBe('reported');
    expect(kindOf(said, r('c', 'man werde im Bündnis bleiben und jeden Verbündeten verteidigen', 'de', claim))).toBe(
      'reported',
    );
  });

  it('when two speakers are named and differ, or the sources are weeks apart, then nothing links', () => {
    expect(kindOf(said, r('b', said.text, 'en', { speakerId: 'person:other' }))).toBeNull();
    expect(kindOf(said, r('c', said.text, 'en', { publishedAt: '2031-06-20' }))).toBeNull();
  });

  it('when two statements share only names, a negation and auxiliaries, then nothing links', () => {
    const a = r('a', 'The United States will not leave NATO.');
    expect(kindOf(a, r('b', 'Die USA werden in der NATO nicht größer.', 'de'))).toBeNull();
    expect(kindOf(a, r('c', 'The United States will not ask NATO for money.'))).toBeNull();
  });

  it('when no speaker ties them, then only a particular name in common or a close match links them', () => {
    const none = { speakerId: null, reported: true };
    const a = r('a', 'European officers will take over two command posts in Naples and Norfolk', 'en', none);
    const b = r('b', 'Europäische Offiziere übernehmen zwei Kommandoposten in Neapel und Norfolk', 'de', none);
    expect(kindOf(a, b)).toBe('reported');
    // the same shape of sentence about other places is another statement
    const c = r('c', 'European officers will take over two command posts in Brunssum and Ulm', 'en', none);
    expect(kindOf(b, c)).toBeNull();
  });
});
