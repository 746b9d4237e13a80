import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toAppError } from './to-app-error.ts';

// Messages as Neo4j 5.26 sends them (seen in tests/hardening/large-document.test.ts against the real server).
const overOne = new Neo4jError(
  'The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. Currently using 255.5 MiB. db.memory.transaction.max threshold reached',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  '50N42',
  'error',
);
const overAll = new Neo4jError(
  'The allocation of an extra 2.0 MiB would use more than the limit 512.0 MiB. Currently using 511.0 MiB. dbms.memory.transaction.total.max threshold reached',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  '50N42',
  'error',
);

describe('toAppError', () => {
  it('when one query is over its memory limit, then it is QUERY_TOO_LARGE saying what to narrow, not DATABASE_UNAVAILABLE', () => {
    const e = toAppError(overOne);
    expect(e.code).toBe('QUERY_TOO_LARGE');
    expect(e.message).toMatch(/more memory than the database allows one query; ask for less: a smaller page \(first\)/);
    expect(e.details).toMatchObject({ limit: 'transaction' });
  });

  it('when the running queries together are over the limit, then it is QUERY_TOO_LARGE saying to try again', () => {
    const e = toAppError(overAll);
    expect(e.code).toBe('QUERY_TOO_LARGE');
    expect(e.message).toMatch(/together; try again shortly/);
    expect(e.details).toMatchObject({ limit: 'total' });
  });

  it('when another transient error arrives, then it is still DATABASE_UNAVAILABLE', () => {
    expect(toAppError(new Neo4jError('gone', 'Neo.TransientError.General.DatabaseUnavailable', '50N42', 'error')).code).toBe('DATABASE_UNAVAILABLE');
  });
});
