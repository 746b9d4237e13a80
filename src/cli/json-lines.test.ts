import { describe, expect, it } from 'vitest';
import { jsonLines, jsonPieces } from './json-lines.ts';

describe('jsonLines', () => {
  it('when its chunks are joined by newlines, then they are JSON.stringify(value, null, 2), at every depth', () => {
    const value = {
      documents: [
        {
          title: 'a "quoted"\nline',
          n: 1,
          empty: [],
          none: {},
          gone: undefined,
          fn: () => 1,
          list: [1, undefined, 'x', null, { deep: [{ deeper: true }] }],
          when: new Date(0),
        },
        { entities: [{ id: 'p:1', mentions: [{ start: 0, end: 3, text: 'Ann' }] }] },
      ],
      'odd "key"': [[]],
    };
    for (const depth of [0, 1, 2, 3, 6])
      expect([...jsonLines(value, depth)].join('\n')).toBe(JSON.stringify(value, null, 2));
    expect([...jsonLines({ documents: [] })].join('\n')).toBe(JSON.stringify({ documents: [] }, null, 2));
  });

  it(
    'when the value is large, ' +
      'then each member of the fourth level (an entity of a document) is a chunk of its own',
    () => {
      const value = {
        documents: [{ entities: Array.from({ length: 50 }, (_, i) => ({ id: i, text: 'x'.repeat(100) })) }],
      };
      const chunks = [...jsonLines(value)];
      expect(chunks.length).toBeGreaterThan(50);
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200);
    },
  );

  it('when joined into pieces, then the pieces joined by newlines are the same text', () => {
    const value = {
      documents: [{ entities: Array.from({ length: 500 }, (_, i) => ({ id: i, text: 'x'.repeat(100) })) }],
    };
    const pieces = [...jsonPieces(value, 4096)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('\n')).toBe(JSON.stringify(value, null, 2));
  });
});
