import { describe, expect, it } from 'vitest';
import { MentionIndex } from './mention-index.ts';
import type { Span } from './types.ts';

/** A seeded pseudo-random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe('MentionIndex', () => {
  it(
    'when mentions are added, removed and re-sorted in any order, ' +
      'then every query answers as a pass over the list would',
    () => {
      const next = random(7);
      const list: (Span & { n: number })[] = [];
      const index = new MentionIndex<Span & { n: number }>();
      for (let step = 0; step < 2000; step++) {
        const roll = next();
        if (roll < 0.7 || list.length === 0) {
          const start = Math.floor(next() * 5000);
          const m = { start, end: start + 1 + Math.floor(next() * 40), n: step };
          list.push(m);
          index.add(m);
        } else if (roll < 0.95) {
          const [m] = list.splice(Math.floor(next() * list.length), 1);
          index.remove(m!);
        } else {
          list.sort((a, b) => a.start - b.start || b.end - a.end);
          index.renumber(list);
        }
        const start = Math.floor(next() * 5000);
        const span = { start, end: start + Math.floor(next() * 120) };
        expect(index.overlapping(span)).toEqual(list.filter((m) => m.start < span.end && m.end > span.start));
        expect(index.within(span)).toEqual(list.filter((m) => m.start >= span.start && m.end <= span.end));
        expect(index.startingAt(start)).toEqual(list.filter((m) => m.start === start));
      }
    },
  );
});
