/**
 * The one table of entity kinds. Each row ties together the four names a kind has: the extraction
 * type (also the GraphQL object type and the `__typename` resolvers return), the GraphQL
 * `EntityKind` enum value stored as `kind` on the node, and the Neo4j labels the loader writes.
 * Every switch over kinds elsewhere is derived from here; tests/architecture/entity-kinds.test.ts
 * checks it against the schema.
 */
export const ENTITY_KINDS = [
  { type: 'Person', kind: 'PERSON', labels: ['Entity', 'Person'] },
  { type: 'Organization', kind: 'ORGANIZATION', labels: ['Entity', 'Organization'] },
  { type: 'Country', kind: 'COUNTRY', labels: ['Entity', 'Organization', 'Country'] },
  { type: 'Alliance', kind: 'ALLIANCE', labels: ['Entity', 'Organization', 'Alliance'] },
  { type: 'MediaOutlet', kind: 'MEDIA_OUTLET', labels: ['Entity', 'Organization', 'MediaOutlet'] },
  { type: 'GovernmentBody', kind: 'GOVERNMENT_BODY', labels: ['Entity', 'Organization', 'GovernmentBody'] },
  { type: 'CommandPost', kind: 'COMMAND_POST', labels: ['Entity', 'CommandPost'] },
  { type: 'Place', kind: 'PLACE', labels: ['Entity', 'Place'] },
] as const;

type Row = (typeof ENTITY_KINDS)[number];

/** The extraction's entity type, which is also the GraphQL object type name. */
export type EntityType = Row['type'];

/** The GraphQL enum value, stored as the node's `kind` property. */
export type EntityKind = Row['kind'];

const byType = new Map<string, Row>(ENTITY_KINDS.map((r) => [r.type, r]));
const byKind = new Map<string, Row>(ENTITY_KINDS.map((r) => [r.kind, r]));

/** The kind and the labels of an extraction type; anything outside the table is refused. */
export function entityLabels(type: EntityType): { kind: EntityKind; labels: string[] } {
  const row = byType.get(type);
  if (!row) throw new Error(`entity type outside the allow-list: ${JSON.stringify(type)}`);
  return { kind: row.kind, labels: [...row.labels] };
}

/** The extraction type (and GraphQL type name) of a stored kind: the inverse of entityLabels. */
export function entityTypeOf(kind: EntityKind): EntityType {
  const row = byKind.get(kind);
  if (!row) throw new Error(`entity kind outside the allow-list: ${JSON.stringify(kind)}`);
  return row.type;
}

export const isEntityKind = (value: string): value is EntityKind => byKind.has(value);
