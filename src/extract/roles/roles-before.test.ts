import { describe, expect, it } from 'vitest';
import type { Span } from '../types.ts';
import { rolesBefore } from './roles-before.ts';

const reference = (spans: Span[], before: number): Span[] => spans.filter((s) => s.start < before).reverse();

describe('rolesBefore', () => {
  it('when the list is ordered by start, then it gives the spans before an offset, last first', () => {
    const spans: Span[] = [{ start: 0, end: 3 }, { start: 5, end: 9 }, { start: 5, end: 6 }, { start: 12, end: 20 }];
    for (const before of [-1, 0, 1, 5, 6, 12, 13, 40]) expect([...rolesBefore(spans, before)]).toEqual(reference(spans, before));
  });

  it('when the list is not ordered by start, then it still gives exactly those spans, in reverse list order', () => {
    const spans: Span[] = [{ start: 10, end: 14 }, { start: 2, end: 8 }, { start: 30, end: 31 }, { start: 4, end: 5 }];
    for (const before of [0, 3, 5, 11, 31]) expect([...rolesBefore(spans, before)]).toEqual(reference(spans, before));
  });

  it('when the list grows out of order after a look-back, then the next look-back sees it', () => {
    const spans: Span[] = [{ start: 1, end: 2 }, { start: 5, end: 6 }];
    expect([...rolesBefore(spans, 4)]).toEqual([{ start: 1, end: 2 }]);
    spans.push({ start: 3, end: 4 });
    expect([...rolesBefore(spans, 4)]).toEqual([{ start: 3, end: 4 }, { start: 1, end: 2 }]);
  });
});
