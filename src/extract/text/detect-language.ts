// Language of a body when the metadata does not say. eld's small static model loads in ~0.3 s
// once and detects a 3 KB article in well under a millisecond.

import { eld } from 'eld/small';

export function detectLanguage(body: string): { lang: string; reliable: boolean } {
  const sample = body.slice(0, 4000);
  if (sample.trim().length < 3) return { lang: 'und', reliable: false };
  const result = eld.detect(sample);
  return { lang: result.language || 'und', reliable: result.isReliable() };
}
