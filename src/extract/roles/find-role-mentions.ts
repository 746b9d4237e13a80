// Role titles with what qualifies them: "US-Senator", "NATO Secretary General", "Slovak Prime
// Minister", "der Nato-Botschafter der USA". The person a title belongs to is attached later,
// once unknown names have been found.

import { mentionsStartingAt, type Context, type RoleMention } from '../context.ts';
import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';
import { tokenize, tokenKey } from '../text/tokenize.ts';
import { COMPOUND_HEADS, ROLE_BY_TITLE, ROLE_TITLE_PATTERN, type RoleDefinition } from './role-lexicon.ts';
import { escapeRegExp } from '../lang/word-alternation.ts';

const TITLE = new RegExp(`(?<![\\p{L}])(?:${ROLE_TITLE_PATTERN})(?![\\p{L}])`, 'gu');
const HEADS = [...COMPOUND_HEADS.keys()].sort((a, b) => b.length - a.length).join('|');
const SINGLE_WORD_TITLES = [...ROLE_BY_TITLE.keys()]
  .filter((t) => /^\p{Lu}\p{Ll}{3,}$/u.test(t))
  .sort((a, b) => b.length - a.length)
  .join('|');

interface TitleForms {
  /** a closed compound ending in a title: "Marineinspekteur", "Haushaltsexperte", "Vizeadmiral" */
  compound: RegExp | null;
  /** a declined title: "des Ministers", "dem Präsidenten" */
  inflected: RegExp | null;
}

const titleFormsByPack = new WeakMap<LanguagePack, TitleForms | null>();

/**
 * The compound and declined title patterns of a pack (roles.json), compiled once per pack; null when it has neither.
 */
function titleForms(pack: LanguagePack): TitleForms | null {
  if (!titleFormsByPack.has(pack)) {
    const { closedCompounds, declinedEndings } = pack.roles;
    const endings = declinedEndings.join('|');
    titleFormsByPack.set(
      pack,
      closedCompounds || endings
        ? {
            compound: closedCompounds
              ? new RegExp(
                  `(?<![\\p{L}-])\\p{Lu}\\p{Ll}+?(${HEADS})${endings ? `(?:${endings})?` : ''}(?![\\p{L}])`,
                  'gu',
                )
              : null,
            inflected: endings
              ? new RegExp(`(?<![\\p{L}])(${SINGLE_WORD_TITLES})(?:${endings})(?![\\p{L}])`, 'gu')
              : null,
          }
        : null,
    );
  }
  return titleFormsByPack.get(pack)!;
}

function titlesIn(ctx: Context): { index: number; title: string; role: RoleDefinition }[] {
  const found: { index: number; title: string; role: RoleDefinition }[] = [];
  for (const m of ctx.body.matchAll(TITLE)) {
    const role = ROLE_BY_TITLE.get(m[0]);
    if (role) found.push({ index: m.index ?? 0, title: m[0], role });
  }
  const forms = titleForms(ctx.pack);
  if (!forms) return found;
  for (const m of forms.compound ? ctx.body.matchAll(forms.compound) : []) {
    const role = COMPOUND_HEADS.get(m[1]!);
    if (role && !ROLE_BY_TITLE.has(m[0])) found.push({ index: m.index ?? 0, title: m[0], role });
  }
  for (const m of forms.inflected ? ctx.body.matchAll(forms.inflected) : []) {
    const role = ROLE_BY_TITLE.get(m[1]!);
    if (role && !ROLE_BY_TITLE.has(m[0])) found.push({ index: m.index ?? 0, title: m[0], role });
  }
  return found.sort((a, b) => a.index - b.index);
}
const QUALIFIER_TYPES = new Set(['Country', 'Alliance', 'Organization', 'GovernmentBody']);
// "der USA", "of the United States", "bei der Nato", "to NATO"
// Every pack's links, longest first so that "of the" is taken before "of"; a title in one language
// may stand in an article in another.
const RIGHT_QUALIFIER = new RegExp(
  `^\\s+(?:${
    [...new Set(everyLanguagePack().flatMap((p) => p.roles.qualifierLinks))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|') || '(?!)'
  })\\s+`,
);

function qualifierFromWords(ctx: Context, words: string): string | null {
  const tokens = tokenize(words);
  for (let n = Math.min(4, tokens.length); n >= 1; n--) {
    const key = tokenKey(tokens.slice(tokens.length - n));
    const entry = ctx.matcher.byKey.get(key) ?? ctx.matcher.adjectives.get(key);
    if (entry && QUALIFIER_TYPES.has(entry.type)) return entry.id;
    const adjective = ctx.matcher.adjectives.get(key.toLowerCase()) ?? ctx.matcher.adjectives.get(key);
    if (adjective) return adjective.id;
  }
  return null;
}

export function findRoleMentions(ctx: Context): RoleMention[] {
  const roles: RoleMention[] = [];
  for (const m of titlesIn(ctx)) {
    const { title, role } = m;
    let start = m.index;
    let end = start + title.length;
    const qualifiers: string[] = [];
    // Left: "US-Senator", "NATO Secretary General", "Slovak Prime Minister", "der ukrainische Außenminister".
    const before = ctx.body.slice(Math.max(0, start - 40), start);
    const left = /((?:[\p{L}.]+[ -]){0,3}?[\p{L}.]+)([- ])$/u.exec(before);
    if (left?.[1]) {
      const id = qualifierFromWords(ctx, left[1]);
      if (id) {
        qualifiers.push(id);
        const words = tokenize(left[1]);
        // the qualifier is the shortest tail of the words that resolved
        for (let n = 1; n <= words.length; n++) {
          const tail = words.slice(words.length - n);
          if (qualifierFromWords(ctx, tokenKey(tail)) === id) {
            start = m.index - left[0].length + tail[0]!.start;
            break;
          }
        }
      }
    }
    // Right: "Botschafter der USA".
    const after = ctx.body.slice(end, end + 60);
    const right = RIGHT_QUALIFIER.exec(after);
    if (right) {
      const at = end + right[0].length;
      const mention = mentionsStartingAt(ctx, at).find((x) => QUALIFIER_TYPES.has(x.type));
      if (mention) {
        qualifiers.unshift(mention.entityId);
        end = mention.end;
      }
    }
    if (role.impliedOrg && qualifiers.length === 0) qualifiers.push(role.impliedOrg);
    roles.push({
      key: role.key,
      text: ctx.body.slice(start, end),
      qualifiers,
      person: null,
      start,
      end,
      evidence: { start, end },
    });
  }
  return roles;
}
