// Entity stage: alias-table names, datelines, outlets cited as media, role titles, unknown person
// names, surnames, command posts. Roles come before unknown names because a title is the best evidence that the next
// capitalised words are a person.

import { addMention, mentionsStartingAt, newEntity, sortMentions, type Context } from '../context.ts';
import { findRoleMentions } from '../roles/find-role-mentions.ts';
import { attachRolePersons } from '../roles/attach-role-persons.ts';
import { findCitedOutlets, findOutletReferences } from './find-cited-outlets.ts';
import { findCommandPosts } from './find-command-posts.ts';
import { findOrganizations, findOwnOutlet } from './find-organizations.ts';
import { findPersonNames, findSurnameMentions } from './find-person-names.ts';
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

export function recognizeEntities(ctx: Context, outlet: string | null): void {
  for (const match of ctx.matcher.match(ctx.body)) addMention(ctx, match.entry, match);
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
