import { badInput } from '../errors/app-error.ts';

/**
 * Checks on curation input beyond GraphQL types. Values still travel as $parameters (a quote or a
 * backtick in a name is stored as written); these rules keep ids readable and stored text clean.
 */

// C0 controls except tab, newline, carriage return; DEL; lone surrogates cannot come through JSON.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const controlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A one-line value is trimmed; multiline text (an article) is kept exactly, as offsets index into it. */
export function textArg(field: string, value: string, max: number, opts: { multiline?: boolean } = {}): string {
  if (value.length > max) throw badInput(field, `at most ${max} characters, got ${value.length}`);
  if (controlChars.test(value)) throw badInput(field, 'contains control characters (NUL and the like)');
  if (!opts.multiline && /[\r\n\u2028\u2029]/.test(value)) throw badInput(field, 'must be one line');
  if (value.trim() === '') throw badInput(field, 'must not be empty');
  return opts.multiline ? value : value.trim();
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  return value === null || value === undefined ? null : textArg(field, value, max);
}

const entityIdPattern = /^(person|org|country|commandpost|place):[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}._-]{0,150}$/u;

export function entityIdArg(field: string, id: string): string {
  if (!entityIdPattern.test(id))
    throw badInput(
      field,
      'not an entity id (person:…, org:…, country:…, commandpost:…, place:…; lowercase letters, digits, . _ -)',
    );
  return id;
}

const factIdPattern = /^(quote|claim|event|report|fact):[0-9a-f]{16}$/;

export function factIdArg(field: string, id: string): string {
  if (!factIdPattern.test(id))
    throw badInput(field, 'not a fact id (quote:, claim:, event:, report: or fact: and 16 hex digits)');
  return id;
}

const documentIdPattern = /^doc:h?[0-9a-f]{20}$/;

export function documentIdArg(field: string, id: string): string {
  if (!documentIdPattern.test(id)) throw badInput(field, 'not a document id (doc: and 20 hex digits)');
  return id;
}
