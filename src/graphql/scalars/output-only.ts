import { GraphQLError, GraphQLScalarType } from 'graphql';

/** A scalar the API only answers with: as an argument it is refused, naming it. */
function outputOnly<T>(
  name: string,
  description: string,
  specifiedByURL: string,
  serialize: (v: unknown) => T,
): GraphQLScalarType<never, T> {
  const refuse = (): never => {
    throw new GraphQLError(`${name} is only answered, never accepted as an argument`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  };
  return new GraphQLScalarType<never, T>({
    name,
    description,
    // the SDL's @specifiedBy does not survive a scalar given as a resolver: said here as well
    specifiedByURL,
    serialize,
    parseValue: refuse,
    parseLiteral: refuse,
  });
}

/** RFC 3339 in UTC, as Neo4j writes a datetime (2026-12-07T03:10:48.123Z). */
export const DateTimeScalar = outputOnly(
  'DateTime',
  'A moment in UTC, RFC 3339',
  'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  (v) => String(v),
);

/** Any JSON value, sent as it is. */
export const JsonScalar = outputOnly('JSON', 'A JSON value', 'https://www.rfc-editor.org/rfc/rfc8259', (v) => v);
