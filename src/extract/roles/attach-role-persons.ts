// Which person a role title belongs to: the name right after it ("Senator Marco Rubio"), after its
// qualifier and a comma ("Der Nato-Botschafter der USA, Matthew Whitaker,"), or the name before it
// in an apposition ("Marco Rubio, US-Senator"; "Andriy Sybiha, the Foreign Minister").

import { mentionsOverlapping, type Context } from '../context.ts';

// "Der Sprecher der Grünen, Felix Arendt": a qualifier the alias table does not know, then the name.
const QUALIFIED_APPOSITION = new RegExp(
  "^\\s+(?:der|des|von der|vom|of the|of|at the|at|bei der|beim)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:für|for|" +
    "of|the|der|des|\\p{Lu}[\\p{L}.'’-]*)){0,4},\\s$",
  'u',
);

export function attachRolePersons(ctx: Context): void {
  for (const role of ctx.roles) {
    // a name after the title starts at most 60 characters on; one before it ends at most ", der " back
    const persons = (span: { start: number; end: number }) =>
      mentionsOverlapping(ctx, span).filter((m) => m.type === 'Person');
    const after = persons({ start: role.end, end: role.end + 61 }).find(
      (p) =>
        p.start >= role.end &&
        (/^(?: |, )$/.test(ctx.body.slice(role.end, p.start)) ||
          (p.start - role.end <= 60 && QUALIFIED_APPOSITION.test(ctx.body.slice(role.end, p.start)))),
    );
    const before = persons({ start: role.start - 7, end: role.start }).find(
      (p) => p.end <= role.start && /^, (?:the |der |die )?$/.test(ctx.body.slice(p.end, role.start)),
    );
    const person = after ?? before;
    if (!person) continue;
    role.person = person.entityId;
    role.evidence = { start: Math.min(role.start, person.start), end: Math.max(role.end, person.end) };
  }
}
