import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selects } from '../src/graphql/lookahead.ts';

const schema = buildSchema(`
  type Query { page: Page }
  type Page { items: [Item!]! undated: [Item!]! total: Int }
  interface Item { id: ID! }
  type Quote implements Item { id: ID! speaker: Person }
  type Person { id: ID! name: String }
`);

/** What selects() answers, inside the resolver of Query.page, for this operation. */
function answers(query: string): { undated: boolean; speakerDeep: boolean; speakerTop: boolean } {
  let seen: ReturnType<typeof answers> | null = null;
  const rootValue = {
    page: (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => {
      seen = {
        undated: selects(info, ['undated']),
        speakerDeep: selects(info, ['speaker'], true),
        speakerTop: selects(info, ['speaker']),
      };
      return { items: [], undated: [], total: 0 };
    },
  };
  const result = execute({ schema, document: parse(query), rootValue });
  expect((result as { errors?: unknown }).errors).toBeUndefined();
  return seen!;
}

describe('selects (resolver lookahead)', () => {
  it(
    'when a field is asked directly, through an inline fragment or a named fragment, ' +
      'then it is seen; nested only with deep',
    () => {
      expect(answers('{ page { total } }')).toEqual({ undated: false, speakerDeep: false, speakerTop: false });
      expect(answers('{ page { undated { id } } }')).toEqual({ undated: true, speakerDeep: false, speakerTop: false });
      expect(answers('{ page { items { ... on Quote { speaker { id } } } } }')).toEqual({
        undated: false,
        speakerDeep: true,
        speakerTop: false,
      });
      expect(
        answers('{ page { ...P } } fragment P on Page { items { ...Q } } fragment Q on Quote { speaker { name } }'),
      ).toEqual({ undated: false, speakerDeep: true, speakerTop: false });
      expect(answers('{ page { ... on Page { undated { id } } } }')).toEqual({
        undated: true,
        speakerDeep: false,
        speakerTop: false,
      });
    },
  );

  it('when fragments spread each other twice, then each is visited once and the answer still comes', () => {
    expect(answers('{ page { ...A ...A } } fragment A on Page { total items { id } }')).toEqual({
      undated: false,
      speakerDeep: false,
      speakerTop: false,
    });
  });
});
