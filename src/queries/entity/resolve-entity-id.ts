import type { CypherTx } from '../../db/database.ts';

/**
 * The current id of an entity id: itself, or the entity it was merged into by mergeEntities
 * (an (:EntityRedirect {id, to}) per merged-away id, kept pointing at the final survivor).
 * Lookups by entity id (entity, node, timeline ...) call this before matching.
 */
export async function resolveEntityId(tx: CypherTx, id: string): Promise<string> {
  return (await resolveEntityIds(tx, [id])).get(id) ?? id;
}

/** Each non-null id of a record of id arguments replaced by its current id (one statement, none when all are null). */
export async function resolveEntityIdArgs<K extends string>(
  tx: CypherTx,
  args: Record<K, string | null>,
): Promise<Record<K, string | null>> {
  const given = Object.values<string | null>(args).filter((v): v is string => v !== null);
  if (!given.length) return args;
  const current = await resolveEntityIds(tx, given);
  return Object.fromEntries(
    Object.entries<string | null>(args).map(([k, v]) => [k, v === null ? null : (current.get(v) ?? v)]),
  ) as Record<K, string | null>;
}

/** The batched form: one statement for many ids; every given id is a key of the result. */
export async function resolveEntityIds(tx: CypherTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx.rows('curation/resolve-entity-ids', { ids: [...new Set(ids)] });
  const out = new Map(ids.map((id) => [id, id] as [string, string]));
  for (const r of rows) out.set(r.id, r.resolved);
  return out;
}
