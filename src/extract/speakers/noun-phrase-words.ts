// The word lists of noun-phrases.json (src/extract/lang/<lang>/) compiled to the patterns that read a
// noun phrase next to a speech verb. These phrases are read in any text, whatever its language (a
// German article quotes an English source and the other way round), so every pattern is built once,
// from every pack combined. Each alternative ends at a word's end or the phrase's end, so the order
// of the packs does not change what matches.

import { everyLanguagePack } from '../lang/language-pack.ts';
import { anyOf } from '../lang/word-alternation.ts';

const packs = everyLanguagePack().map((p) => p.nounPhrases);

/** the words of every pack as one alternation; one that never matches when there are none */

/** A phrase that is only a pronoun: "er", "him". */
export const PRONOUN = new RegExp(`^(?:${anyOf(packs.flatMap((p) => p.pronouns))})$`);

/** A subject pronoun opening the phrase, with more after it: "er der Zeitung". */
export const SUBJECT_PRONOUN_FIRST = new RegExp(`^(${anyOf(packs.flatMap((p) => p.subjectPronouns))})\\s+\\S`, 'u');

/** "his administration", "seine Regierung". */
export const GOVERNMENT = new RegExp(
  `^(?:${anyOf(packs.flatMap((p) => p.possessives))})\\s+(${anyOf(packs.flatMap((p) => p.governmentNouns))})$`,
);

const SOURCE_HEADS = anyOf(packs.flatMap((p) => p.sourceHeads));

/** The head of an unnamed source anywhere in a phrase: "official", "Vertreter". */
export const SOURCE_HEAD = new RegExp(`(?<![\\p{L}])(?:${SOURCE_HEADS})(?![\\p{L}])`, 'u');

/** A source head as a pattern fragment without the look-behind, to build longer patterns from. */
export const SOURCE_HEAD_WORD = `(?:${SOURCE_HEADS})(?![\\p{L}])`;

/** The words that go on from a source's head: "from", "familiar with". */
export const SOURCE_LINK = `(?:${anyOf(packs.flatMap((p) => p.sourceLinks))})`;

/** Indefinite articles, as written (sentence start included) and in lower case only (after a verb). */
export const INDEFINITE_ARTICLE = `(?:${anyOf(packs.flatMap((p) => p.indefiniteArticles))})`;
export const INDEFINITE_ARTICLE_LOWER = `(?:${anyOf(
  packs.flatMap((p) => p.indefiniteArticles.filter((a) => a === a.toLowerCase())),
)})`;

/** A phrase opening with a definite article: "the official", "dem Sprecher". */
export const DEFINITE = new RegExp(
  `^(?:${anyOf(packs.flatMap((p) => [...p.definiteArticles.subject, ...p.definiteArticles.other]))})\\s`,
);

/** A definite noun that may point back, with at most one lower-case word before it: "the company", "das Gericht". */
export const DEFINITE_NOUN = new RegExp(
  `^(?:${anyOf(packs.flatMap((p) => p.definiteArticles.subject))})\\s+(?:[\\p{Ll}-]+\\s+)?(\\p{L}[\\p{L}-]{2,})$`,
  'u',
);

/** A conjunction opening the clause before its subject: "when", "als". */
export const CONNECTIVE = new RegExp(`^(?:${anyOf(packs.flatMap((p) => p.connectives))})\\s+`, 'iu');

/** "die SPD-Politikerin", "the 61-year-old": each pack's articles with its own epithets. */
export const EPITHET = new RegExp(
  packs
    .map(
      ({ epithets: e }) =>
        `^(?:${anyOf(e.articles)})\\s+(?:` +
        (e.hyphenatedCompounds ? '\\p{L}+-\\p{Lu}\\p{L}+|' : '') +
        `\\d+-(?:${anyOf(e.ageSuffixes)}))$`,
    )
    .join('|') || '(?!)',
  'u',
);

const afterSourceCues = everyLanguagePack().flatMap((p) => p.speechVerbs.sourceCues.afterSource);

/**
 * Where a noun phrase after a verb ends: punctuation, a word that starts an object or adverbial, or a
 * source cue after its source ("Insidern zufolge"). Global: reset lastIndex before a scan.
 */
export const NP_END = new RegExp(
  `[,.;:!?(“”„"«»]|\\s(?:${anyOf(packs.flatMap((p) => p.phraseEnds))})\\s|\\s(?:${anyOf(afterSourceCues)})\\b`,
  'gu',
);

/** An abbreviation whose full stop ends no phrase, right before it: "said Dr". */
export const ABBREVIATION_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${anyOf([...new Set(packs.flatMap((p) => p.abbreviations))])})$`,
  'u',
);

/** A conjunction closing the words before a verb: "declined to comment but". */
export const COORDINATED = new RegExp(`\\s(?:${anyOf(packs.flatMap((p) => p.coordinators))})$`, 'u');

/** A phrase that is only a relative pronoun. */
export const RELATIVE_PRONOUN = new RegExp(`^(?:${anyOf(packs.flatMap((p) => p.relativePronouns))})$`, 'i');

/** An adverb closing the words before a verb: "Rubio also". */
export const ADVERB_BEFORE_VERB = new RegExp(`\\s+(?:${anyOf(packs.flatMap((p) => p.adverbsBeforeVerb))})$`);

/** A pronoun or an unnamed source opening a clause: "she", "A spokeswoman for the service". */
export const SUBJECT_OPENING = new RegExp(
  '^(?:(?:' +
    anyOf([...new Set(packs.flatMap((p) => p.subjectPronouns.map((w) => w.toLowerCase())))]) +
    `)(?=\\s)|(?:${anyOf(packs.flatMap((p) => p.openingSubject.articles))})\\s+(?:[\\p{L}-]+\\s+){0,3}?` +
    `${SOURCE_HEAD_WORD}(?:\\s+(?:${anyOf(packs.flatMap((p) => p.openingSubject.links))})\\s+` +
    `(?:(?:${anyOf([...new Set(packs.flatMap((p) => p.openingSubject.linkArticles))])})\\s+)?[\\p{L}-]+)?)`,
  'iu',
);
