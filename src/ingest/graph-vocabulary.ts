import type { RelationType } from '../extract/types.ts';

/**
 * The allow-list of relationship types the loader writes; labels come from the entity-kind table
 * (src/model/entity-kinds.ts). Cypher receives labels and types only from these (as $parameters
 * to SET n:$(...)), never from text.
 */

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
