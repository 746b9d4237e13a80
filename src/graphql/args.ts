import { isIsoCalendarDate } from '../documents/calendar-date.ts';
import { badInput } from '../errors/app-error.ts';

/** Validation of arguments, shared by the resolvers: every failure names its field. */

/** A real calendar date (2026-02-30 is refused) or null. */
export function dateArg(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoCalendarDate(value)) throw badInput(field, `${JSON.stringify(value)} is not a calendar date YYYY-MM-DD`);
  return value;
}

export function rangeArgs(
  from: string | null | undefined,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  const f = dateArg('from', from);
  const t = dateArg('to', to);
  if (f && t && f > t) throw badInput('to', `the range ends (${t}) before it starts (${f})`);
  return { from: f, to: t };
}

/** A confidence threshold in [0, 1], or null. */
export function confidenceArg(field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw badInput(field, `must be between 0 and 1, got ${value}`);
  return value;
}

export const MAX_PAGE = 100;

export function firstArg(value: number | null | undefined, fallback: number, field = 'first'): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE)
    throw badInput(field, `must be between 1 and ${MAX_PAGE}, got ${n}`);
  return n;
}

export function idsArg(field: string, ids: readonly string[]): string[] {
  if (ids.length === 0) throw badInput(field, 'give at least one id');
  if (ids.length > 50) throw badInput(field, 'at most 50 ids');
  return [...new Set(ids)];
}

/** Cursors are opaque to clients: base64url of the sort key of the item they point at. */
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64url');
}

export function decodeCursor(field: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown };
    // Node's base64 decoder skips what it cannot read: only the exact text we issued is a cursor
    if (typeof parsed.k === 'string' && encodeCursor(parsed.k) === cursor) return parsed.k;
  } catch {
    // fall through: not one of ours
  }
  throw badInput(field, 'not a cursor this API returned');
}

/** A key a keyset list issued as a JSON pair of strings (entities: name and id; documents: day and id). */
export function pairCursorArg(field: string, after: string | null | undefined): string | null {
  const key = decodeCursor(field, after);
  if (key === null) return null;
  try {
    const parsed: unknown = JSON.parse(key);
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) return key;
  } catch {
    // not ours
  }
  throw badInput(field, 'not a cursor of this list');
}
