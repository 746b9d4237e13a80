import { describe, expect, it } from 'vitest';
import { renderProgress } from './progress-bar.ts';

describe('renderProgress', () => {
  it('when a quarter of the documents is done, then a quarter of the bar is filled and the counts follow', () => {
    expect(renderProgress({ done: 10, total: 40, quotes: 7, entities: 30, relations: 52 }, 8)).toBe(
      '[██░░░░░░] 10/40 documents · 7 quotes · 30 entities · 52 relations',
    );
  });

  it('when nothing is known yet or everything is done, then the bar is empty or full', () => {
    expect(renderProgress({ done: 0, total: 0, quotes: 0, entities: 0, relations: 0 }, 4)).toBe(
      '[░░░░] 0/0 documents · 0 quotes · 0 entities · 0 relations',
    );
    expect(renderProgress({ done: 5, total: 5, quotes: 1, entities: 2, relations: 3 }, 4)).toMatch(
      /^\[████\] 5\/5 documents/,
    );
  });
});
