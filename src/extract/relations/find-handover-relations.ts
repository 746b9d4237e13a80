// Command posts handed over ("Übergabe von zwei NATO-Kommandoposten an europäische Partner",
// "will turn over … to European officers", "Europäer sollen das … Command übernehmen") and who
// controls them ("both currently led by U.S. admirals", "die derzeit von US-Admirälen geführt werden").

import { datesIn, mentionsIn, type Context } from '../context.ts';
import type { ExtractedRelation } from '../types.ts';

const HANDOVER = new RegExp(
  '(?<![\\p{L}])(?:Übergabe|übergeben|übergibt|abgeben|abgegeben|übertragen|turn(?:s|ed|ing)? over|' +
    'hand(?:s|ed|ing)? over|transfer(?:s|red|ring)?)(?![\\p{L}])',
  'u',
);
const TAKE_OVER = /(?<![\p{L}])(?:übernehmen|übernimmt|übernommen|take(?:s)? over|took over|taking over)(?![\p{L}])/u;
const RECIPIENT_TYPES = ['Organization', 'Alliance', 'Country', 'GovernmentBody'] as const;
const CONTROLLED_BY = new RegExp(
  '(?:led|commanded|run|controlled|headed)\\s+by\\s+(?:the\\s+)?([\\p{L}.]+)|' +
    'von\\s+(?:den\\s+)?([\\p{L}.]+?)(?:-[\\p{L}]+)?\\s+(?:geführt|kontrolliert|geleitet|befehligt)',
  'gu',
);

export function findHandoverRelations(ctx: Context): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const sentence of ctx.sentences) {
    const text = ctx.body.slice(sentence.start, sentence.end);
    const posts = [...new Set(mentionsIn(ctx, sentence, ['CommandPost']).map((m) => m.entityId))];
    if (posts.length === 0) continue;
    const when = datesIn(ctx, sentence)[0] ?? null;
    const span = when
      ? { edtf: when.edtf, earliest: when.earliest, latest: when.latest, precision: when.precision }
      : null;
    const handover = HANDOVER.exec(text);
    const takeOver = TAKE_OVER.exec(text);
    let recipient: string | null = null;
    if (handover) {
      const after = sentence.start + (handover.index ?? 0);
      const to = /(?<![\p{L}])(?:an|to)\s+/gu;
      for (const m of text.matchAll(to)) {
        const at = sentence.start + (m.index ?? 0) + m[0].length;
        const candidate = mentionsIn(ctx, { start: at, end: Math.min(sentence.end, at + 40) }, RECIPIENT_TYPES)[0];
        if (candidate && (m.index ?? 0) + sentence.start > after - 200) {
          recipient = candidate.entityId;
          break;
        }
      }
    } else if (takeOver) {
      const verbAt = sentence.start + (takeOver.index ?? 0);
      const before = mentionsIn(ctx, { start: sentence.start, end: verbAt }, RECIPIENT_TYPES).filter(
        (m) => !posts.includes(m.entityId),
      );
      // German puts the subject first or right after the modal ("sollen Europäer … übernehmen").
      recipient =
        before.find((m) => !/^(?:das|den|die)\s/.test(ctx.body.slice(m.start - 4, m.start)))?.entityId ?? null;
    }
    if (recipient) {
      for (const post of posts) {
        relations.push({
          type: 'HANDED_OVER_TO',
          from: post,
          to: recipient,
          when: span,
          properties: { cue: (handover ?? takeOver)![0] },
          evidence: { ...sentence },
          confidence: 0.6,
        });
      }
    }
    for (const m of text.matchAll(CONTROLLED_BY)) {
      const word = m[1] ?? m[2] ?? '';
      const entry = ctx.matcher.lookup(word) ?? ctx.matcher.adjectives.get(word) ?? null;
      if (!entry || !RECIPIENT_TYPES.includes(entry.type as (typeof RECIPIENT_TYPES)[number])) continue;
      for (const post of posts) {
        relations.push({
          type: 'CONTROLS',
          from: entry.id,
          to: post,
          when: span ?? docDay(ctx),
          properties: { cue: m[0] },
          evidence: { ...sentence },
          confidence: 0.5,
        });
      }
    }
  }
  return relations;
}

function docDay(ctx: Context): ExtractedRelation['when'] {
  return ctx.publishedAt
    ? { edtf: ctx.publishedAt, earliest: ctx.publishedAt, latest: ctx.publishedAt, precision: 'day' }
    : null;
}
