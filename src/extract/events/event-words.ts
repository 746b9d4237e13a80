// The word lists of events.json (src/extract/lang/<lang>/) compiled once. Event nouns are read in
// any text, whatever its language ("the Gipfel" does not occur, but a German article names an
// English "summit"), so each kind's pattern is built from every pack combined, in pack order; the
// determiner rule is the pack's own.

import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';
import { anyOf, escapeRegExp } from '../lang/word-alternation.ts';

const packs = everyLanguagePack();

/** "gipfel" -> "[Gg]ipfel": a compound's head is written in lower case, and capitalised when it stands alone */
const freeFirstLetter = (head: string): string => `[${head[0]!.toUpperCase()}${head[0]}]${escapeRegExp(head.slice(1))}`;

export interface EventNoun {
  pattern: RegExp;
  type: string;
  /** words one of which every match holds, for matchesInLines; null when the pattern ignores case */
  words: string[] | null;
}

function eventNouns(): EventNoun[] {
  const types = [...new Set(packs.flatMap((p) => p.events.nouns.map((n) => n.type)))];
  return types.map((type) => {
    const entries = packs.flatMap((p) => p.events.nouns.filter((n) => n.type === type));
    // one compound alternative per pack: "[\p{L}-]*(?:[Gg]ipfeltreffen|[Gg]ipfel)" tries the longer
    // head first at every length, as "[Gg]ipfel(?:treffen)?" does
    const alternatives = entries.flatMap((n) => [
      ...(n.compoundHeads.length ? [`[\\p{L}-]*(?:${n.compoundHeads.map(freeFirstLetter).join('|')})`] : []),
      ...n.words.map(escapeRegExp),
    ]);
    const caseInsensitive = entries.some((n) => n.caseInsensitive);
    const held = entries.flatMap((n) => [...n.words, ...n.compoundHeads.map((h) => h.slice(1))]);
    // a word holding another one finds no line the other does not
    const words = held.filter(
      (w, i) => !held.some((other, j) => j !== i && w.includes(other) && (other !== w || j < i)),
    );
    return {
      pattern: new RegExp(
        `(?<![\\p{L}])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}])`,
        caseInsensitive ? 'giu' : 'gu',
      ),
      type,
      words: caseInsensitive ? null : words,
    };
  });
}

/** Each kind's pattern, in the packs' order of kinds: an earlier kind keeps the text it matched. */
export const EVENT_NOUNS: readonly EventNoun[] = eventNouns();

/** "meeting of NATO foreign ministers": the words after an event noun that carry its name on. */
export const NAME_TAIL = new RegExp(
  `^(?:\\s+(?:${anyOf(packs.flatMap((p) => p.events.nameLinks))})\\s+(?:(?:` +
    anyOf([...new Set(packs.flatMap((p) => p.events.nameLinkArticles))]) +
    ')\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}?[\\p{L}\\d-]+)?',
  'u',
);

const determinerByPack = new WeakMap<LanguagePack, RegExp | null>();

/**
 * The determiner an event noun needs before it in the pack's language ("the visit"), or null when
 * it needs none; built once per pack.
 */
export function eventDeterminer(pack: LanguagePack): RegExp | null {
  if (!determinerByPack.has(pack)) {
    const d = pack.events.determiners;
    determinerByPack.set(
      pack,
      d
        ? new RegExp(
            '(?:\\b(?:' +
              ([...d.words.map(escapeRegExp), ...(d.possessives ? ["[\\p{L}]+'s"] : [])].join('|') || '(?!)') +
              ')\\s+(?:[\\p{L}-]+\\s+){0,2})$',
            'u',
          )
        : null,
    );
  }
  return determinerByPack.get(pack)!;
}

// Places and dates are read in any text, whatever its language, so these are every pack's words.
const places = packs.map((p) => p.events.placePrepositions);

/** A name's tail ending in a date preposition ("meeting with Rubio on"): the event keeps its noun alone. */
export const TAIL_BEFORE_DATE = new RegExp(
  `\\s(?:${anyOf([...new Set(packs.flatMap((p) => p.events.datePrepositions))])})\\s*$`,
);

/** The last word of a name's tail that is cut off: "… in". */
export const TAIL_TRIM = new RegExp(`\\s+(?:${anyOf([...new Set(packs.flatMap((p) => p.events.tailTrim))])})$`);

/** Right before a place (12 characters): the place is where the event happened, "in Brüssel", "at the Pentagon". */
export const PLACE_BEFORE = new RegExp(
  '(?:' +
    anyOf([...new Set(places.flatMap((p) => p.words))]) +
    ')\\s+' +
    (places.some((p) => p.articles.length)
      ? `(?:(?:${anyOf([...new Set(places.flatMap((p) => p.articles))])})\\s+)?`
      : '') +
    '$',
);
