import { describe, expect, it } from 'vitest';
import { formatState, parseState } from '../web/src/state.ts';

describe('the dashboard URL state', () => {
  it('when a state is written to the URL and read back, then it is the same state, readable', () => {
    const url =
      '?e=person:marco-rubio,org:nato&from=2026-01-01&to=2026-02-28&asOf=2026-02-10&bucket=month&focus=org:' +
      'reuters&doc=doc:abc&fact=quote:1&view=2026-01-20~2026-02-20';
    const state = parseState(url);
    expect(state).toEqual({
      entities: ['person:marco-rubio', 'org:nato'],
      from: '2026-01-01',
      to: '2026-02-28',
      asOf: '2026-02-10',
      bucket: 'MONTH',
      focus: 'org:reuters',
      doc: 'doc:abc',
      fact: 'quote:1',
      view: ['2026-01-20', '2026-02-20'],
    });
    expect(formatState(state)).toBe(url);
  });

  it('when the URL holds junk, then the junk is dropped and the rest kept', () => {
    const state = parseState(
      '?e=person:a,<script>,person:a,org:b&from=2026-02-30x&to=yesterday&asOf=2026-13-01&bucket=day&view=20' +
        '26-02-20~2026-01-01',
    );
    expect(state.entities).toEqual(['person:a', 'org:b']);
    expect(state).toMatchObject({ from: null, to: null, asOf: null, bucket: 'WEEK', view: null });
    expect(formatState(parseState(''))).toBe('');
  });
});
