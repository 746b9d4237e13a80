// Which person a role title belongs to: the name right after it ("Senator Marco Rubio"), after its
// qualifier and a comma ("Der Nato-Botschafter der USA, Matthew Whitaker,"), or the name before it
// in an apposition ("Marco Rubio, US-Senator"; "Andriy Sybiha, the Foreign Minister"), or the name a
// relative clause or participle calls by the title ("Rubio, der in manchen Berichten als US-Senator
// bezeichnet wird"; "Rubio, described in some reports as a US senator").

import { mentionsOverlapping, type Context } from '../context.ts';

// "Der Sprecher der Grünen, Felix Arendt": a qualifier the alias table does not know, then the name.
const QUALIFIED_APPOSITION = new RegExp(
  "^\\s+(?:der|des|von der|vom|of the|of|at the|at|bei der|beim)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:für|for|" +
    "of|the|der|des|\\p{Lu}[\\p{L}.'’-]*)){0,4},\\s$",
  'u',
);

// Between a name and the title it is called by, and after the title: German "…, der … als TITEL
// bezeichnet/genannt wird", English "…, described (…) as a TITLE" / "…, who … call(s) him TITLE".
const DESIGNATION_BEFORE = new RegExp(
  '^, (?:(?:der|die) [^,.;:!?]{0,50}\\bals|(?:described|referred to|dubbed|called)(?: [^,.;:!?]{0,40})? as|' +
    'who [^,.;:!?]{0,50}\\b(?:calls?|call|describes?|refers? to) (?:him|her)(?: as)?)(?: (?:a|an|the))? $',
  'u',
);
const DESIGNATION_AFTER = /^ (?:bezeichnet|genannt|betitelt|beschrieben)\b/u;

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
    // a name called by the title: it ends at most 80 characters before it
    const designated =
      after || before
        ? undefined
        : persons({ start: role.start - 80, end: role.start }).find((p) => {
            if (p.end > role.start) return false;
            const between = ctx.body.slice(p.end, role.start);
            if (!DESIGNATION_BEFORE.test(between)) return false;
            // German puts the verb after the title; English has it before
            return between.startsWith(', der ') || between.startsWith(', die ')
              ? DESIGNATION_AFTER.test(ctx.body.slice(role.end, role.end + 20))
              : true;
          });
    const person = after ?? before ?? designated;
    if (!person) continue;
    role.person = person.entityId;
    role.evidence = { start: Math.min(role.start, person.start), end: Math.max(role.end, person.end) };
  }
}
