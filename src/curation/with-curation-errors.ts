import { AppError } from '../errors/app-error.ts';

export type CurationErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';
export interface CurationError {
  code: CurationErrorCode;
  message: string;
  field: string | null;
}

const payloadCodes = new Set<string>(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

/**
 * Runs a mutation and turns the failures a caller can fix (bad input, missing records, conflicts)
 * into payload errors; everything else (access, database down, bugs) stays a top-level error.
 */
export async function withCurationErrors<T extends object, E extends object>(
  empty: E,
  work: () => Promise<T>,
): Promise<(T | E) & { errors: CurationError[] }> {
  try {
    return { ...(await work()), errors: [] };
  } catch (err) {
    if (err instanceof AppError && payloadCodes.has(err.code)) {
      const field = typeof err.details.field === 'string' ? err.details.field : null;
      return { ...empty, errors: [{ code: err.code as CurationErrorCode, message: err.message, field }] };
    }
    throw err;
  }
}
