// Definite noun phrases that point back to something the article named: "der
// Gewerkschaftssekretär" to the person introduced as "Verdi-Gewerkschaftssekretär Frank-Michael
// Munkler", "the Taoiseach" to "the Taoiseach Leo Varadkar", and "the company", "das Gericht" to
// the last organisation of that kind. Titles are learnt from the text itself (the words written
// right before a full name), so no list of titles limits them.

import type { Context, Mention } from '../context.ts';

const DEFINITE_NOUN = /^(?:the|The|der|Der|die|Die|das|Das)\s+(?:[\p{Ll}-]+\s+)?(\p{L}[\p{L}-]{2,})$/u;

// Common nouns that stand for an organisation, by language; the value is a word its name may contain.
const ORG_NOUNS: Record<string, string[]> = {
  company: [], firm: [], carmaker: [], automaker: [], group: ['group'], court: ['court'], ministry: ['ministry'], department: ['department'],
  agency: ['agency'], union: ['union'], party: ['party'], government: ['government'], council: ['council'], committee: ['committee'],
  organisation: [], organization: [], bank: ['bank'], board: ['board'], commission: ['commission'], festival: ['festival'], police: ['police'],
  unternehmen: [], konzern: [], firma: [], gericht: ['gericht'], ministerium: ['ministerium'], behörde: ['behörde', 'amt'], amt: ['amt'],
  gewerkschaft: ['gewerkschaft'], verband: ['verband'], partei: ['partei'], regierung: ['regierung'], kasse: ['kasse'], krankenkasse: ['kasse'],
  bundesamt: ['amt'], polizei: ['polizei'], stiftung: ['stiftung'], festspiele: [], veranstalter: [], organisation_: [],
};
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
  const hints = ORG_NOUNS[lower];
  if (!hints) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const mention = earlier[i]!;
    if (!ORG_TYPES.has(mention.type)) continue;
    const name = mention.text.toLowerCase();
    if (hints.length === 0 || hints.some((h) => name.includes(h))) return { entityId: mention.entityId, kind: 'organization' };
  }
  return null;
}
