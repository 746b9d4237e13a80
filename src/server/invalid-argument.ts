import { parse, visit, type ASTNode, type Source } from 'graphql';

/**
 * The argument (or input field, or variable) a request-validation error is about, so clients get
 * BAD_USER_INPUT with `field` also when a scalar such as Date rejects a value before any resolver
 * runs. graphql-js names the variable in the message but gives only the location of a literal.
 */
export function invalidArgumentName(error: unknown): string | undefined {
  const e = error as { message?: string; nodes?: readonly ASTNode[]; source?: Source };
  const variable = /^Variable "\$([A-Za-z_]\w*)"/.exec(e.message ?? '');
  if (variable) return variable[1];
  const at = e.nodes?.[0]?.loc?.start;
  const body = e.source?.body;
  if (at === undefined || !body) return undefined;
  let name: string | undefined;
  try {
    visit(parse(body), {
      Argument(arg) {
        if (arg.value.loc?.start === at) name = arg.name.value;
      },
      ObjectField(field) {
        if (field.value.loc?.start === at) name = field.name.value;
      },
    });
  } catch {
    return undefined;
  }
  return name;
}
