import { describe, expect, it } from 'vitest';
import type { Span } from '../types.ts';
import { lastRoleBefore } from './roles-before.ts';

type Role = Span & { key: string; person: string | null };
const reference = (spans: Role[], before: number, key: string): Role | undefined =>
  spans.filter((s) => s.start < before && s.key === key && s.person).pop();
const ask = (spans: Role[], before: number, key: string) =>
  lastRoleBefore(
    spans,
    before,
    key,
    (s) => s.key === key,
    (s) => s.person !== null,
  );

describe('lastRoleBefore', () => {
  const roles = (starts: number[]): Role[] =>
    starts.map((start, i) => ({ start, end: start + 2, key: i % 2 ? 'a' : 'b', person: i % 3 ? `p${i}` : null }));

  it(
    'when the roles are ordered by start, ' + 'then it gives the last of the kind before an offset that is accepted',
    () => {
      const spans = roles([0, 3, 5, 5, 8, 12, 12, 20, 31]);
      for (const key of ['a', 'b', 'c'])
        for (let before = -1; before < 35; before++)
          expect(ask(spans, before, key)).toBe(reference(spans, before, key));
    },
  );

  it('when the roles are not ordered by start, then it still gives the last in the list order', () => {
    const spans = roles([10, 2, 30, 4, 8, 1, 25]);
    for (const key of ['a', 'b'])
      for (let before = 0; before < 35; before++) expect(ask(spans, before, key)).toBe(reference(spans, before, key));
  });

  it('when the list grows after a look-back, then the next look-back sees the new role', () => {
    const spans = roles([1, 5]);
    expect(ask(spans, 10, 'a')).toBe(spans[1]);
    spans.push({ start: 7, end: 9, key: 'a', person: 'x' });
    expect(ask(spans, 10, 'a')).toBe(spans[2]);
  });
});
