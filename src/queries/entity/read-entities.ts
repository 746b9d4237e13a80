import type { CypherTx } from '../../db/database.ts';
import type { EntityModel } from '../../graphql/models.mappers.ts';
import { entityTypeOf } from '../../ingest/graph-vocabulary.ts';
import type { EntityKind } from '../../graphql/resolvers-types.generated.ts';

export async function readEntities(tx: CypherTx, ids: readonly string[], asOf: string | null): Promise<EntityModel[]> {
  const rows = await tx.rows<{ id: string; name: string; kind: EntityKind; aliases: string[] }>('entity/entities-by-id', { ids });
  return rows.map((r) => ({ __typename: entityTypeOf(r.kind), id: r.id, name: r.name, kind: r.kind, aliases: r.aliases, asOf }));
}
