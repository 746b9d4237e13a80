// Command posts the alias table does not list ("Allied Joint Force Command Brunssum" is listed,
// a new "Joint Force Command Oslo" is not), and command posts named by their city: "zwei
// NATO-Kommandoposten ... Neapel und Norfolk" names the posts the table knows in those cities.

import { mentionsIn, mentionsOverlapping, type Context } from '../context.ts';
import { addMention, newEntity } from '../context.ts';

const COMMAND_NAME = new RegExp(
  '(?<![\\p{L}])(?:Allied\\s+)?(?:Joint\\s+Force|Air|Maritime|Land|' +
    'Joint\\s+Support(?:\\s+and\\s+Enabling)?|Special\\s+Operations|Cyber|' +
    'Space)\\s+Command(?:\\s+(?:in\\s+)?(\\p{Lu}[\\p{L}-]+))?',
  'gu',
);
const COMMAND_NOUN = new RegExp(
  '(?:Kommandoposten|Kommandostellen?|Kommandozentralen?|Hauptquartiere?|Kommandos|command posts?|commands|' +
    'headquarters|Posten)(?![\\p{L}])',
  'iu',
);

export function findCommandPosts(ctx: Context): void {
  for (const m of ctx.body.matchAll(COMMAND_NAME)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (mentionsOverlapping(ctx, { start, end }).some((x) => x.type === 'CommandPost')) continue;
    // "Allied Air Command" alone would already be in the table; only city-qualified unknowns are new.
    if (!m[1]) continue;
    const place = mentionsIn(ctx, { start, end }).find((x) => x.type === 'Place');
    if (!place) continue;
    addMention(ctx, newEntity(ctx, 'CommandPost', m[0].replace(/\s+in\s+/, ' ')), { start, end });
  }

  const postsByPlace = new Map<string, { id: string; name: string }>();
  for (const entry of ctx.matcher.table.entries) {
    if (entry.type === 'CommandPost' && entry.locatedIn && !postsByPlace.has(entry.locatedIn))
      postsByPlace.set(entry.locatedIn, entry);
  }
  for (const sentence of ctx.sentences) {
    const text = ctx.body.slice(sentence.start, sentence.end);
    if (!COMMAND_NOUN.test(text)) continue;
    const places = mentionsIn(ctx, sentence, ['Place']);
    for (const place of places) {
      const post = postsByPlace.get(place.entityId);
      if (!post) continue;
      const already = mentionsOverlapping(ctx, place).some(
        (x) => x.entityId === post.id && x.start <= place.start && x.end >= place.end,
      );
      if (!already) addMention(ctx, { id: post.id, type: 'CommandPost', name: post.name }, place);
    }
  }
}
