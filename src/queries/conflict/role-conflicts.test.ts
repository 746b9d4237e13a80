import { describe, expect, it } from 'vitest';
import { datesDisagree } from './read-conflicts.ts';
import { type RoleClaim, roleConflicts } from './role-conflicts.ts';

const claim = (id: string, over: Partial<RoleClaim>): RoleClaim => ({
  id,
  roleKey: 'senator',
  roleKeys: ['senator'],
  orgId: 'country:a',
  origin: 'text',
  earliest: null,
  latest: null,
  ...over,
});
const senate = claim('wd-senate', { origin: 'wikidata', earliest: '2011-01-03', latest: '2025-01-20' });
const office = claim('wd-office', {
  origin: 'wikidata',
  roleKey: 'secretary-of-state',
  roleKeys: ['secretary-of-state', 'foreign-minister'],
  earliest: '2025-01-21',
  latest: null,
});
const day = (d: string) => ({ earliest: d, latest: d });

describe('role conflicts between articles and the record', () => {
  it(
    'when articles give a role after its last term ended, ' +
      'then one conflict pairs them with that term and the office held instead',
    () => {
      const found = roleConflicts([
        senate,
        office,
        claim('text-2', day('2026-02-17')),
        claim('text-1', day('2026-02-16')),
        claim('text-agrees', { ...day('2026-02-16'), roleKey: 'foreign-minister', roleKeys: ['foreign-minister'] }),
      ]);
      expect(found).toEqual([
        {
          reason: 'ROLE_ENDED',
          a: ['text-1', 'text-2'],
          b: ['wd-senate', 'wd-office', 'text-agrees'],
          term: 'wd-senate',
          heldInstead: ['wd-office'],
        },
      ]);
    },
  );

  it('when an article gives a role before its first term began, then the conflict says it was not yet held', () => {
    const [found] = roleConflicts([senate, claim('text-early', day('2009-05-01'))]);
    expect(found).toMatchObject({ reason: 'ROLE_NOT_YET_HELD', a: ['text-early'], b: ['wd-senate'], heldInstead: [] });
  });

  it(
    'when the role is within a term, undated, of another organization or unknown to the record, ' +
      'then there is no conflict',
    () => {
      expect(
        roleConflicts([
          senate,
          office,
          claim('inside', day('2020-06-01')),
          claim('undated', {}),
          claim('elsewhere', { ...day('2026-02-16'), orgId: 'country:b' }),
          claim('unknown-role', { ...day('2026-02-16'), roleKey: 'ambassador', roleKeys: ['ambassador'] }),
          claim('no-key', { ...day('2026-02-16'), roleKey: null, roleKeys: [] }),
        ]),
      ).toEqual([]);
      // a term Wikidata gives without dates covers every time
      expect(roleConflicts([claim('wd-undated', { origin: 'wikidata' }), claim('t', day('2026-02-16'))])).toEqual([]);
    },
  );

  it(
    'when two terms of a role lie on either side of an article’s time, ' +
      'then the nearest ended one is the other side',
    () => {
      const second = claim('wd-senate-2', { origin: 'wikidata', earliest: '2030-01-03', latest: null });
      const [found] = roleConflicts([senate, second, claim('t', day('2026-02-16'))]);
      expect(found).toMatchObject({ reason: 'ROLE_ENDED', term: 'wd-senate' });
    },
  );
});

describe('whether two dates of one statement disagree', () => {
  it('when their bounds do not meet, then they disagree; when they meet, not', () => {
    expect(
      datesDisagree(
        { edtf: '2021-03-03', earliest: '2021-03-03', latest: '2021-03-03' },
        { edtf: '2021-03-08', earliest: '2021-03-08', latest: '2021-03-08' },
      ),
    ).toBe(true);
    expect(
      datesDisagree(
        { edtf: '2021-03', earliest: '2021-03-01', latest: '2021-03-31' },
        { edtf: '2021-03-08', earliest: '2021-03-08', latest: '2021-03-08' },
      ),
    ).toBe(false);
  });

  it('when a date has no year, then only another month and day disagrees with it', () => {
    const noYear = { edtf: 'XXXX-02-15', earliest: null, latest: null };
    expect(datesDisagree(noYear, { edtf: '2026-02-15', earliest: '2026-02-15', latest: '2026-02-15' })).toBe(false);
    expect(datesDisagree(noYear, { edtf: '2026-02-16', earliest: '2026-02-16', latest: '2026-02-16' })).toBe(true);
    expect(datesDisagree(noYear, { edtf: 'XXXX-02', earliest: null, latest: null })).toBe(false);
  });
});
