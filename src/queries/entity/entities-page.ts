import type { CypherTx } from '../../db/database.ts';
import type { EntityKind, EntityModel } from '../../model/index.ts';
import { toEntity } from './read-entities.ts';

export interface EntityFilter {
  kind: EntityKind | null;
  /** a part of the name or of an alias, any case */
  name: string | null;
  wikidataId: string | null;
}

/** The key a page of entities continues after: the last entity's name and id. */
export const entityPageKey = (e: { name: string; id: string }): string => JSON.stringify([e.name, e.id]);

/**
 * Entities by name then id, `first + 1` read (so whether a next page exists is known), after the
 * entity the key names; with the total the filter matches.
 */
export async function readEntitiesPage(
  tx: CypherTx,
  filter: EntityFilter,
  afterKey: string | null,
  first: number,
): Promise<{ total: number; page: EntityModel[] }> {
  const [afterName, afterId] = afterKey ? (JSON.parse(afterKey) as [string, string]) : [null, null];
  const name = filter.name?.toLowerCase() ?? null;
  const where = { kind: filter.kind, name, wikidataId: filter.wikidataId };
  // one after the other: a read runs its statements on one auto-commit session
  const rows = await tx.rows('entity/entities-page', { ...where, afterName, afterId, limit: first + 1 });
  const count = await tx.one('entity/count-entities', where);
  return { total: count?.n ?? 0, page: rows.map((r) => toEntity(r, null)) };
}
