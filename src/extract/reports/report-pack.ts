// A language's report cues (src/extract/lang/<lang>/reports.json) compiled once into the few
// anchored patterns the report stages test on the short text before and after an outlet. Each
// pattern runs on a slice of at most a sentence's width around one mention, never on the body.

import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';
import type { OutletKind } from './outlet-lexicon.ts';
import { anyOf, escapePhrase, escapeRegExp } from '../lang/word-alternation.ts';

type Declension = NonNullable<LanguagePack['reports']['declension']>;

export interface ReportPack {
  lang: string;
  /** cue ending right before an outlet: "told the ", "laut der Nachrichtenagentur " */
  beforeTail: RegExp;
  /** "wie die " right before an outlet: a German verb-final clause may put words before its verb */
  openerTail: RegExp | null;
  /** a speech verb whose addressee is the outlet: "sagte Warken der ", "said in an interview on " */
  addresseeTail: RegExp | null;
  /** a report whose agent is the outlet: "reports in January by ", "a draft seen by the weekly " */
  agentTail: RegExp | null;
  /** an auxiliary right before the outlet ("hatten "), whose participle ends the clause: " über … berichtet" */
  auxiliaryTail: RegExp | null;
  participleLater: RegExp | null;
  /** cue after a parenthesis between commas: ", citing two officials, reported" */
  afterAside: RegExp;
  /** cue right after an outlet: " reported", " zufolge" */
  afterHead: RegExp;
  /** cue after a few words: " am Montag berichtete", " first reported" */
  afterGapHead: RegExp | null;
  /** the word after an outlet is an auxiliary: "hatte zuvor berichtet" */
  auxiliaryHead: RegExp | null;
  /** only conjunctions, commas and articles between two outlets named together */
  coordination: RegExp;
  /** a joint with a conjunction or slash: a list of outlets ends with one ("X, Y und Z") */
  conjunctionJoint: RegExp;
  /** "die Zeitung", "the paper": group 1 is the role noun */
  roleNoun: RegExp;
  roleKind: Map<string, OutletKind | null>;
  /** the German afterGap is only allowed after an opener or before an auxiliary; English always */
  gapNeedsOpener: boolean;
  /** words that open a name's span but are not part of it: articles and the words of cues ("Laut", "The") */
  leadingWords: Set<string>;
  /** the nominative of a name the text declines: "der Kieler Allgemeinen Zeitung" -> "Kieler Allgemeine Zeitung" */
  nominative(name: string, before: string): string;
}

/** Alternation of phrases, longest first, each with a first letter of either case. */
function phrases(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const first = p[0]!;
      const rest = escapePhrase(p.slice(1));
      return first.toLowerCase() !== first.toUpperCase()
        ? `[${first.toLowerCase()}${first.toUpperCase()}]${rest}`
        : escapeRegExp(first) + rest;
    })
    .join('|');
}

const OPEN_MARK = `[„"“»‚'‘]?`;
// Words that describe the outlet between cue and name ("the French daily", "der britischen Zeitung");
// function words end the description, so "told him that the Guardian" is not a cue for the Guardian.
// Every pack's stops, as a German article quotes English and the other way round.
const DESCRIPTION_STOPS = anyOf(everyLanguagePack().flatMap((p) => p.reports.descriptionStops));
const DESCRIPTION = `(?:(?!(?:${DESCRIPTION_STOPS})\\s)[\\p{L}-]+\\s+){0,3}?`;
const WORD = `[^\\s,.;:!?()„“"»«]+`;

const packs = new WeakMap<LanguagePack, ReportPack>();

/** The report patterns of a language pack, compiled once per pack. */
export function reportPack(language: LanguagePack): ReportPack {
  let pack = packs.get(language);
  if (pack) return pack;
  const data = language.reports;
  const article = data.articles.length ? `(?:(?:${phrases(data.articles)})\\s+)?` : '';
  const addressee = [
    ...(data.dativeArticles.length ? [`(?:${phrases(data.dativeArticles)})`] : []),
    ...(data.addressee.length ? [`(?:${phrases(data.addressee)})(?:\\s+(?:${phrases(data.articles)}))?`] : []),
  ];
  pack = {
    lang: language.lang,
    beforeTail: new RegExp(`(?<![\\p{L}])(${phrases(data.before)})\\s+${article}${DESCRIPTION}${OPEN_MARK}$`, 'u'),
    openerTail: data.afterGapOpeners.length
      ? new RegExp(`(?<![\\p{L}])(?:${phrases(data.afterGapOpeners)})\\s+${article}${DESCRIPTION}${OPEN_MARK}$`, 'u')
      : null,
    addresseeTail:
      data.speechVerbs.length && addressee.length
        ? new RegExp(
            `(?<![\\p{L}])(${phrases(data.speechVerbs)})(?:\\s+${WORD}){0,${data.addresseeGap}}?\\s+` +
              `(?:${addressee.join('|')})\\s+${DESCRIPTION}${OPEN_MARK}$`,
            'u',
          )
        : null,
    agentTail:
      data.agents.length && data.agentLinks.length
        ? new RegExp(
            `(?<![\\p{L}])(${phrases(data.agents)})(?:\\s+${WORD}){0,4}?\\s+` +
              `(?:${phrases(data.agentLinks)})\\s+${article}${DESCRIPTION}${OPEN_MARK}$`,
            'u',
          )
        : null,
    auxiliaryTail:
      data.auxiliaries.length && data.participles.length
        ? new RegExp(`(?<![\\p{L}])(?:${phrases(data.auxiliaries)})\\s+${article}${OPEN_MARK}$`, 'u')
        : null,
    participleLater: data.participles.length
      ? new RegExp(`(?<![\\p{L}])(${phrases(data.participles)})(?![\\p{L}])`, 'u')
      : null,
    afterAside: new RegExp(`^[“"«»'’]?,\\s+[^,.;:!?]{1,50},\\s+(${phrases(data.after)})(?![\\p{L}])`, 'u'),
    afterHead: new RegExp(`^[“"«»'’]?,?\\s*(${phrases(data.after)})(?![\\p{L}])`, 'u'),
    // English gap words are adverbs ("first", "also"), never names: "Reuters reporter Jane Doe said" is no cue.
    afterGapHead:
      data.afterGap > 0
        ? new RegExp(
            `^[“"«»'’]?\\s+(?:${data.afterGapOpeners.length ? WORD : '\\p{Ll}+'}\\s+){1,${data.afterGap}}?` +
              `(${phrases(data.after)})(?![\\p{L}])`,
            'u',
          )
        : null,
    auxiliaryHead: data.auxiliaries.length
      ? new RegExp(`^[“"«»'’]?\\s+(?:${phrases(data.auxiliaries)})(?![\\p{L}])`, 'u')
      : null,
    coordination: new RegExp(
      `^[“"«»'’]?\\s*(?:,\\s*)?(?:(?:${phrases(data.conjunctions)})\\s+)?${article}${OPEN_MARK}$|^\\s*/\\s*$`,
      'u',
    ),
    conjunctionJoint: new RegExp(
      `^[“"«»'’]?\\s*(?:,\\s*)?(?:${phrases(data.conjunctions)})\\s+${article}${OPEN_MARK}$|^\\s*/\\s*$`,
      'u',
    ),
    roleNoun: new RegExp(
      `(?<![\\p{L}])(?:${phrases(data.roleDeterminers)})\\s+(${phrases(Object.keys(data.roleNouns))})(?![\\p{L}])`,
      'gu',
    ),
    roleKind: new Map(Object.entries(data.roleNouns)),
    gapNeedsOpener: data.afterGapOpeners.length > 0,
    leadingWords: new Set(
      [...data.articles, ...data.roleDeterminers, ...data.before, ...data.speechVerbs, ...data.addressee]
        .flatMap((p) => p.split(' '))
        .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]),
    ),
    nominative: data.declension ? nominativeFor(data.declension) : (name) => name,
  };
  packs.set(language, pack);
  return pack;
}

/**
 * German outlet names are declined after an article: adjectives take "-en" ("der Kieler Allgemeinen
 * Zeitung", "des Bayerischen Rundfunks") and a masculine or neuter head a genitive "-s". The head
 * noun's gender gives the nominative ending; an invariant place adjective ("Kieler") stays.
 */
function nominativeFor(d: Declension): (name: string, before: string) => string {
  const caseArticle = new RegExp(`(?<![\\p{L}])(?:${phrases(d.caseArticles)})\\s+$`, 'u');
  const genitive = new RegExp(`(?<![\\p{L}])(?:${phrases(d.genitiveArticles)})\\s+$`, 'u');
  const genderOf = (head: string): 'f' | 'm' | 'n' | null => {
    const lower = head.toLowerCase();
    const ends = (list: string[]) =>
      list.some((s) => lower.endsWith(s) || lower.endsWith(`${s}s`) || lower.endsWith(`${s}es`));
    return ends(d.feminine) ? 'f' : ends(d.masculine) ? 'm' : ends(d.neuter) ? 'n' : null;
  };
  return (name, before) => {
    if (!caseArticle.test(before)) return name;
    const words = name.split(' ');
    let head = words[words.length - 1]!;
    const gender = genderOf(head);
    if (!gender) return name;
    if (gender !== 'f' && genitive.test(before)) head = head.replace(/(?<=[^s])e?s$/u, '');
    const ending = gender === 'f' ? 'e' : gender === 'm' ? 'er' : 'es';
    const adjectives = words.slice(0, -1).map((w) => (/^\p{Lu}\p{Ll}+en$/u.test(w) ? w.slice(0, -2) + ending : w));
    return [...adjectives, head].join(' ');
  };
}
