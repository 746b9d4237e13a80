// Stable ids, so that ingesting the same fact from another article (or the same article again)
// merges instead of duplicating.
//
// Scheme:
//   person:<slug>          person:marco-rubio
//   country:<alpha-2>      country:us (ids of countries come from ISO 3166, not from their names)
//   org:<slug>             Organization, Alliance, MediaOutlet and GovernmentBody share one space,
//                          because they are all organisations with extra labels (org:nato, org:reuters)
//   commandpost:<slug>     commandpost:jfc-naples
//   place:<slug>           place:naples
//   quote:<hash16>         sha256 of the normalised text and the speaker id
//   claim:<hash16>         same, for reported speech
//   event:<hash16>         type + date + main participant (+ document when undated)
//   report:<hash16>        publisher + date + what it is about (+ document when undated)
// Hashes are the first 16 hex digits of sha256: short enough to read, long enough not to collide
// within a corpus of millions of facts.

import { createHash } from 'node:crypto';
import type { EntityType } from './types.ts';
import { slugify, textKey, wordsKey } from './text/normalize.ts';

export function entityPrefix(type: EntityType): string {
  switch (type) {
    case 'Person':
      return 'person';
    case 'Country':
      return 'country';
    case 'Organization':
    case 'Alliance':
    case 'MediaOutlet':
    case 'GovernmentBody':
      return 'org';
    case 'CommandPost':
      return 'commandpost';
    case 'Place':
      return 'place';
    default: {
      const never: never = type;
      throw new Error(`unknown entity type ${String(never)}`);
    }
  }
}

/** Id for an entity that the alias table does not know; alias-table entries carry their own id. */
export function entityIdFor(type: EntityType, canonicalName: string): string {
  return `${entityPrefix(type)}:${slugify(canonicalName) || 'unnamed'}`;
}

export function shortHash(...parts: (string | null | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}

export function quoteIdFor(text: string, speakerId: string | null): string {
  return `quote:${shortHash(textKey(text), speakerId)}`;
}

/** The same words whoever said them and however punctuated: finds attribution conflicts across outlets. */
export function wordsIdFor(text: string): string {
  return `words:${shortHash(wordsKey(text))}`;
}

export function claimIdFor(text: string, speakerId: string | null): string {
  return `claim:${shortHash(textKey(text), speakerId)}`;
}

/** Undated events only merge within one document: "a meeting" alone identifies nothing. */
export function eventIdFor(
  type: string,
  whenEdtf: string | null,
  mainParticipant: string | null,
  contentHash: string,
): string {
  return `event:${shortHash(type, whenEdtf ?? contentHash, mainParticipant)}`;
}

export function reportIdFor(
  publisherId: string,
  whenEdtf: string | null,
  aboutKey: string,
  contentHash: string,
): string {
  return `report:${shortHash(publisherId, whenEdtf ?? contentHash, aboutKey)}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
