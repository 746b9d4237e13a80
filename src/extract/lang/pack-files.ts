// The files of a language pack (src/extract/lang/<lang>/), one schema each. Every pack holds every
// file with the same keys; a list a language does not have is empty or null, never absent, so a
// stage never asks which language it is reading.

import { z } from 'zod';
import { OUTLET_KINDS } from '../reports/outlet-lexicon.ts';

const words = z.array(z.string().min(1));

/** Verbs and phrases that introduce speech; German separable verbs split around their subject. */
export const speechVerbsFile = z.object({
  description: z.string(),
  verbs: words,
  /** "räumte Reiter ein": the finite part counts when one of the particles closes the clause */
  separable: z.object({ verbs: words, particles: words }).nullable(),
  /** articles between a verb and an unknown title before a name: "sagte die Grünen-Haushälterin Merle Hagedorn" */
  articlesBeforeTitle: words,
  /** source cues without a verb that stand before a speaker's name: "so Laane" */
  cuesBeforeName: z.array(z.string().min(1)),
  /**
   * Source cues without a verb: "laut X", "according to X" (matched as written and with a capital
   * first letter) and "X zufolge". Written with single spaces, matched with exactly those spaces.
   */
  sourceCues: z.object({ beforeSource: words, afterSource: words }),
  /**
   * a clause opening a sentence that names its source: "Wie dpa berichtete, …" (opener, up to 40
   * characters, verb, comma)
   */
  sourceClauses: z.array(z.object({ opener: z.string().min(1), verb: z.string().min(1) })),
  /** verbs that attribute a quoted characterisation ("X called it “overdue”") but introduce no reported speech */
  characterisingVerbs: words,
  /** speech verbs without a speaker ("hieß es"): what follows says where the words came from */
  impersonal: words,
  /** after an impersonal cue, the words that say where the words came from: "hieß es aus dem Ministerium"; any case */
  impersonalSources: z.array(z.string().min(1)),
  /** auxiliaries that may close a subject before a speech verb: "Rubio had said" */
  auxiliaries: words,
  /**
   * Where a speech verb's subject stands. verbSecond: after a fronted quote or clause the subject
   * follows the verb ("…“, sagte er"), so the words after the verb are read first and need no capital;
   * otherwise only a capitalised name inverts ("said Rubio"). verbLast: a perfect or subordinate
   * clause ends with the verb ("Falkenberg hatte vor einer „Lücke“ gewarnt").
   */
  wordOrder: z.object({ verbSecond: z.boolean(), verbLast: z.boolean() }),
  /**
   * How reported speech follows its verb. comma-clause (German): words up to a comma and a
   * complementizer ("betonte, dass"), an anticipator ("wies darauf hin, dass"), a preposition
   * ("berichtete über"), or a comma and a clause in lower case ("sagte, die USA …"). that-clause
   * (English): an addressee, then the complementizer ("told reporters that"), or a clause opening
   * with one of the subjects right after the verb ("said the talks …").
   */
  contentClause: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('comma-clause'), complementizers: words, anticipators: words, prepositions: words }),
    z.object({
      kind: z.literal('that-clause'),
      complementizers: words,
      addressees: words,
      addresseeArticles: words,
      subjects: words,
    }),
  ]),
});

/** Cues that an outlet reported something, and how the language declines an outlet's name. */
export const reportsFile = z.object({
  description: z.string().optional(),
  articles: z.array(z.string()),
  before: words,
  after: words,
  afterGap: z.number().int().min(0).max(6),
  afterGapOpeners: words,
  auxiliaries: words,
  speechVerbs: words,
  dativeArticles: words,
  addressee: words,
  addresseeGap: z.number().int().min(0).max(6),
  agents: words,
  agentLinks: words,
  participles: words,
  conjunctions: words,
  roleNouns: z.record(z.string(), z.enum(OUTLET_KINDS).nullable()),
  roleDeterminers: words,
  declension: z
    .object({
      caseArticles: words,
      genitiveArticles: words,
      feminine: words,
      masculine: words,
      neuter: words,
    })
    .nullable(),
  /**
   * words that end an outlet's description between cue and name: "told him that the Guardian" is no
   * cue for the Guardian
   */
  descriptionStops: words,
  /** capitalised words after a report cue that are no outlet: "laut Angaben", "told Reporters" */
  notOutlets: words,
});

/** Nouns that refer back to an organisation: noun -> a word its name contains, or null for any. */
export const organisationNounsFile = z.object({
  description: z.string(),
  nouns: z.record(z.string(), z.string().nullable()),
});

/** deictic words of relativePeriods by the way they point, as written */
const deictics = z.object({
  back: z.array(z.string().min(1)),
  forward: z.array(z.string().min(1)),
  current: z.array(z.string().min(1)),
});

/** the words of one direction of relativeYears */
const relativeYearWords = z.object({
  /** nouns, as written, that count from the publication year when the text names no year: "gegenüber dem Vorjahr" */
  nouns: z.array(z.string().min(1)),
  /** nouns, as written, that open a compound which counts like them: "Vorjahreszeitraum" */
  compoundStems: z.array(z.string().min(1)),
  /** phrases written in lower case; a capital first letter matches too: "ein Jahr zuvor", "Ein Jahr zuvor" */
  phrases: z.array(z.string().min(1)),
  /** phrases matched only as written: "previous year" (never "Previous year"), "Folgejahr" */
  phrasesAsWritten: z.array(z.string().min(1)),
});

/** Month and weekday names. */
export const calendarFile = z.object({
  description: z.string(),
  /** January first; `names` stand alone as a month, `withDayOnly` ("Jan", "Feber") only next to a day */
  months: z.array(z.object({ names: words, withDayOnly: z.array(z.string().min(1)) })).length(12),
  /** Sunday first */
  weekdays: z.array(words).length(7),
  /** words before a month that name a part of it: "Anfang Mai" */
  partsOfMonth: z.array(z.string().min(1)),
  /**
   * Words before a weekday, as written: a preposition ("am Montag"), then a word that points ahead
   * ("next Friday"), back ("vergangenen Freitag") or to this week ("this Friday").
   */
  weekdayModifiers: z.object({ prepositions: words, forward: words, back: words, current: z.array(z.string().min(1)) }),
  /**
   * endings of a weekday compound that name a time of the day, lower case: "Montagabend"; empty
   * where the language writes them apart
   */
  weekdayTimeSuffixes: z.array(z.string().min(1)),
  /** words between a month, week or quarter and its year, as written: "March of 2025", "week 12 of 2024" */
  yearLinks: z.array(z.string().min(1)),
  /** ISO weeks, as written (a space matches any): "KW 12", "calendar week 12", "12. Kalenderwoche" */
  weeks: z.object({
    /** before the week's number */
    before: words,
    /** after a number with a full stop: "12. KW" */
    afterOrdinal: z.array(z.string().min(1)),
    /** words that name a week only with a year after it: "week 12" is as often a week of a season or a pregnancy */
    needYear: z.array(z.string().min(1)),
  }),
  /** quarters, as written: "im dritten Quartal", "the fourth quarter of 2023" ("Q3" is read in any language) */
  quarters: z.object({
    /** articles and prepositions that belong to the quarter's text */
    articles: words,
    /** ordinal words, longest of one stem first ("ersten" before "erste"), and the quarter each names */
    ordinals: z.record(z.string().min(1), z.number().int().min(1).max(4)),
    nouns: words,
  }),
  /** words around years written as numbers; ranges, year nouns and openers match in any case */
  years: z.object({
    /** between the two years of a range: "2019 bis 2021", "2019 to 2021" */
    rangeJoiners: words,
    /** joiners that make two years a range only after rangeBetween: "zwischen 2019 und 2021" */
    rangeConjunctions: words,
    /** words before a range that belong to it: "von 2019 bis 2021", "from 2019 to 2021" */
    rangeOpeners: words,
    rangeBetween: words,
    /** endings of a word before a number that make it a year: "Referenzjahr 1990", "target 2030" */
    yearNouns: words,
    /** words before a decade that say which part of it, as written: "Anfang der 1990er", "the early 1990s" */
    decadeParts: z.object({ early: words, mid: words, late: words }),
    /** the article after such a word: "Ende der", "the late" */
    decadePartArticles: words,
    /** articles before a decade, which a two-digit decade needs: "den 90er Jahren", "the '90s" */
    decadeArticles: words,
    /**
     * what follows the digits of a decade, as written (a space matches any): "1990er Jahren", "1990s";
     * two digits need a suffix that cannot be a temperature or a count: "90er Jahre", "90's", and
     * after an apostrophe "'90s"
     */
    decadeSuffixes: z.object({
      fourDigits: words,
      twoDigits: words,
      twoDigitsAfterApostrophe: z.array(z.string().min(1)),
    }),
  }),
  /**
   * words around a month or a year named without a day, as written: "Mitte März", "in early March",
   * "Ende des Jahres 2025"
   */
  monthPhrases: z.object({
    /** before a month: "im Mai", "since March" */
    prepositions: words,
    /**
     * before a month or a year, the part of it they name: "Anfang", "the end of"; written with single
     * spaces, matched with any. A null part reads the phrase but keeps no qualifier ("the middle of",
     * as the extractor has always read it).
     */
    parts: z.array(z.object({ words, part: z.enum(['early', 'mid', 'late']).nullable() })),
    /** before a year: "im Jahr 2025", "since 2025"; written with single spaces, matched with any */
    yearPrepositions: words,
    /** between a part and a year: "Ende des Jahres 2025", "the end of 2025" */
    partYearLinks: words,
  }),
  /**
   * days named relative to the publication day, as written, with the days they count from it:
   * "gestern" -1, "tomorrow" 1. Written with single spaces, matched with any; the offset is read
   * with the whitespace before the last word taken as one space, so "in der vergangenen Nacht" counts
   * only when its first words are single-spaced (as the extractor has always read it). "vergangenen
   * Nacht" without "in der" counts 0, as it always has.
   */
  relativeDays: z.array(z.object({ words, dayOffset: z.number().int() })),
  /**
   * A count of days, weeks, months or years from a date: "zwei Tage später", "one day after", "vor drei
   * Tagen", "a week ago". Matched in any case.
   */
  relativeOffsets: z.object({
    /** counts written as words (digits are read in any language) */
    counts: z.record(z.string().min(1), z.number().int().positive()),
    units: z.object({ day: words, week: words, month: words, year: words }),
    /** words before the count that change nothing: "nur zwei Tage", "just one day" */
    hedges: words,
    /**
     * after the unit: later/earlier count from the previous day the text names, after/before from the
     * day named in the sentence (else the next, else the previous one)
     */
    directions: z.object({ later: words, earlier: words, after: words, before: words }),
    /** before or after a count that goes back from the publication date: "vor drei Tagen", "three days ago" */
    agoBefore: z.array(z.string().min(1)),
    agoAfter: z.array(z.string().min(1)),
  }),
  /**
   * A year counted from the year the text is talking about: "im Vorjahr", "the previous year", "ein Jahr
   * später", "im Folgejahr". Written with single spaces, matched with any.
   */
  relativeYears: z.object({ previous: relativeYearWords, next: relativeYearWords }),
  /**
   * A week, month or year counted from the publication date: "last week", "im vergangenen Jahr",
   * "diesen Monat"; the end of the year and the turn of the year. Written with single spaces, matched
   * with any. Deictic words say by their list which way they point: back, forward or the current one.
   */
  relativePeriods: z.object({
    /**
     * before any of them, changing nothing; written in lower case, a capital first letter matches
     * too: "earlier this month"
     */
    hedges: z.array(z.string().min(1)),
    /** months and years; a deictic of any pack may stand before a unit of any pack, as written */
    monthsAndYears: z.object({
      units: z.object({ month: z.array(z.string().min(1)), year: z.array(z.string().min(1)) }),
      /** before a unit: "last month", "diesen Monat" */
      deictics: deictics,
      /** a preposition holding its article, then a deictic and a unit: "im vergangenen Jahr" */
      contractions: z.array(z.string().min(1)),
      contractionDeictics: deictics,
      contractionUnits: z.object({ month: z.array(z.string().min(1)), year: z.array(z.string().min(1)) }),
    }),
    /** calendar weeks (Monday to Sunday), as written */
    weeks: z.object({
      units: z.array(z.string().min(1)),
      /** before a unit: "last week", "the following week", "Vergangene Woche" */
      deictics: deictics,
      /** an article before a deictic and a unit: "in der kommenden Woche" */
      articles: z.array(z.string().min(1)),
      articleDeictics: deictics,
      articleUnits: z.array(z.string().min(1)),
      /** whole phrases naming the current week: "in dieser Woche" */
      current: z.array(z.string().min(1)),
    }),
    /** phrases naming the end of the publication year, as written: "bis zum Jahresende", "by the end of the year" */
    endOfYear: z.array(z.string().min(1)),
    /** the 1 January nearest the publication date, as written */
    turnOfYear: z.object({
      /**
       * nouns that may take a preposition and an article before them and a pair of years after
       * them: "zum Jahreswechsel 2025/26"
       */
      nouns: z.array(z.string().min(1)),
      prepositions: z.array(z.string().min(1)),
      articles: z.array(z.string().min(1)),
      /**
       * whole phrases, without years: "at the turn of the year". They have no look-behind, as they never
       * had: "that the turn of the year" is read from its "at".
       */
      phrases: z.array(z.string().min(1)),
    }),
  }),
  /**
   * Ranges of days: "15. bis 16. Februar", "February 15-16". The shapes are code; a pack says how its
   * days are written and gives the words of its shapes, which are read in any text.
   */
  dayRanges: z.object({
    /**
     * with-full-stop: "15. bis 16. Februar", "28. Februar bis 2. März"; plain: "February 15-16",
     * "February 28 to March 2", "15-16 February"
     */
    days: z.enum(['with-full-stop', 'plain']),
    /** between the two days, as written (a space matches any), spaces around them optional: "bis zum", "–", "to" */
    joiners: words,
    /** after a plain day, optional: "15th" */
    ordinalSuffixes: z.array(z.string().min(1)),
    /** abbreviated months read in a range besides the full names: "Feb. 15 to 17" */
    monthAbbreviations: z.array(z.string().min(1)),
  }),
  /** words after a relative day that name a time of it: "heute Abend", "yesterday evening" */
  timesOfDay: words,
  /** words around a date with a day that chrono-node reads: "am 15. Feb. um 10 Uhr", "on Feb 15 at 9" */
  dayDates: z.object({
    /**
     * abbreviated months, as written, that make chrono's result a date when the text has no full
     * month name or digits for it (without a lower-case letter after them). Austrian "Feber" is not
     * among them, so "15. Feber" is read by chrono and dropped, as it always was.
     */
    monthAbbreviations: words,
    /** words before a clock time chrono appends to a date, any case: "um 10 Uhr", "at 9 a.m." */
    clockPrepositions: words,
    /** words before a date that chrono includes and the date's text leaves out, any case: "am", "on" */
    prepositions: words,
  }),
  /**
   * Words near a date without a year that say its tense (resolve-year). future and notPast match in
   * any case, past as written; spaces are literal.
   */
  tense: z.object({
    /** the date is on or after the publication date: "wird", "next" */
    future: words,
    /** modal and planning words: the date need not be behind ("würde", "expected") */
    notPast: words,
    /** the date is on or before the publication date: "hatte", "said" */
    past: words,
    /** endings of a regular past tense, after at least three lower-case letters: "announced" */
    pastEndings: z.array(z.string().min(1)),
    /** words that open a new clause, between spaces: "und", "that" */
    clauseOpeners: words,
  }),
  /**
   * Seasons. Names as written in running text; before a year they may also open a sentence with a
   * capital ("Spring 2025"). prepositions, articles and links stand around a season and its year: "im
   * Herbst 2025", "in the fall of 2025".
   */
  seasons: z.object({
    names: z.object({ spring: words, summer: words, autumn: words, winter: words }),
    prepositions: words,
    articles: z.array(z.string().min(1)),
    links: z.array(z.string().min(1)),
    /** a season without a year needs one of these before it ("Sommer" alone is also a surname), as written */
    withoutYear: z.object({
      /** a preposition holding its article, which a deictic word may follow: "im Sommer", "im vergangenen Sommer" */
      contractions: z.array(z.string().min(1)),
      contractionDeictics: z.array(z.string().min(1)),
      /** a preposition before an article: "in the summer", "during the winter" */
      prepositions: z.array(z.string().min(1)),
      articles: z.array(z.string().min(1)),
      /** a deictic word alone: "last summer", "diesen Herbst" */
      deictics: words,
    }),
    /**
     * how a deictic word places the season, by how it starts in lower case: "vergangen" back,
     * "next" forward, "this" the current one
     */
    direction: z.object({ back: words, forward: words, current: words }),
  }),
});

/** Words around a four-digit number that say it counts something rather than names a year; lower case. */
export const numberWordsFile = z.object({
  description: z.string(),
  /** nouns and units after a count: "2000 Beschäftigte" */
  countedAfter: words,
  /** words before a count or a label number: "rund 2000", "Nr. 2019" */
  countedBefore: words,
  /** the word before "als"/"than" that makes a comparison of counts */
  comparatives: words,
  /** how numbers are written: "1.000,5" (thousands ".", decimal ",") or "1,000.5" */
  separators: z
    .object({ thousands: z.enum(['.', ',']), decimal: z.enum(['.', ',']) })
    .refine((s) => s.thousands !== s.decimal, 'thousands and decimal separators differ'),
  /** the words of a quantity in a claim ("rund 200 Stellen", "a few thousand troops"); matched in any case */
  quantities: z.object({
    /** words before a number that make it approximate */
    hedges: words,
    /**
     * numbers written as words, tried in this order: a word followed directly by letters is read as
     * that word and a unit
     */
    numberWords: z.record(z.string().min(1), z.number()),
    /** a vague small number, read as 2 and approximate: "ein paar", "a few" */
    few: words,
    /** words after a number that multiply it, lower case as written ("mrd." and "mrd") */
    scales: z.record(z.string().min(1), z.number().positive()),
    /** words for per cent; the unit becomes "%" */
    percent: words,
    /** words after a number that are no unit */
    notUnits: words,
  }),
});

/** Role titles by role key; the keys are the same in every pack, in the same order. */
export const rolesFile = z.object({
  description: z.string(),
  roles: z.record(z.string(), z.object({ titles: z.array(z.string().min(1)), impliedOrg: z.string().optional() })),
  /**
   * titles close into compounds with a capitalised first part: "Marineinspekteur",
   * "Haushaltsexperte" (any language's titles)
   */
  closedCompounds: z.boolean(),
  /** endings of declined titles: "des Ministers", "dem Präsidenten"; empty where titles do not decline */
  declinedEndings: z.array(z.string().min(1)),
  /**
   * words between a title and what qualifies it after it: "Botschafter der USA", "Secretary of the
   * Navy", "Ambassador to NATO"
   */
  qualifierLinks: words,
});

/** Words around names, and how the language writes an organisation's name. */
export const namesFile = z.object({
  description: z.string(),
  /** capitalised words that start sentences or headlines and are never names */
  notNames: words,
  /** forms of address: the word after them is a surname ("Mr Varadkar", "Frau Merkel") */
  honorifics: words,
  /** abbreviations in capitals that name no organisation: titles, units, media, time */
  notOrgAcronyms: words,
  /**
   * German writes adjectives in lower case inside a sentence, so a capitalised adjective before a
   * head noun of organisation names is part of a name; English capitalises names only, so a run of
   * capitalised words is one, once its leading function words are dropped.
   */
  organisationNames: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('adjective-before-head'), heads: words }),
    /**
     * linkWords: lower-case words a run of capitalised words may hold inside ("Save British Farming for the Future")
     */
    z.object({ kind: z.literal('capitalised-run'), functionWords: words, linkWords: words }),
  ]),
  /** lower-case words inside a name: "Ursula von der Leyen"; several words each ("von der") where the name has them */
  particles: words,
  /** articles before a capitalised run make its first word a noun: "dem Willen von Henrik Sommer"; any case */
  articles: words,
  /** articles that may stand between a name, a comma and the role after it: "Anna Berger, die Ministerin" */
  articlesBeforeRole: words,
  /** titles abbreviated with a full stop right before a name: "Brig. Gen. Tomasz Karbowiak" */
  abbreviatedTitles: words,
  /**
   * a title's qualifier before a name in apposition: "Der Sprecher der Grünen, Felix Arendt": its
   * links and its lower-case words
   */
  titleQualifier: z.object({ links: words, words: words }),
  /**
   * an apposition that places a name in an institution: "Joanna Wierzba, a senior fellow at the
   * Forum"; null where the language has no such rule
   */
  appositionPlace: z.object({ articles: words, links: words, linkArticles: z.array(z.string().min(1)) }).nullable(),
  /**
   * the language capitalises every noun, so a run of three capitalised words is nouns before a
   * two-word name unless it starts with a given name
   */
  capitalisedNouns: z.boolean(),
  /**
   * lower case: given names in the name lexicon that are titles or words written capitalised before
   * a name ("Justice Stephen Breyer")
   */
  notGivenNames: words,
});

/**
 * Words that say what a noun phrase next to a speech verb is. Each word is written as it matches
 * (capitalised forms listed where a sentence may start with them), connectives excepted: they match
 * in any case.
 */
export const nounPhrasesFile = z.object({
  description: z.string(),
  /** a noun phrase that is only a pronoun refers to the nearest person: "sagte er", "told him" */
  pronouns: words,
  /** a pronoun opening the phrase is its subject, what follows an addressee: "sagte er der Zeitung" */
  subjectPronouns: words,
  /** "his administration", "seine Regierung": the government of the nearest person */
  possessives: words,
  governmentNouns: words,
  /** heads of an unnamed source: "a NATO official", "ein Nato-Vertreter" */
  sourceHeads: words,
  /** words that go on from an unnamed source's head: "a diplomat from …", "familiar with …" */
  sourceLinks: words,
  /** articles opening an unnamed source; after a verb only the lower-case ones */
  indefiniteArticles: words,
  /** subject: also before a definite noun that points back ("the company"); other: only "is definite" */
  definiteArticles: z.object({ subject: words, other: z.array(z.string().min(1)) }),
  /** conjunctions opening the clause before its subject: "when the Taoiseach said" */
  connectives: words,
  /**
   * An epithet for the person the text is about: an article and a hyphenated compound ("die
   * SPD-Politikerin", when hyphenatedCompounds) or an age ("der 61-Jährige", "the 61-year-old").
   */
  epithets: z.object({ articles: words, hyphenatedCompounds: z.boolean(), ageSuffixes: words }),
  /**
   * words that start an object or adverbial, so the subject after a verb ends before them: "sagte
   * Rubio am Montag", "said Rubio on"
   */
  phraseEnds: words,
  /** abbreviations whose full stop ends no phrase: "said Dr. Imogen Feld" */
  abbreviations: words,
  /** a conjunction before a verb: its subject opens the clause ("A spokeswoman … declined to comment but said") */
  coordinators: words,
  /** a relative pronoun before a verb: the speaker is the phrase before the comma ("Tamm, who told") */
  relativePronouns: words,
  /** adverbs between a subject and its verb: "Rubio also said" */
  adverbsBeforeVerb: words,
  /** an unnamed source opening a clause: "A spokeswoman for the service"; matched in any case */
  openingSubject: z.object({ articles: words, links: words, linkArticles: words }),
});

/** Nouns that name an event a text can date, by kind; the kinds are the same in every pack, in the same order. */
export const eventsFile = z.object({
  description: z.string(),
  nouns: z.array(
    z.object({
      type: z.string().min(1),
      /** the kind's pattern ignores case (every pack's words of that kind) */
      caseInsensitive: z.boolean(),
      /**
       * heads at the end of a compound, lower case, first letter free: "gipfel" in "EU-Gipfel";
       * longest of one family first
       */
      compoundHeads: z.array(z.string().regex(/^\p{Ll}[\p{L}-]*$/u, 'a head starts with a lower-case letter')),
      words: z.array(z.string().min(1)),
    }),
  ),
  /**
   * where event nouns double as verbs ("to visit"): the words one of which must come before, and whether "X's" counts
   */
  determiners: z.object({ words, possessives: z.boolean() }).nullable(),
  /** words that carry an event's name on: "meeting of NATO foreign ministers", "Treffen der Außenminister" */
  nameLinks: words,
  /** an article after such a word */
  nameLinkArticles: z.array(z.string().min(1)),
  /**
   * words before a date: a name's tail ending in one names no event ("meeting with Rubio on"), so
   * the event keeps its noun alone
   */
  datePrepositions: words,
  /** words cut from the end of a name's tail; the date prepositions among them, as written */
  tailTrim: words,
  /**
   * a place in the event's sentence is where it happened when one of these stands right before it:
   * "in Brüssel", "at the Pentagon"
   */
  placePrepositions: z.object({ words, articles: z.array(z.string().min(1)) }),
});

/**
 * Words that say whether quoted text is speech or a name, title or term. Cues and articles are read
 * right before the opening mark and match in any case; the other words match as written.
 */
export const quotesFile = z.object({
  description: z.string(),
  /** words that always announce a name or term, at the end of the words before the quote: "so-called", "sogenannten" */
  namingCues: words,
  /**
   * nouns and verbs that announce a title when the quoted text starts with a capital: "the plan",
   * "der Roman"; also the end of a compound ("Gedichtsammlung")
   */
  titleCues: words,
  /** verbs before a single quoted word that make it what someone called something: "called the handover “overdue”" */
  characterisingVerbs: words,
  /** the word that may stand between such a verb's object and the quote: "bezeichnete ihn als", "described it as" */
  characterisingLinks: words,
  /** articles right before a single quoted word, which make it a term: "die „Schattenflotte“", "a 'reset'" */
  termArticles: words,
  /** words in quoted text that make it speech although it reads like a name: "“We Will Stay”" */
  personalWords: words,
});

/** File name -> schema: what a pack folder must hold. */
export const PACK_FILES = {
  'speech-verbs.json': speechVerbsFile,
  'reports.json': reportsFile,
  'organisation-nouns.json': organisationNounsFile,
  'calendar.json': calendarFile,
  'number-words.json': numberWordsFile,
  'roles.json': rolesFile,
  'names.json': namesFile,
  'noun-phrases.json': nounPhrasesFile,
  'events.json': eventsFile,
  'quotes.json': quotesFile,
} as const;
