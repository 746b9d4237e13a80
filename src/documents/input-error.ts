import { DomainError } from '../errors/app-error.ts';

/**
 * Why a file could not be read as documents. A closed list so the CLI summary can count failures
 * by kind and tests can assert the kind without matching message wording.
 */
export const InputErrorCodes = [
  'unreadable',
  'empty',
  'too-large',
  'binary',
  'not-utf8',
  'unsupported-extension',
  'bad-front-matter',
  'bad-json',
  'bad-record',
  'no-text',
  'bad-date',
  'bad-metadata',
  /** a web address: the host could not be reached (name not found, connection refused or reset) */
  'unreachable',
  /** a web address: no complete answer within the time limit */
  'timeout',
  /** a web address: answered with a status other than 2xx */
  'http-status',
  /** a web address: answered with something that is not a page or plain text */
  'unsupported-content-type',
  /** a web address not fetched: its host asked us to wait longer than a run waits, or a stop came first */
  'host-waiting',
  /** a feed that is not well-formed XML, or not RSS or Atom */
  'bad-feed',
] as const;

export type InputErrorCode = (typeof InputErrorCodes)[number];

/**
 * The one error readDocuments/readInput throw for bad input. A bad file stops only that file:
 * the caller reports `message` ("FILE: reason") and goes on with the next one.
 */
export class InputError extends DomainError {
  override name = 'InputError';
  readonly errorCode = 'BAD_USER_INPUT';
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly code: InputErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }

  override errorDetails(): Record<string, unknown> {
    return { field: 'input', file: this.file };
  }
}
