// Towns and cities the alias table does not know, from the gazetteer. A place name is also often a
// common word or a surname ("Reading", "Police", "Union", "Florence"), so a gazetteer name counts
// only where the sentence uses it as a place: after a locative preposition ("in Purkersdorf",
// "aus Mannheim", "near Reading"), in a list that such a preposition opens ("in Mannheim,
// Bremerhaven und Berlin-Neukölln"), or joined by a hyphen to a known place ("Berlin-Neukölln").
// A capitalised word the same text also writes in lower case is a common noun there.

import { addMention, mentionsOverlapping, newEntity, removeMention, type Context } from '../context.ts';
import { placesStartingWith } from '../lexicon/gazetteer.ts';
import { writtenInLowerCase } from '../text/lower-case-words.ts';

const WORD = /(?<![\p{L}\d-])\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}]*)*(?![\p{L}\d])/gu;
const LOCATIVE =
  /(?:^|[\s(])(?:in|im|aus|nach|bei|nahe|von|vom|near|from|at|to|across|outside|around|between|zwischen|of)\s+$/u;
const LIST_GLUE = /^(?:\s*,\s*|\s+(?:und|and|or|oder|sowie)\s+)$/u;

export function findPlaces(ctx: Context): void {
  const body = ctx.body;
  let lastPlaceEnd = -1;
  const byStart = new Map(ctx.mentions.map((x) => [x.start, x] as const));
  for (const m of body.matchAll(WORD)) {
    const start = m.index ?? 0;
    const word = m[0];
    const parts = word.split('-');
    const known = byStart.get(start);
    // most capitalised words are neither a known mention nor a gazetteer name: skip them cheaply
    if (!known && parts.length === 1 && placesStartingWith(word).length === 0) continue;
    const overlapping = mentionsOverlapping(ctx, { start, end: start + word.length });
    // "Berlin-Neukölln": a known place joined to a gazetteer name is a district of it.
    if (
      parts.length === 2 &&
      overlapping.length > 0 &&
      overlapping.every((x) => x.type === 'Place' && x.start >= start && x.end <= start + word.length)
    ) {
      const other = overlapping[0]!.start === start ? parts[1]! : parts[0]!;
      if (placesStartingWith(other).some((p) => p.name === other)) {
        for (const x of overlapping) removeMention(ctx, x);
        addMention(ctx, newEntity(ctx, 'Place', word), { start, end: start + word.length });
        lastPlaceEnd = start + word.length;
        continue;
      }
    }
    if (overlapping.length > 0) {
      if (overlapping.some((x) => x.type === 'Place' || x.type === 'Country'))
        lastPlaceEnd = Math.max(...overlapping.map((x) => x.end));
      continue;
    }
    const candidates = placesStartingWith(word);
    if (candidates.length === 0) continue;
    const place = candidates.find(
      (p) => body.startsWith(p.name, start) && !/[\p{L}\d]/u.test(body[start + p.name.length] ?? ' '),
    );
    if (!place) continue;
    const before = body.slice(Math.max(0, start - 16), start);
    const inList = lastPlaceEnd >= 0 && LIST_GLUE.test(body.slice(lastPlaceEnd, start));
    if (!LOCATIVE.test(before) && !inList) continue;
    if (writtenInLowerCase(body, place.name)) continue;
    const end = start + place.name.length;
    addMention(ctx, newEntity(ctx, 'Place', place.name), { start, end });
    lastPlaceEnd = end;
  }
}
