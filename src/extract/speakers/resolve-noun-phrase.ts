// Who a noun phrase next to a speech verb refers to: a named person, a pronoun (the nearest person
// before, outside quotes), a role title (the person the article gave that title), "his
// administration" (the government of the nearest person), an unnamed source ("a NATO official",
// kept as a description), or an organisation.

import { addMention, entityName, insideSpeech, mentionsIn, newEntity, type Context } from '../context.ts';
import type { EntityRef, Span } from '../types.ts';

export interface SpeakerReading {
  speaker: EntityRef | null;
  description: string | null;
  confidence: number;
}

const PRONOUN = /^(?:he|He|him|she|She|her|er|Er|ihm|ihn|sie|Sie|ihr)$/;
const GOVERNMENT = /^(?:his|her|His|Her|seine|Seine|ihre|Ihre)\s+(administration|government|Regierung|Administration|cabinet|Kabinett)$/;
const SOURCE_HEAD =
  /(?<![\p{L}])(?:official|officials|source|sources|spokesman|spokeswoman|spokesperson|diplomat|diplomats|person|people|insider|insiders|officer|aide|adviser|advisor|analyst|expert|member|members|Vertreter|Vertreterin|Quelle|Quellen|Person|Personen|Insider|Insidern|Militärinsider|Kreise|Kreisen|Diplomat|Diplomaten|Beamter|Beamte|Beamten|Mitarbeiter|Sprecher|Sprecherin|Experte|Expertin)(?![\p{L}])/u;
const DEFINITE = /^(?:the|The|der|Der|die|Die|das|Das|dem|den)\s/;
const ORG_TYPES = ['Organization', 'Alliance', 'GovernmentBody', 'MediaOutlet', 'Country'] as const;

function ref(ctx: Context, id: string): EntityRef {
  return { name: entityName(ctx, id), entityId: id };
}

export function nearestPersonBefore(ctx: Context, offset: number): string | null {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.type === 'Person' && m.end <= offset && !insideSpeech(ctx, m.start)) return m.entityId;
  }
  return null;
}

/** Earlier indefinite description with the same head ("a NATO official" for "The official"). */
function antecedentDescription(ctx: Context, head: string, before: number, descriptions: Map<number, string>): string | null {
  let best: string | null = null;
  for (const [at, text] of descriptions) if (at < before && text.includes(head) && !DEFINITE.test(text)) best = text;
  return best;
}

export function resolveNounPhrase(ctx: Context, span: Span, descriptions: Map<number, string>): SpeakerReading | null {
  const raw = ctx.body.slice(span.start, span.end);
  const text = raw.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (!text || text.split(/\s+/).length > 9) return null;
  const start = span.start + raw.indexOf(text);
  const np = { start, end: start + text.length };

  const person = mentionsIn(ctx, np, ['Person'])[0];
  if (person) return { speaker: ref(ctx, person.entityId), description: null, confidence: 0.9 };

  if (PRONOUN.test(text)) {
    const id = nearestPersonBefore(ctx, np.start);
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

  const role = ctx.roles.find((r) => r.start >= np.start && r.end <= np.end + 1);
  const source = SOURCE_HEAD.exec(text);
  if (role && !source) {
    if (role.person) return { speaker: ref(ctx, role.person), description: null, confidence: 0.85 };
    const same = ctx.roles.filter(
      (r) => r.person && r.key === role.key && r.start < np.start && (role.qualifiers.length === 0 || r.qualifiers.some((q) => role.qualifiers.includes(q))),
    );
    const antecedent = same[same.length - 1];
    if (antecedent?.person) return { speaker: ref(ctx, antecedent.person), description: null, confidence: 0.7 };
    return { speaker: null, description: text, confidence: 0.5 };
  }

  if (source) {
    if (DEFINITE.test(text)) {
      const antecedent = antecedentDescription(ctx, source[0], np.start, descriptions);
      if (antecedent) return { speaker: null, description: antecedent, confidence: 0.6 };
    }
    descriptions.set(np.start, text);
    return { speaker: null, description: text, confidence: 0.6 };
  }

  const org = mentionsIn(ctx, np, ORG_TYPES)[0];
  if (org && text.split(/\s+/).length <= 5) return { speaker: ref(ctx, org.entityId), description: null, confidence: 0.7 };
  return null;
}
