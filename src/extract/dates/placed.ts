import type { TimeBasis, TimeSpan } from '../types.ts';

/**
 * What the text dates stays as it is; anything else was said on or before its publication and is
 * placed there, marked so (docs/decisions/0005-undated-quotes-at-publication.md).
 */
export function placed(
  text: TimeSpan | null,
  publication: TimeSpan | null,
): { time: TimeSpan | null; basis: TimeBasis | null } {
  if (text) return { time: text, basis: 'text' };
  return publication ? { time: publication, basis: 'publication' } : { time: null, basis: null };
}
