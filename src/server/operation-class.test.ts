import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationClass } from './operation-class.ts';

function classOf(text: string) {
  const doc = parse(text);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  return operationClass(op, fragments);
}

describe('operationClass', () => {
  it('when a query reads by id or introspects, then it is a lookup', () => {
    expect(classOf('{ entity(id: "x") { name } }')).toBe('lookup');
    expect(classOf('{ document(id: "x") { title } serverInfo { version } }')).toBe('lookup');
    expect(classOf('{ __schema { types { name } } }')).toBe('lookup');
  });

  it('when a query asks for a page of timeline, search or quotes, then it is a page', () => {
    expect(classOf('{ timeline(entityIds: ["x"]) { totalCount } }')).toBe('page');
    expect(classOf('{ entity(id: "x") { name } search(query: "x") { score } }')).toBe('page');
  });

  it('when a page asks its quotes for their clusters, also through a fragment, then it is analytics', () => {
    expect(classOf('{ quotes(first: 20) { edges { node { id cluster { id } } } } }')).toBe('analytics');
    expect(
      classOf('{ timeline(entityIds: ["x"]) { edges { node { ...Q } } } } fragment Q on Quote { cluster { id } }'),
    ).toBe('analytics');
    // one cluster by id stays a page; a root field of that name would not count
    expect(classOf('{ quoteCluster(id: "quote:x") { id variants { kind } } }')).toBe('page');
    expect(classOf('{ quotes(first: 20) { edges { node { id text } } } }')).toBe('page');
  });

  it(
    'when any root field is influence or connections, also inside a fragment, ' +
      'then the whole operation is analytics',
    () => {
      expect(classOf('{ influence { rank } }')).toBe('analytics');
      expect(
        classOf(
          '{ timeline(entityIds: ["x"]) { totalCount } ... on Query { connections(from: "a", to: "b") { length } } }',
        ),
      ).toBe('analytics');
      expect(classOf('query { ...F } fragment F on Query { entity(id: "x") { name } influence { rank } }')).toBe(
        'analytics',
      );
    },
  );

  it('when the operation is a mutation, then it is a write', () => {
    expect(classOf('mutation { addAlias(entityId: "x", alias: "y") { entity { id } } }')).toBe('write');
  });
});
