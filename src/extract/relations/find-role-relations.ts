// HELD_ROLE: a role title is a claim of this article about a person ("US-Senator" according to
// this text), dated with the publication day when the text gives no other time.

import type { Context } from '../context.ts';
import type { ExtractedRelation } from '../types.ts';

export function findRoleRelations(ctx: Context): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const when = ctx.publishedAt
    ? { edtf: ctx.publishedAt, earliest: ctx.publishedAt, latest: ctx.publishedAt, precision: 'day' as const }
    : null;
  for (const role of ctx.roles) {
    if (!role.person) continue;
    const org = role.qualifiers[0];
    if (!org) {
      ctx.diagnostics.push({
        level: 'info',
        message: `role "${role.text}" names no organisation or country`,
        start: role.start,
        end: role.end,
      });
      continue;
    }
    const key = `${role.person}|${org}|${role.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({
      type: 'HELD_ROLE',
      from: role.person,
      to: org,
      when,
      properties: { role: role.text, roleKey: role.key },
      evidence: role.evidence,
      confidence: 0.8,
    });
  }
  return relations;
}
