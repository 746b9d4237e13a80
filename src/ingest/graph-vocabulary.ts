import type { EntityType, RelationType } from '../extract/types.ts';

/**
 * The allow-lists of labels and relationship types the loader writes. Cypher receives labels and
 * types only from here (as $parameters to SET n:$(...)), never from text.
 */
export type EntityKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'ALLIANCE' | 'MEDIA_OUTLET' | 'GOVERNMENT_BODY' | 'COMMAND_POST' | 'PLACE';

export function entityLabels(type: EntityType): { kind: EntityKind; labels: string[] } {
  switch (type) {
    case 'Person':
      return { kind: 'PERSON', labels: ['Entity', 'Person'] };
    case 'Organization':
      return { kind: 'ORGANIZATION', labels: ['Entity', 'Organization'] };
    case 'Country':
      return { kind: 'COUNTRY', labels: ['Entity', 'Organization', 'Country'] };
    case 'Alliance':
      return { kind: 'ALLIANCE', labels: ['Entity', 'Organization', 'Alliance'] };
    case 'MediaOutlet':
      return { kind: 'MEDIA_OUTLET', labels: ['Entity', 'Organization', 'MediaOutlet'] };
    case 'GovernmentBody':
      return { kind: 'GOVERNMENT_BODY', labels: ['Entity', 'Organization', 'GovernmentBody'] };
    case 'CommandPost':
      return { kind: 'COMMAND_POST', labels: ['Entity', 'CommandPost'] };
    case 'Place':
      return { kind: 'PLACE', labels: ['Entity', 'Place'] };
    default: {
      const never: never = type;
      throw new Error(`entity type outside the allow-list: ${String(never)}`);
    }
  }
}

/** Stored relationship types of the extractor's relation types. */
export type StoredRelationType = Exclude<RelationType, 'MENTIONS'>;

/**
 * MENTIONS between a claim and an entity is stored as ABOUT: in the graph, (Document)-[:MENTIONS]->
 * (Entity) is provenance (where a name occurs), while ABOUT says what a statement is about.
 */
const storedTypes: Readonly<Record<RelationType, StoredRelationType>> = {
  HELD_ROLE: 'HELD_ROLE',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  LOCATED_IN: 'LOCATED_IN',
  CONTROLS: 'CONTROLS',
  HANDED_OVER_TO: 'HANDED_OVER_TO',
  MEMBER_OF: 'MEMBER_OF',
  ABOUT: 'ABOUT',
  MENTIONS: 'ABOUT',
};

export function relationshipType(type: string): StoredRelationType {
  const stored = Object.hasOwn(storedTypes, type) ? storedTypes[type as RelationType] : undefined;
  if (!stored) throw new Error(`relationship type outside the allow-list: ${JSON.stringify(type)}`);
  return stored;
}

/** The entity type of a GraphQL EntityKind: the inverse of entityLabels' kind. */
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
