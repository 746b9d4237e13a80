// A person named in full once ("Herbert Kickl") and elsewhere by surname ("FPÖ-Chef Kickl", "Mr
// Kickl", "Kickls Partei") is one person. Name recognition meets the short form first when the
// headline uses it, so the short entity is folded into the full one afterwards: its mentions,
// roles and aliases move; the short entity goes. A surname two full names share stays apart.

import type { Context } from '../context.ts';
import { personShortForms } from './person-short-forms.ts';

/** The word a short mention rests on: "Kickls" -> "Kickl", "Varadkar's" -> "Varadkar". */
function bareSurname(name: string): string {
  return name.replace(/(?:['’]s|['’])$/u, '');
}

export function linkShortNames(ctx: Context): void {
  const persons = [...ctx.entities.values()].filter((e) => e.type === 'Person');
  const full = persons.filter((e) => /\s/.test(e.name));
  const byShortForm = new Map<string, string[]>();
  for (const e of full)
    for (const form of personShortForms(e.name)) byShortForm.set(form, [...(byShortForm.get(form) ?? []), e.id]);
  for (const short of persons.filter((e) => !/\s/.test(e.name))) {
    const word = bareSurname(short.name);
    const candidates =
      byShortForm.get(word) ?? (word.endsWith('s') ? byShortForm.get(word.slice(0, -1)) : undefined) ?? [];
    if (candidates.length !== 1) continue;
    const target = ctx.entities.get(candidates[0]!)!;
    for (const m of short.mentions)
      if (!target.mentions.some((t) => t.start === m.start && t.end === m.end)) target.mentions.push(m);
    for (const alias of [short.name, ...short.aliases])
      if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    for (const m of ctx.mentions) if (m.entityId === short.id) m.entityId = target.id;
    for (const r of ctx.roles) if (r.person === short.id) r.person = target.id;
    ctx.entities.delete(short.id);
  }
}
