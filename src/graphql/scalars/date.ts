import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoCalendarDate } from '../../documents/calendar-date.ts';

function parse(value: unknown): string {
  const ok = isIsoCalendarDate(value);
  // BAD_USER_INPUT: format-error keeps Apollo's code; the argument name is in the message.
  if (!ok)
    throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return value as string;
}

/** YYYY-MM-DD, checked to be a real calendar date on the way in. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  // the SDL's @specifiedBy does not survive a scalar given as a resolver: said here as well
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (v) => String(v),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date must be a string YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});
