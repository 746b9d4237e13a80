// Which person a role title belongs to: the name right after it ("Senator Marco Rubio"), after its
// qualifier and a comma ("Der Nato-Botschafter der USA, Matthew Whitaker,"), or the name before it
// in an apposition ("Marco Rubio, US-Senator"; "Andriy Sybiha, the Foreign Minister").

import type { Context } from '../context.ts';

export function attachRolePersons(ctx: Context): void {
  const persons = ctx.mentions.filter((m) => m.type === 'Person');
  for (const role of ctx.roles) {
    const after = persons.find((p) => p.start >= role.end && /^(?: |, )$/.test(ctx.body.slice(role.end, p.start)));
    const before = persons.find((p) => p.end <= role.start && /^, (?:the |der |die )?$/.test(ctx.body.slice(p.end, role.start)));
    const person = after ?? before;
    if (!person) continue;
    role.person = person.entityId;
    role.evidence = { start: Math.min(role.start, person.start), end: Math.max(role.end, person.end) };
  }
}
