import type { CypherTx } from '../../db/database.ts';
import type { EntityModel } from '../../model/index.ts';
import { entityTypeOf } from '../../model/entity-kinds.ts';
import type { EntityRow } from '../../db/row-types.ts';

export const toEntity = (r: EntityRow, asOf: string | null): EntityModel => ({
  __typename: entityTypeOf(r.kind),
  id: r.id,
  name: r.name,
  kind: r.kind,
  aliases: r.aliases,
  wikidataId: r.wikidataId ?? null,
  externalIds: r.wikidataId
    ? [{ source: 'wikidata', id: r.wikidataId, url: `https://www.wikidata.org/wiki/${r.wikidataId}` }]
    : [],
  asOf,
});

/** Entities by the ids given (keys of the result); a merged-away id maps to the entity it was merged into. */
export async function readEntities(
  tx: CypherTx,
  ids: readonly string[],
  asOf: string | null,
): Promise<Map<string, EntityModel>> {
  const rows = await tx.rows('entity/entities-by-id', { ids });
  return new Map(rows.map((r) => [r.asked, toEntity(r, asOf)]));
}
