import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(value: unknown): string {
  const m = typeof value === 'string' ? isoDate.exec(value) : null;
  const ok = m && (() => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dt = new Date(Date.UTC(y, mo - 1, d));
    return y >= 1 && dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
  })();
  // BAD_USER_INPUT: format-error keeps Apollo's code; the argument name is in the message.
  if (!ok) throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value as string;
}

/** YYYY-MM-DD, checked to be a real calendar date on the way in. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (v) => String(v),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});
