import type { CypherTx } from '../../db/database.ts';
import type { EntityModel, EntityTypeName } from '../../graphql/models.mappers.ts';
import type { EntityKind } from '../../graphql/resolvers-types.generated.ts';

export function typeNameOf(kind: EntityKind): EntityTypeName {
  switch (kind) {
    case 'PERSON': return 'Person';
    case 'ORGANIZATION': return 'Organization';
    case 'COUNTRY': return 'Country';
    case 'ALLIANCE': return 'Alliance';
    case 'MEDIA_OUTLET': return 'MediaOutlet';
    case 'GOVERNMENT_BODY': return 'GovernmentBody';
    case 'COMMAND_POST': return 'CommandPost';
    case 'PLACE': return 'Place';
    default: {
      const never: never = kind;
      throw new Error(`unknown entity kind ${String(never)}`);
    }
  }
}

export async function readEntities(tx: CypherTx, ids: readonly string[], asOf: string | null): Promise<EntityModel[]> {
  const rows = await tx.rows<{ id: string; name: string; kind: EntityKind; aliases: string[] }>('entity/entities-by-id', { ids });
  return rows.map((r) => ({ __typename: typeNameOf(r.kind), id: r.id, name: r.name, kind: r.kind, aliases: r.aliases, asOf }));
}
