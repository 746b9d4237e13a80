import { describe, expect, it } from 'vitest';
import { findParagraphs } from '../text/structure.ts';
import { findQuotedSpans } from './find-quoted-spans.ts';

const spans = (body: string) => findQuotedSpans(body, findParagraphs(body)).map((s) => body.slice(s.start, s.end));

describe('findQuotedSpans', () => {
  it(
    'when a single-quoted quote runs on into a paragraph that opens with the same mark, ' +
      'then the open first part is a quote',
    () => {
      const body = "He said: 'We won't stop, and they know it\n'So we carry on.'\nThe '90s were different.";
      expect(spans(body)).toEqual(["We won't stop, and they know it", 'So we carry on.']);
    },
  );

  it('when German „…“ quotes are used, then the text between the marks is found', () => {
    expect(spans('Sie sagte, man werde „nicht nachgeben“ und ging.')).toEqual(['nicht nachgeben']);
  });

  it('when English “…” quotes and apostrophes mix, then apostrophes do not end the quote', () => {
    expect(spans('“We’re not leaving. It’s clear,” she said.')).toEqual(['We’re not leaving. It’s clear,']);
  });

  it('when guillemets in both directions appear, then both are paired', () => {
    expect(spans('Er sagte: »Wir bleiben.« Sie sagte: «Nous restons.»')).toEqual(['Wir bleiben.', 'Nous restons.']);
  });

  it('when straight double and single quotes are used, then both pair by context', () => {
    expect(spans("He called it \"a good start\" and wrote 'We Want More' later. Don't worry.")).toEqual([
      'a good start',
      'We Want More',
    ]);
  });

  it('when German single quotes ‚…‘ are nested in a double quote, then only the outer quote is returned', () => {
    expect(spans('„Das Wort ‚nie‘ sagen wir nicht“, sagte er.')).toEqual(['Das Wort ‚nie‘ sagen wir nicht']);
  });

  it('when the body ends inside a quote, then the quote runs to the end and is marked truncated', () => {
    const body = 'Intro line.\n“We want to be your par\n';
    const found = findQuotedSpans(body, findParagraphs(body));
    expect(found).toHaveLength(1);
    expect(found[0]!.truncated).toBe(true);
    expect(body.slice(found[0]!.start, found[0]!.end)).toBe('We want to be your par');
  });
});
