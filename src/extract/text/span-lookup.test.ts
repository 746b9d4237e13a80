import { describe, expect, it } from 'vitest';
import type { Span } from '../types.ts';
import { indexOfSpanAt, spansOverlapping, spansStartingIn, spansWithin } from './span-lookup.ts';

describe('span lookup', () => {
  it('when spans nest and overlap, then the first span holding an offset is the one find gives', () => {
    const spans: Span[] = [
      { start: 10, end: 50 },
      { start: 12, end: 20 },
      { start: 0, end: 5 },
      { start: 30, end: 70 },
      { start: 60, end: 61 },
    ];
    for (let offset = -1; offset <= 72; offset++) {
      expect(indexOfSpanAt(spans, offset)).toBe(spans.findIndex((s) => offset >= s.start && offset < s.end));
      expect(indexOfSpanAt(spans, offset, true)).toBe(spans.findIndex((s) => offset >= s.start && offset <= s.end));
    }
  });

  it('when a list grows after a lookup, then the next lookup sees the new span', () => {
    const spans: Span[] = [{ start: 0, end: 10 }];
    expect(indexOfSpanAt(spans, 15)).toBe(-1);
    spans.push({ start: 12, end: 20 });
    expect(indexOfSpanAt(spans, 15)).toBe(1);
  });

  it('when asked for the spans overlapping a span, then it gives exactly those sharing a character', () => {
    const spans: Span[] = [
      { start: 10, end: 50 },
      { start: 12, end: 20 },
      { start: 0, end: 5 },
      { start: 30, end: 70 },
    ];
    const key = (s: Span) => `${s.start}-${s.end}`;
    for (const probe of [
      { start: 5, end: 10 },
      { start: 4, end: 11 },
      { start: 20, end: 30 },
      { start: 69, end: 80 },
      { start: 70, end: 80 },
    ]) {
      expect(spansOverlapping(spans, probe).map(key).sort()).toEqual(
        spans
          .filter((s) => s.start < probe.end && s.end > probe.start)
          .map(key)
          .sort(),
      );
    }
  });

  it('when asked for the spans within a span, then it gives those filter gives, in the list order', () => {
    const spans: Span[] = [
      { start: 30, end: 70 },
      { start: 12, end: 20 },
      { start: 10, end: 50 },
      { start: 0, end: 5 },
      { start: 20, end: 20 },
      { start: 12, end: 15 },
    ];
    for (const probe of [
      { start: 0, end: 100 },
      { start: 10, end: 20 },
      { start: 12, end: 15 },
      { start: 20, end: 20 },
      { start: 21, end: 69 },
      { start: 5, end: 0 },
    ]) {
      expect(spansWithin(spans, probe)).toEqual(spans.filter((s) => s.start >= probe.start && s.end <= probe.end));
    }
  });

  it('when a span ends before it starts, then spans within still come as filter gives them', () => {
    const spans: Span[] = [
      { start: 8, end: 4 },
      { start: 2, end: 6 },
      { start: 1, end: 9 },
    ];
    expect(spansWithin(spans, { start: 2, end: 6 })).toEqual([
      { start: 8, end: 4 },
      { start: 2, end: 6 },
    ]);
  });

  it('when asked for the spans starting in a range, then it gives them in the list order', () => {
    const spans: Span[] = [
      { start: 30, end: 70 },
      { start: 12, end: 20 },
      { start: 10, end: 50 },
      { start: 12, end: 13 },
      { start: 0, end: 5 },
    ];
    for (const [from, before] of [
      [0, 100],
      [10, 13],
      [12, 12],
      [11, 31],
      [31, 100],
    ] as const) {
      expect(spansStartingIn(spans, from, before)).toEqual(spans.filter((s) => s.start >= from && s.start < before));
    }
  });
});
