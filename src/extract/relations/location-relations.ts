import { mentionsIn, sentenceOf, type Context } from '../context.ts';
import type { ExtractedEvent, ExtractedRelation } from '../types.ts';

/**
 * Where things are: an event at its place, and a command post at the place the alias table puts it
 * when a sentence names the two together.
 */
export function locationRelations(ctx: Context, events: ExtractedEvent[]): ExtractedRelation[] {
  const relations: ExtractedRelation[] = events
    .filter((e) => e.place)
    .map((e) => ({
      type: 'LOCATED_IN' as const,
      from: e.id,
      to: e.place!,
      when: e.when,
      properties: {},
      evidence: e.evidence,
      confidence: 0.6,
    }));
  const seen = new Set<string>();
  for (const post of ctx.mentions.filter((m) => m.type === 'CommandPost')) {
    const placeId = ctx.matcher.table.byId.get(post.entityId)?.locatedIn;
    const sentence = sentenceOf(ctx, post.start);
    if (!placeId || !sentence || seen.has(post.entityId)) continue;
    const place = mentionsIn(ctx, sentence).find((m) => m.entityId === placeId);
    if (!place) continue;
    seen.add(post.entityId);
    relations.push({
      type: 'LOCATED_IN',
      from: post.entityId,
      to: placeId,
      when: null,
      properties: {},
      evidence: { start: Math.min(post.start, place.start), end: Math.max(post.end, place.end) },
      confidence: 0.8,
    });
  }
  return relations;
}
