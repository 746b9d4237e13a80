import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType, isInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/load-schema.ts';
import { ATTRIBUTION_METHODS } from '../../src/model/attribution-methods.ts';
import { ENTITY_KINDS, entityLabels, entityTypeOf } from '../../src/model/entity-kinds.ts';
import { UNATTRIBUTED_REASONS } from '../../src/model/unattributed-reasons.ts';

// The entity-kind table (src/model/entity-kinds.ts) is the one list of kinds; the schema must say the same.
const schema = buildSchema(await loadTypeDefs(fileURLToPath(new URL('../../schema', import.meta.url))));

describe('the entity-kind table', () => {
  it('has the kinds of the schema enum EntityKind, no more and no fewer', () => {
    const kinds = schema.getType('EntityKind');
    if (!isEnumType(kinds)) throw new Error('schema has no enum EntityKind');
    expect(ENTITY_KINDS.map((r) => r.kind).sort()).toEqual(
      kinds
        .getValues()
        .map((v) => v.name)
        .sort(),
    );
  });

  it('has as types exactly the object types implementing Entity', () => {
    const entity = schema.getType('Entity');
    if (!isInterfaceType(entity)) throw new Error('schema has no interface Entity');
    const implementations = schema
      .getPossibleTypes(entity)
      .map((t) => t.name)
      .sort();
    expect(ENTITY_KINDS.map((r) => r.type).sort()).toEqual(implementations);
  });

  it('maps every type to its kind and back, and every node carries Entity and its own label', () => {
    for (const row of ENTITY_KINDS) {
      const { kind, labels } = entityLabels(row.type);
      expect(entityTypeOf(kind)).toBe(row.type);
      expect(labels[0]).toBe('Entity');
      expect(labels.at(-1)).toBe(row.type);
    }
  });

  it('when a type or kind is outside the table, then it is refused by name', () => {
    expect(() => entityLabels('Planet' as never)).toThrow(/outside the allow-list: "Planet"/);
    expect(() => entityTypeOf('PLANET' as never)).toThrow(/outside the allow-list: "PLANET"/);
  });
});

describe('the attribution methods', () => {
  it('are the schema enum AttributionMethod, spelt as the API spells them', () => {
    const methods = schema.getType('AttributionMethod');
    if (!isEnumType(methods)) throw new Error('schema has no enum AttributionMethod');
    const api = ATTRIBUTION_METHODS.map((m) => m.toUpperCase().replaceAll('-', '_')).sort();
    expect(api).toEqual(
      methods
        .getValues()
        .map((v) => v.name)
        .sort(),
    );
  });
});

describe('the reasons a quote was not attributed', () => {
  it('are the schema enum UnattributedReason, spelt as the API spells them', () => {
    const reasons = schema.getType('UnattributedReason');
    if (!isEnumType(reasons)) throw new Error('schema has no enum UnattributedReason');
    expect(UNATTRIBUTED_REASONS.map((r) => r.toUpperCase().replaceAll('-', '_')).sort()).toEqual(
      reasons
        .getValues()
        .map((v) => v.name)
        .sort(),
    );
  });
});
