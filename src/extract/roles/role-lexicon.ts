// Role titles of political and security news, grouped by what they mean, so that "der Chef der
// US-Diplomatie" can find the person introduced as "US-Außenminister Rubio" (pack data:
// src/extract/lang/<lang>/roles.json; a role has the same key in every pack). Titles of every
// language are matched in any text: German articles name "Secretary of State Rubio" too.
// A title is matched as a word or as the last part of a hyphenated compound ("Nato-Botschafter");
// in German text also as the head of a closed compound ("Marineinspekteur", "Haushaltsexperte").

import { everyLanguagePack } from '../lang/language-pack.ts';
import { escapeRegExp } from '../lang/word-alternation.ts';

export interface RoleDefinition {
  key: string;
  titles: string[];
  /** the organisation the title implies when the text names none ("Secretary of State": the US) */
  impliedOrg?: string;
}

/** One definition per role key, with the titles of every pack. */
export const ROLE_DEFINITIONS: RoleDefinition[] = [];
const byKey = new Map<string, RoleDefinition>();
for (const pack of everyLanguagePack()) {
  for (const [key, { titles, impliedOrg }] of Object.entries(pack.roles.roles)) {
    let role = byKey.get(key);
    if (!role) {
      role = { key, titles: [], ...(impliedOrg ? { impliedOrg } : {}) };
      byKey.set(key, role);
      ROLE_DEFINITIONS.push(role);
    }
    role.titles.push(...titles.filter((t) => !role.titles.includes(t)));
  }
}

export const ROLE_BY_TITLE = new Map<string, RoleDefinition>();
for (const role of ROLE_DEFINITIONS) for (const title of role.titles) ROLE_BY_TITLE.set(title, role);

/** Heads of German closed compounds, lower-cased: "inspekteur" in "Marineinspekteur". */
export const COMPOUND_HEADS = new Map<string, RoleDefinition>();
for (const [title, role] of ROLE_BY_TITLE) {
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(title)) COMPOUND_HEADS.set(title.toLowerCase(), role);
}

/** Longest titles first, so "Secretary of State" wins over "State"-less "Secretary". */
export const ROLE_TITLE_PATTERN = [...ROLE_BY_TITLE.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
