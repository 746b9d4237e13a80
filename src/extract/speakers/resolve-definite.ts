// Definite noun phrases that point back to something the article named (the organisation nouns are
// language-pack data, src/extract/lang/<lang>/organisation-nouns.json): "der
// Gewerkschaftssekretär" to the person introduced as "Verdi-Gewerkschaftssekretär Frank-Michael
// Munkler", "the Taoiseach" to "the Taoiseach Leo Varadkar", and "the company", "das Gericht" to
// the last organisation of that kind. Titles are learnt from the text itself (the words written
// right before a full name), so no list of titles limits them.

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Context, Mention } from '../context.ts';

const DEFINITE_NOUN = /^(?:the|The|der|Der|die|Die|das|Das)\s+(?:[\p{Ll}-]+\s+)?(\p{L}[\p{L}-]{2,})$/u;

const nounsSchema = z.object({ description: z.string(), nouns: z.record(z.string(), z.string().nullable()) });
const organisationNouns = new Map<string, Record<string, string | null>>();

/** The pack's nouns that refer back to an organisation: noun -> a word its name contains, or null for any. */
function organisationNounsOf(lang: string): Record<string, string | null> {
  const key = lang === 'de' ? 'de' : 'en';
  let nouns = organisationNouns.get(key);
  if (!nouns) {
    nouns = nounsSchema.parse(JSON.parse(readFileSync(new URL(`../lang/${key}/organisation-nouns.json`, import.meta.url), 'utf8'))).nouns;
    organisationNouns.set(key, nouns);
  }
  return nouns;
}
const ORG_TYPES = new Set(['Organization', 'GovernmentBody', 'Alliance']);

/** Words written right before a mention on the same line ("Taoiseach" in "the Taoiseach Leo Varadkar"). */
function titleWords(ctx: Context, m: Mention): string[] {
  const before = ctx.body.slice(Math.max(0, m.start - 60), m.start);
  const tail = /((?:[\p{L}-]+[ \u00A0]){1,3})$/u.exec(before)?.[1] ?? '';
  return tail.trim().split(/\s+/).filter(Boolean);
}

export function resolveDefinite(ctx: Context, text: string, before: number): { entityId: string; kind: 'title' | 'organization' } | null {
  const m = DEFINITE_NOUN.exec(text);
  if (!m) return null;
  const noun = m[1]!;
  const lower = noun.toLowerCase();
  const earlier = ctx.mentions.filter((x) => x.end <= before);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const mention = earlier[i]!;
    if (mention.type !== 'Person' || !/\s/.test(mention.text)) continue;
    // "der Gewerkschaftssekretär" refers to "Verdi-Gewerkschaftssekretär …": the title ends in the noun.
    if (titleWords(ctx, mention).some((w) => w === noun || (lower.length >= 5 && w.toLowerCase().endsWith(lower)))) return { entityId: mention.entityId, kind: 'title' };
  }
  const nouns = organisationNounsOf(ctx.lang);
  if (!Object.hasOwn(nouns, lower)) return null;
  const hint = nouns[lower];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const mention = earlier[i]!;
    if (ORG_TYPES.has(mention.type) && (!hint || mention.text.toLowerCase().includes(hint))) return { entityId: mention.entityId, kind: 'organization' };
  }
  return null;
}
