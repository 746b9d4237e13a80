// The word lists of names.json and calendar.json (src/extract/lang/<lang>/) that findPersonNames
// reads around a capitalised run, compiled once. Names are read in any text, whatever its language
// (a German article names an English speaker and the other way round), so the lists below are built
// from every pack combined; only the rules a language alone has are per pack (personNameRules).

import { MONTH_NAME_PATTERN, WEEKDAY_PATTERN } from '../dates/month-names.ts';
import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';
import { anyOf } from '../lang/word-alternation.ts';

const packs = everyLanguagePack();

/** the words as one alternation; one that never matches when there are none */

/**
 * Name particles, longest first: after "von" a space may follow, so "von der" must be tried before
 * it for "von der Leyen" to be one particle.
 */
export const PARTICLE = `(?:${anyOf(
  [...new Set(packs.flatMap((p) => p.names.particles))].sort((a, b) => b.length - a.length),
)})`;

/** An article right before a capitalised run: its first word is a noun. */
export const ARTICLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${anyOf([...new Set(packs.flatMap((p) => p.names.articles))])})\\s+$`,
  'iu',
);

/**
 * Between a title and a name in apposition: the title's qualifier ("der Grünen", "of the Example Forum"), then a comma.
 */
export const TITLE_TO_APPOSITION = new RegExp(
  '^(?:\\s+(?:' +
    anyOf(packs.flatMap((p) => p.names.titleQualifier.links)) +
    `)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:` +
    anyOf([...new Set(packs.flatMap((p) => p.names.titleQualifier.words))]) +
    `|\\p{Lu}[\\p{L}.'’-]*)){0,4})?,\\s$`,
  'u',
);

/** "Brig. Gen. Tomasz Karbowiak", "Dr. Imogen Feld": an abbreviated title right before. */
export const ABBREVIATED_TITLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${anyOf([...new Set(packs.flatMap((p) => p.names.abbreviatedTitles))])})\\.\\s$`,
  'u',
);

/** ", die Ministerin": only a comma and an article between a name and the role after it. */
export const ROLE_AFTER_COMMA = new RegExp(
  `^,\\s*(?:(?:${anyOf([...new Set(packs.flatMap((p) => p.names.articlesBeforeRole))])})\\s+)?$`,
);

/**
 * "Am 15. Februar sagte er", "Anfang Mai": month and weekday names and parts of a month stand next to speech verbs too.
 */
export const DATE_WORD = new RegExp(
  `^(?:${MONTH_NAME_PATTERN}|${WEEKDAY_PATTERN}|${anyOf(packs.flatMap((p) => p.calendar.partsOfMonth))})$`,
  'u',
);

export interface PersonNameRules {
  /**
   * "Joanna Wierzba, a senior fellow at the Vistula Strategy Forum": an apposition placing the name in an institution
   */
  appositionAt: RegExp | null;
  /** a run of three capitalised words is nouns before a two-word name */
  capitalisedNouns: boolean;
}

const rulesByPack = new WeakMap<LanguagePack, PersonNameRules>();

/** The rules only the pack's language has, compiled once per pack. */
export function personNameRules(pack: LanguagePack): PersonNameRules {
  let rules = rulesByPack.get(pack);
  if (!rules) {
    const place = pack.names.appositionPlace;
    rules = {
      appositionAt: place
        ? new RegExp(
            `^,\\s+(?:${anyOf(place.articles)})\\s+(?:[\\p{Ll}-]+\\s+){1,4}(?:${anyOf(place.links)})\\s+` +
              (place.linkArticles.length ? `(?:(?:${anyOf(place.linkArticles)})\\s+)?` : '') +
              '\\p{Lu}',
            'u',
          )
        : null,
      capitalisedNouns: pack.names.capitalisedNouns,
    };
    rulesByPack.set(pack, rules);
  }
  return rules;
}
