import type { ExtractedDocument, ExtractedEntity } from '../extract/types.ts';

/**
 * Rewrites the entity ids of an extraction to the entities they were merged into (mergeEntities; the
 * map comes from resolveEntityIds), so
 * an article naming a merged-away entity adds to the survivor instead of bringing the old entity
 * back. Entities that end up with the same id are folded into one: the names become aliases, the
 * mentions are joined.
 */
export function followRedirects(doc: ExtractedDocument, current: ReadonlyMap<string, string>): ExtractedDocument {
  if ([...current].every(([id, to]) => id === to)) return doc;
  const to = (id: string) => current.get(id) ?? id;
  const entities = new Map<string, ExtractedEntity>();
  for (const e of doc.entities) {
    const id = to(e.id);
    const seen = entities.get(id);
    if (!seen) {
      entities.set(id, { ...e, id });
      continue;
    }
    seen.aliases = [...new Set([...seen.aliases, e.name, ...e.aliases])];
    seen.mentions = [...seen.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
  }
  const ref = <T extends { entityId: string } | null>(r: T): T => (r ? { ...r, entityId: to(r.entityId) } : r);
  return {
    ...doc,
    entities: [...entities.values()],
    quotes: doc.quotes.map((q) => ({ ...q, speaker: ref(q.speaker) })),
    reported: doc.reported.map((c) => ({ ...c, speaker: ref(c.speaker) })),
    events: doc.events.map((e) => ({
      ...e,
      place: e.place && to(e.place),
      participants: [...new Set(e.participants.map(to))],
    })),
    reports: doc.reports.map((r) => ({ ...r, publisher: ref(r.publisher) })),
    relations: doc.relations.map((r) => ({ ...r, from: to(r.from), to: to(r.to) })),
  };
}
