import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.ts';
import { InputError } from './input-error.ts';

function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('splitFrontMatter', () => {
  it('when the text has no front matter, then the body is the whole text', () => {
    expect(splitFrontMatter('a.txt', 'Nur Text.\n---\nNoch Text.')).toEqual({
      data: null,
      body: 'Nur Text.\n---\nNoch Text.',
    });
  });

  it('when the text has front matter, then the body starts right after the closing line', () => {
    const { data, body } = splitFrontMatter('a.md', '---\ntitle: Probe\nlang: de\n---\nErster Satz.\n');
    expect(data).toEqual({ title: 'Probe', lang: 'de' });
    expect(body).toBe('Erster Satz.\n');
  });

  it('when lines end in CRLF, then the front matter is read and the body keeps its CRLFs', () => {
    const { data, body } = splitFrontMatter('a.txt', '---\r\ntitle: Probe\r\n---\r\nEins\r\nZwei');
    expect(data).toEqual({ title: 'Probe' });
    expect(body).toBe('Eins\r\nZwei');
  });

  it('when the front matter is empty, then the data is an empty mapping', () => {
    expect(splitFrontMatter('a.txt', '---\n---\nText')).toEqual({ data: {}, body: 'Text' });
  });

  it('when a date is unquoted, then it stays the string that was written', () => {
    expect(splitFrontMatter('a.txt', '---\npublished: 2026-02-30\n---\nx').data).toEqual({ published: '2026-02-30' });
  });

  it('when the front matter is never closed, then it fails naming the opening line', () => {
    const err = failure(() => splitFrontMatter('offen.txt', '---\ntitle: Probe\nText ohne Ende\n'));
    expect(err.code).toBe('bad-front-matter');
    expect(err.message).toBe("offen.txt: front matter opened on line 1 is never closed (no '---' line after it)");
  });

  it('when the YAML has a syntax error, then the reason names the line in the file', () => {
    const err = failure(() => splitFrontMatter('kaputt.txt', '---\ntitle: Probe\nurl: [nicht zu\nlang: de\n---\nText'));
    expect(err.code).toBe('bad-front-matter');
    expect(err.reason).toMatch(/^front matter: YAML error on line [345]: /);
  });

  it('when a key repeats, then it fails on the line of the repetition', () => {
    const err = failure(() => splitFrontMatter('doppelt.txt', '---\ntitle: A\ntitle: B\n---\nText'));
    expect(err.reason).toMatch(/^front matter: YAML error on line 3: Map keys must be unique/);
  });

  it('when the front matter is a list rather than a mapping, then it fails', () => {
    const err = failure(() => splitFrontMatter('liste.txt', '---\n- a\n- b\n---\nText'));
    expect(err.reason).toBe('front matter must be a YAML mapping (key: value lines)');
  });
});
