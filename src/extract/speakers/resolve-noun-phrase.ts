// Who a noun phrase next to a speech verb refers to: a named person, a pronoun (the nearest person
// before, outside quotes), a role title (the person the article gave that title), "his
// administration" (the government of the nearest person), an unnamed source ("a NATO official",
// kept as a description), or an organisation.

import {
  addMention,
  entityName,
  insideSpeech,
  mentionsBefore,
  mentionsIn,
  newEntity,
  type Context,
  type RoleMention,
} from '../context.ts';
import { resolveDefinite } from './resolve-definite.ts';
import {
  CONNECTIVE,
  DEFINITE,
  EPITHET,
  GOVERNMENT,
  INDEFINITE_ARTICLE,
  INDEFINITE_ARTICLE_LOWER,
  PRONOUN,
  SOURCE_HEAD,
  SOURCE_HEAD_WORD,
  SOURCE_LINK,
  SUBJECT_PRONOUN_FIRST,
} from './noun-phrase-words.ts';
import { everySpeechVerbPattern } from './speech-verbs.ts';
import type { EntityRef, Span } from '../types.ts';
import { spansWithin } from '../text/span-lookup.ts';
import { lastRoleBefore } from '../roles/roles-before.ts';

export interface SpeakerReading {
  speaker: EntityRef | null;
  description: string | null;
  confidence: number;
}

const ORG_TYPES = ['Organization', 'Alliance', 'GovernmentBody', 'MediaOutlet', 'Country'] as const;

function ref(ctx: Context, id: string): EntityRef {
  return { name: entityName(ctx, id), entityId: id };
}

export function nearestPersonBefore(ctx: Context, offset: number): string | null {
  const earlier = mentionsBefore(ctx, offset);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i]!;
    if (m.type === 'Person' && !insideSpeech(ctx, m.start)) return m.entityId;
  }
  return null;
}

/** Earlier indefinite description with the same head ("a NATO official" for "The official"). */
function antecedentDescription(head: string, before: number, descriptions: Map<number, string>): string | null {
  let best: string | null = null;
  for (const [at, text] of descriptions) if (at < before && text.includes(head) && !DEFINITE.test(text)) best = text;
  return best;
}

/**
 * The person an earlier title of the same kind belongs to ("Secretary of State Rubio" … "the
 * Secretary of State"); failing that, one whose title ends in this generic title
 * ("Verteidigungsministerin Katrin Vollmer" … "die Ministerin"; "Foreign Minister X" … "the minister").
 */
function roleAntecedent(ctx: Context, role: RoleMention, before: number): string | null {
  const hasPerson = (r: RoleMention): boolean => !!r.person;
  // "the minister" also names a defence or foreign minister introduced by a title of that kind
  // ("Defence Secretary Gareth Lowry").
  const sameKind = (r: RoleMention): boolean =>
    (r.key === role.key || (role.key === 'minister' && r.key.endsWith('-minister'))) &&
    (role.qualifiers.length === 0 || r.qualifiers.some((q) => role.qualifiers.includes(q)));
  const same = lastRoleBefore(
    ctx.roles,
    before,
    `same ${role.key} ${JSON.stringify(role.qualifiers)}`,
    sameKind,
    hasPerson,
  );
  if (same) return same.person;
  const head =
    ctx.body
      .slice(role.start, role.end)
      .split(/[\s-]+/)
      .pop()
      ?.toLowerCase() ?? '';
  if (head.length < 4) return null;
  const generic = (r: RoleMention): boolean => {
    const title = lowerCaseTitle(ctx, r);
    return (
      title.words.some((w) => w !== head && w.endsWith(head)) || (r.key !== role.key && title.text.endsWith(` ${head}`))
    );
  };
  return lastRoleBefore(ctx.roles, before, `generic ${role.key} ${head}`, generic, hasPerson)?.person ?? null;
}

const lowerCaseTitles = new WeakMap<RoleMention, { text: string; words: string[] }>();

/** A role's title in lower case, and its words. */
function lowerCaseTitle(ctx: Context, r: RoleMention): { text: string; words: string[] } {
  let title = lowerCaseTitles.get(r);
  if (!title) {
    const text = ctx.body.slice(r.start, r.end).toLowerCase();
    title = { text, words: text.split(/[\s-]+/) };
    lowerCaseTitles.set(r, title);
  }
  return title;
}

// "A diplomat from a Nordic country said …" or "…, sagte ein Nato-Vertreter", then "he said" / "Er
// fügte hinzu": an unnamed subject can be the antecedent of a pronoun.
const HEAD = `(?:[\\p{L}]+-)?${SOURCE_HEAD_WORD}`;
const TAIL = `(?:\\s+${SOURCE_LINK}\\s+[^,.;:!?“”„"]{1,40}?)?`;
// Every language's verbs: each alternative ends at a word's end, so their order does not matter.
const VERBS = everySpeechVerbPattern()
  .map((re) => re.source)
  .join('|');
const UNNAMED_SUBJECT = new RegExp(
  `(?<![\\p{L}])(${INDEFINITE_ARTICLE}\\s+(?:[\\p{L}-]+\\s+){0,3}?${HEAD}${TAIL})(?=\\s*,|` +
    `\\s+(?:${VERBS}))|(?:${VERBS})\\s+(${INDEFINITE_ARTICLE_LOWER}\\s+(?:[\\p{L}-]+\\s+){0,3}?${HEAD})`,
  'gu',
);

/** The last unnamed source introduced as a subject after the nearest named person, within a few sentences. */
function unnamedSubjectBefore(ctx: Context, offset: number, personId: string | null): string | null {
  const person = personId ? mentionsBefore(ctx, offset).findLast((m) => m.entityId === personId) : undefined;
  const from = Math.max(person?.end ?? 0, offset - 400);
  let found: string | null = null;
  for (const m of ctx.body.slice(from, offset).matchAll(UNNAMED_SUBJECT)) {
    const at = from + (m.index ?? 0);
    if (insideSpeech(ctx, at)) continue;
    // "Marsh, a former Army officer, has argued": an apposition describes a named person.
    if (m[1] && /,\s*$/.test(ctx.body.slice(Math.max(0, at - 3), at))) continue;
    found = (m[1] ?? m[2] ?? '').trim() || found;
  }
  return found;
}

export function resolveNounPhrase(ctx: Context, span: Span, descriptions: Map<number, string>): SpeakerReading | null {
  const raw = ctx.body.slice(span.start, span.end);
  let text = raw.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (!text || text.split(/\s+/).length > 9) return null;
  const start = span.start + raw.indexOf(text);
  const np = { start, end: start + text.length };

  const person = mentionsIn(ctx, np, ['Person'])[0];
  if (person) return { speaker: ref(ctx, person.entityId), description: null, confidence: 0.9 };

  // "sagte er der Deutschen Presse-Agentur", "said she in a statement": the pronoun is the subject,
  // what follows is the addressee or an adverbial.
  const leadingPronoun = SUBJECT_PRONOUN_FIRST.exec(text);
  if (leadingPronoun) text = leadingPronoun[1]!;
  // "when the Taoiseach said:", "als die Ministerin sagte": the conjunction opens the clause, the
  // noun phrase after it is the subject.
  for (let c = CONNECTIVE.exec(text); c && c[0].length < text.length; c = CONNECTIVE.exec(text))
    text = text.slice(c[0].length);

  if (PRONOUN.test(text)) {
    const id = nearestPersonBefore(ctx, np.start);
    const unnamed = unnamedSubjectBefore(ctx, np.start, id);
    if (unnamed) return { speaker: null, description: unnamed, confidence: 0.55 };
    return id ? { speaker: ref(ctx, id), description: null, confidence: 0.75 } : null;
  }

  const government = GOVERNMENT.exec(text);
  if (government) {
    const id = nearestPersonBefore(ctx, np.start);
    if (!id) return { speaker: null, description: text, confidence: 0.4 };
    const surname = entityName(ctx, id).split(/\s+/).pop() ?? '';
    const entity = newEntity(ctx, 'GovernmentBody', `${surname} administration`);
    addMention(ctx, entity, np);
    return { speaker: { name: entity.name, entityId: entity.id }, description: null, confidence: 0.6 };
  }

  const role = spansWithin(ctx.roles, { start: np.start, end: np.end + 1 })[0];
  // "the Taoiseach", "der Gewerkschaftssekretär", "the company": someone or something named before with that word.
  const definite = resolveDefinite(ctx, text, np.start);
  if (definite && (!role || definite.kind === 'title'))
    return {
      speaker: ref(ctx, definite.entityId),
      description: null,
      confidence: definite.kind === 'title' ? 0.75 : 0.65,
    };
  const source = SOURCE_HEAD.exec(text);
  // "der Sprecher", "the spokesperson" after the article named one: the named person, not an unnamed source.
  const definiteTitle = role && source && DEFINITE.test(text) && text.split(/\s+/).length <= 3;
  if (role && (!source || definiteTitle)) {
    if (role.person) return { speaker: ref(ctx, role.person), description: null, confidence: 0.85 };
    const antecedent = roleAntecedent(ctx, role, np.start);
    if (antecedent) return { speaker: ref(ctx, antecedent), description: null, confidence: 0.7 };
    if (!source) return { speaker: null, description: text, confidence: 0.5 };
  }

  if (source) {
    if (DEFINITE.test(text)) {
      const antecedent = antecedentDescription(source[0], np.start, descriptions);
      if (antecedent) return { speaker: null, description: antecedent, confidence: 0.6 };
    }
    descriptions.set(np.start, text);
    return { speaker: null, description: text, confidence: 0.6 };
  }

  // "sagte die SPD-Politikerin", "said the 61-year-old": an epithet for the person the text is about.
  if (EPITHET.test(text)) {
    const id = nearestPersonBefore(ctx, np.start);
    if (id) return { speaker: ref(ctx, id), description: null, confidence: 0.6 };
  }

  // "SPD" in "SPD-Politikerin" qualifies the noun; it does not speak.
  const org = mentionsIn(ctx, np, ORG_TYPES).find((m) => ctx.body[m.end] !== '-');
  if (org && text.split(/\s+/).length <= 5)
    return { speaker: ref(ctx, org.entityId), description: null, confidence: 0.7 };
  return null;
}
