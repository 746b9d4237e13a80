import type { EntityType } from '../extract/types.ts';
import type { EntityKind } from '../ingest/graph-vocabulary.ts';

/** The extractor's entity type of a GraphQL EntityKind (labels then come from graph-vocabulary). */
export function entityTypeOf(kind: EntityKind): EntityType {
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
      throw new Error(`entity kind outside the allow-list: ${String(never)}`);
    }
  }
}
