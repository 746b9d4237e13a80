/**
 * The sieve stage that attributed a quote or claim, most reliable first. A closed vocabulary: the
 * API exposes it (enum AttributionMethod) so researchers can filter by how an attribution was made.
 */
export const ATTRIBUTION_METHODS = [
  'dash-line',
  'so-clause',
  'verb-after-quote',
  'verb-before-quote',
  'source-cue',
  'verb-last-subject',
  'run-on-paragraph',
  'reported-speech-before',
  'previous-speaker',
  'nearest-person',
  'imported',
  'none',
] as const;

export type AttributionMethod = (typeof ATTRIBUTION_METHODS)[number];
