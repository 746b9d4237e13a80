import type { CypherTx } from '../../db/database.ts';
import type { EntityModel } from '../../graphql/models.mappers.ts';
import { entityTypeOf } from '../../ingest/graph-vocabulary.ts';
import type { EntityKind } from '../../graphql/resolvers-types.generated.ts';

/** Entities by the ids given (keys of the result); a merged-away id maps to the entity it was merged into. */
export async function readEntities(tx: CypherTx, ids: readonly string[], asOf: string | null): Promise<Map<string, EntityModel>> {
  const rows = await tx.rows<{ asked: string; id: string; name: string; kind: EntityKind; aliases: string[] }>('entity/entities-by-id', { ids });
  return new Map(rows.map((r) => [r.asked, { __typename: entityTypeOf(r.kind), id: r.id, name: r.name, kind: r.kind, aliases: r.aliases, asOf }]));
}
