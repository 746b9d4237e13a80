import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config.ts';
import { InputError } from '../documents/input-error.ts';
import { DomainError } from './app-error.ts';
import { toAppError } from './to-app-error.ts';

// Messages as Neo4j 5.26 sends them (seen in tests/hardening/large-document.test.ts against the real server).
const overOne = new Neo4jError(
  'The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. Currently using 255.5 MiB. ' +
    'db.memory.transaction.max threshold reached',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  '50N42',
  'error',
);
const overAll = new Neo4jError(
  'The allocation of an extra 2.0 MiB would use more than the limit 512.0 MiB. Currently using 511.0 MiB. ' +
    'dbms.memory.transaction.total.max threshold reached',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  '50N42',
  'error',
);

describe('toAppError', () => {
  it(
    'when one query is over its memory limit, ' +
      'then it is QUERY_TOO_LARGE saying what to narrow, not DATABASE_UNAVAILABLE',
    () => {
      const e = toAppError(overOne);
      expect(e.code).toBe('QUERY_TOO_LARGE');
      expect(e.message).toMatch(
        /more memory than the database allows one query; ask for less: a smaller page \(first\)/,
      );
      expect(e.details).toMatchObject({ limit: 'transaction' });
    },
  );

  it('when the running queries together are over the limit, then it is QUERY_TOO_LARGE saying to try again', () => {
    const e = toAppError(overAll);
    expect(e.code).toBe('QUERY_TOO_LARGE');
    expect(e.message).toMatch(/together; try again shortly/);
    expect(e.details).toMatchObject({ limit: 'total' });
  });

  it('when another transient error arrives, then it is still DATABASE_UNAVAILABLE', () => {
    expect(
      toAppError(new Neo4jError('gone', 'Neo.TransientError.General.DatabaseUnavailable', '50N42', 'error')).code,
    ).toBe('DATABASE_UNAVAILABLE');
  });

  it('when a domain error names its code, then it becomes that code with its details and the same message', () => {
    class BrokenTable extends DomainError {
      readonly errorCode = 'CONFIGURATION';
      override errorDetails() {
        return { file: 'table.json' };
      }
    }
    const e = toAppError(new BrokenTable('table.json: not JSON'));
    expect([e.code, e.message, e.details]).toEqual(['CONFIGURATION', 'table.json: not JSON', { file: 'table.json' }]);
  });

  it(
    'when the configuration or an input file is bad, ' + 'then it is CONFIGURATION or BAD_USER_INPUT naming the file',
    () => {
      expect(toAppError(new ConfigError('invalid configuration')).code).toBe('CONFIGURATION');
      const bad = toAppError(new InputError('a.txt', 'empty file', 'empty'));
      expect([bad.code, bad.message, bad.details]).toEqual([
        'BAD_USER_INPUT',
        'a.txt: empty file',
        { field: 'input', file: 'a.txt' },
      ]);
    },
  );

  it('when anything else is thrown, then it is INTERNAL_SERVER_ERROR without its message', () => {
    const e = toAppError(new Error('secret detail'));
    expect([e.code, e.message]).toEqual(['INTERNAL_SERVER_ERROR', 'internal error']);
  });
});
