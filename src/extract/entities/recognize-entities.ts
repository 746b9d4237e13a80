// Entity stage: alias-table names, datelines, outlets cited as media, role titles, unknown person
// names, surnames, command posts. Roles come before unknown names because a title is the best evidence that the next
// capitalised words are a person.

import { addMention, mentionsStartingAt, newEntity, sortMentions, type Context } from '../context.ts';
import { findRoleMentions } from '../roles/find-role-mentions.ts';
import { attachRolePersons } from '../roles/attach-role-persons.ts';
import { findCitedOutlets, findOutletReferences } from './find-cited-outlets.ts';
import { findCommandPosts } from './find-command-posts.ts';
import { findOrganizations, findOwnOutlet } from './find-organizations.ts';
import { findPersonNames, findSurnameMentions, isGiven } from './find-person-names.ts';
import type { AliasMatch } from '../aliases/alias-matcher.ts';
import { linkShortNames } from './link-short-names.ts';
import { findPlaces } from './find-places.ts';
import { findProperNames } from './find-proper-names.ts';

// "BRATISLAVA --", "BRUSSELS –", "KYIV (Reuters) -": the place a story was filed from.
const DATELINE = /^([A-ZÄÖÜ][A-ZÄÖÜ.'-]+(?:[ ,]+[A-ZÄÖÜ][A-ZÄÖÜ.'-]+){0,2})\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|[–—-])\s/u;

function findDateline(ctx: Context): void {
  for (const paragraph of ctx.paragraphs.slice(0, 3)) {
    const m = DATELINE.exec(ctx.body.slice(paragraph.start, paragraph.end));
    if (!m?.[1] || m[1].length < 3) continue;
    const start = paragraph.start;
    const end = start + m[1].length;
    if (mentionsStartingAt(ctx, start).length > 0) return;
    const known = ctx.matcher.lookup(m[1]) ?? ctx.matcher.lookup(titleCase(m[1]));
    addMention(ctx, known ?? newEntity(ctx, 'Place', titleCase(m[1])), { start, end });
    return;
  }
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

// The capitalised word right before a match, on the same line: "Michael" in "Michael Jordan".
const WORD_BEFORE = /(\p{Lu}[\p{Ll}\p{M}'’]+)[ \u00A0]$/u;

/**
 * A country's or place's name right after a given name is a person's surname ("Michael Jordan",
 * "Tom Chad"): left for the person finder. A given name that is itself a matched name ("Paris") does
 * not count.
 */
function surnameAfterGivenName(ctx: Context, match: AliasMatch, all: readonly AliasMatch[]): boolean {
  if (match.entry.type !== 'Country' && match.entry.type !== 'Place') return false;
  const word = WORD_BEFORE.exec(ctx.body.slice(Math.max(0, match.start - 30), match.start))?.[1];
  if (!word || !isGiven(ctx, word)) return false;
  const wordStart = match.start - word.length - 1;
  return !all.some((m) => m !== match && m.start <= wordStart && m.end > wordStart);
}

export function recognizeEntities(ctx: Context, outlet: string | null): void {
  const matches = [...ctx.matcher.match(ctx.body)];
  for (const match of matches) if (!surnameAfterGivenName(ctx, match, matches)) addMention(ctx, match.entry, match);
  findOwnOutlet(ctx, outlet);
  findDateline(ctx);
  findCitedOutlets(ctx);
  findOrganizations(ctx);
  sortMentions(ctx);
  findOutletReferences(ctx);
  sortMentions(ctx);
  ctx.roles = findRoleMentions(ctx);
  findPersonNames(ctx);
  findSurnameMentions(ctx);
  findCommandPosts(ctx);
  sortMentions(ctx);
  findPlaces(ctx);
  sortMentions(ctx);
  findProperNames(ctx);
  sortMentions(ctx);
  attachRolePersons(ctx);
  linkShortNames(ctx);
}
