import { describe, expect, it } from 'vitest';
import { matchesInLines } from './matches-in-lines.ts';

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
const inLines = (text: string, pattern: RegExp, words: string[]) =>
  [...matchesInLines(text, pattern, words)].map((m) => [m.index, m[0]]);

describe('matchesInLines', () => {
  const text =
    'Der Nato-Gipfel und das Gipfeltreffen.\nKein Treffer hier.\n-Gipfel, EU-Gipfel-Gipfel; ' +
    'summit\nGipfel\n\nAußenministertreffen am Rande der Sitzung';
  it('when every match holds one of the words, then it gives what matchAll gives, in order', () => {
    for (const [pattern, words] of [
      [/(?<![\p{L}])(?:[\p{L}-]*[Gg]ipfel(?:treffen)?|summit)(?![\p{L}])/gu, ['ipfel', 'summit']],
      [
        /(?<![\p{L}])(?:[\p{L}-]*[Mm]inistertreffen|Treffen|Sitzung)(?![\p{L}])/gu,
        ['inistertreffen', 'Treffen', 'Sitzung'],
      ],
    ] as const) {
      expect(all(text, pattern).length).toBeGreaterThan(1);
      expect(inLines(text, pattern, [...words])).toEqual(all(text, pattern));
    }
  });

  it('when the pattern is not global, then it is refused', () => {
    expect(() => [...matchesInLines(text, /Gipfel/u, ['Gipfel'])]).toThrow(/must be global/);
  });
});
