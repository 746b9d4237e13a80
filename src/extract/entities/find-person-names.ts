// Person names the alias table does not know. A capitalised sequence counts as a name when the
// text treats it as one: after a role title ("Slovak Prime Minister Robert Fico"), before an
// apposition with a role ("Andriy Sybiha, the Foreign Minister"), next to a speech verb
// ("sagte Anna Berger"), in a dash attribution line, when it starts with a known given name, in an
// apposition after a title with its qualifier ("Der Sprecher der Grünen, Felix Arendt,"), or when
// its last word speaks alone elsewhere ("Margit Laane argues … Laane said").
// German capitalises every noun, so a bare "Zwei Wörter" pair is never enough.

import { mentionsOverlapping, type Context, type RoleMention } from '../context.ts';
import type { ExtractedEntity, Span } from '../types.ts';
import { addMention, newEntity } from '../context.ts';
import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';
import { speechVerbPattern } from '../speakers/speech-verbs.ts';
import { isGivenName } from '../lexicon/given-names.ts';
import { spansOverlapping } from '../text/span-lookup.ts';
import { personShortForms } from './person-short-forms.ts';
import {
  ABBREVIATED_TITLE_BEFORE,
  ARTICLE_BEFORE,
  DATE_WORD,
  PARTICLE,
  personNameRules,
  ROLE_AFTER_COMMA,
  TITLE_TO_APPOSITION,
} from './person-name-words.ts';

// A word that is never a name ("To" in "Farmers To Action") is no given name either, whatever the lexicon holds.
export const isGiven = (ctx: Context, word: string): boolean =>
  !NOT_NAMES.has(word) && (ctx.matcher.table.givenNames.has(word) || isGivenName(word));

// A name word: "Kickl", "McDonald", "O'Brien", "Müller-Weber", "Frank-Michael".
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)*";
// Forms of address: the word after them is a surname ("Mr Varadkar", "Frau Merkel"). Every
// language's words are matched in any text, like the words that are never names below.
const HONORIFIC = new RegExp(
  `^(?:${[...new Set(everyLanguagePack().flatMap((p) => p.names.honorifics))].join('|')})\\.?$`,
  'u',
);
// Name words are separated by spaces on one line: a line break ends a heading, never joins a name.
const NAME = new RegExp(
  `(?<![\\p{L}\\d-])${NAME_WORD}(?:[ \\u00A0]+(?:${PARTICLE}[ \\u00A0]+)?${NAME_WORD}){0,3}(?![\\p{L}\\d])`,
  'gu',
);
const PARTICLES_IN_RUN = new RegExp(`\\s${PARTICLE}\\s+`, 'gu');
const HAS_PARTICLE = new RegExp(`\\s${PARTICLE}\\s`, 'u');
/** The same name pattern, anchored where a title ended ("Estonian Foreign Minister| Kaarel Sepp"). */
const NAME_AT = new RegExp(
  `${NAME_WORD}(?:[ \\u00A0]+(?:${PARTICLE}[ \\u00A0]+)?${NAME_WORD}){0,3}(?![\\p{L}\\d])`,
  'uy',
);

// Words that start sentences or headlines in capitals and are never names.
const NOT_NAMES = new Set(everyLanguagePack().flatMap((p) => p.names.notNames));

interface VerbCues {
  before: RegExp;
  /**
   * "sagte die Grünen-Haushälterin Merle Hagedorn": an article and a capitalised noun (a title we
   * do not know) between verb and name
   */
  beforeTitled: RegExp;
  after: RegExp;
  /** a verb or a verbless cue ("so Laane") before the name */
  beforeOrCue: RegExp;
}

const verbCuesByPack = new WeakMap<LanguagePack, VerbCues>();

/** The pack's speech verbs next to a name, compiled once per pack. */
function verbCues(pack: LanguagePack): VerbCues {
  let cues = verbCuesByPack.get(pack);
  if (!cues) {
    const verbs = speechVerbPattern(pack).source;
    const { articlesBeforeTitle, cuesBeforeName } = pack.speechVerbs;
    const before = new RegExp(`(?:${verbs})\\s+$`, 'u');
    cues = {
      before,
      beforeTitled: new RegExp(`(?:${verbs})\\s+(?:${articlesBeforeTitle.join('|')})\\s+\\p{Lu}[\\p{L}-]+\\s+$`, 'u'),
      after: new RegExp(`^\\s+(?:${verbs})`, 'u'),
      beforeOrCue: cuesBeforeName.length
        ? new RegExp(`(?:${verbs}|(?<![\\p{L}])(?:${cuesBeforeName.join('|')}))\\s+$`, 'u')
        : before,
    };
    verbCuesByPack.set(pack, cues);
  }
  return cues;
}

/** Whether `test` holds for any offset from `from` to `to` (both included). */
function anyOffset(from: number, to: number, test: (at: number) => boolean): boolean {
  for (let at = from; at <= to; at++) if (test(at)) return true;
  return false;
}

export function findPersonNames(ctx: Context): void {
  const covered = (start: number, end: number): boolean => mentionsOverlapping(ctx, { start, end }).length > 0;
  const roleEndsAt = new Set(ctx.roles.map((r) => r.end));
  // the first role (in the list's order) starting at each offset
  const roleStartingAt = new Map<number, RoleMention>();
  for (const r of ctx.roles) if (!roleStartingAt.has(r.start)) roleStartingAt.set(r.start, r);
  const rules = personNameRules(ctx.pack);
  const speaking = new Map<string, boolean>();
  const cues = verbCues(ctx.pack);
  const found: { start: number; end: number; text: string }[] = [];

  for (const m of ctx.body.matchAll(NAME)) {
    let text = m[0];
    let start = m.index ?? 0;
    // Drop leading sentence words ("Auch Anna Berger", "Last Monday Anna Berger"): names do not
    // start with function words or dates.
    for (
      let w = /^(\S+)(\s+)/.exec(text);
      w && (NOT_NAMES.has(w[1]!) || DATE_WORD.test(w[1]!));
      w = /^(\S+)(\s+)/.exec(text)
    ) {
      start += w[0].length;
      text = text.slice(w[0].length);
    }
    // "Mr Varadkar", "Frau Warken": the form of address is no part of the name, and marks what follows as one.
    let addressed = false;
    const address = /^(\S+)(\s+)/.exec(text);
    if (address && HONORIFIC.test(address[1]!)) {
      start += address[0].length;
      text = text.slice(address[0].length);
      addressed = true;
    }
    // A particle joins given name and surname ("Ursula von der Leyen"): one word follows it. After
    // "nach dem Willen von Marineinspekteur Henrik Sommer" the words after "von" start a new run.
    // But given names before the particle make it part of the name, which then ends one word after
    // it: "Johann Wolfgang von Goethes Gedichtsammlung" — unless an article makes the first word a
    // noun ("dem Willen von") or a title follows the particle.
    const particle = HAS_PARTICLE.test(text) ? [...text.matchAll(PARTICLES_IN_RUN)].pop() : undefined;
    if (particle && text.slice((particle.index ?? 0) + particle[0].length).split(/\s+/).length > 1) {
      const cut = (particle.index ?? 0) + particle[0].length;
      const givenBefore =
        text
          .slice(0, particle.index)
          .split(/\s+/)
          .every((w) => isGiven(ctx, w)) &&
        !ARTICLE_BEFORE.test(ctx.body.slice(Math.max(0, start - 5), start)) &&
        !roleStartingAt.has(start + cut);
      if (givenBefore) {
        text = text.slice(0, cut) + /^\S+/.exec(text.slice(cut))![0];
      } else {
        start += cut;
        text = text.slice(cut);
      }
    }
    // "Analystin Lena Brandt", "Deputy Foreign Minister Pavel Orlin": a title inside the capitalised
    // run is not part of the name; the name starts after the last title and may run past the run.
    const inner = spansOverlapping(ctx.roles, { start, end: start + text.length }).filter(
      (r) => r.end < start + text.length,
    );
    let titled = false;
    if (inner.length > 0) {
      const cut = Math.max(...inner.map((r) => r.end));
      const lead = /^[ \u00A0]+/.exec(ctx.body.slice(cut));
      if (!lead) continue;
      NAME_AT.lastIndex = cut + lead[0].length;
      const rest = NAME_AT.exec(ctx.body);
      if (!rest) continue;
      start = cut + lead[0].length;
      text = rest[0];
      titled = true;
    }
    // "die Abgeordnete Sabine Kroll": a known given name inside the run starts the name.
    if (!titled) {
      const parts = text.split(/\s+/);
      const given = parts.findIndex((w, k) => k > 0 && k < parts.length - 1 && isGiven(ctx, w));
      if (given > 0 && !isGiven(ctx, parts[0]!)) {
        const skip = parts.slice(0, given).join(' ').length;
        const lead = /^\s+/.exec(text.slice(skip))![0].length;
        start += skip + lead;
        text = text.slice(skip + lead);
      }
      // German capitalises nouns, so a longer run is nouns before a name ("Bundeswehrgeneral Jonas
      // Weber" with a title we do not know): a name is given name and surname unless the run
      // starts with a known given name ("Hans Peter Krüger").
      const run = text.split(/\s+/);
      if (rules.capitalisedNouns && run.length >= 3 && !isGiven(ctx, run[0]!) && !HAS_PARTICLE.test(text)) {
        const skip = /\S+\s+\S+$/u.exec(text)!.index;
        start += skip;
        text = text.slice(skip);
      }
    }
    const words = text.split(/\s+/);
    // "Sabine Siebold Reuters": a known name ends the unknown one.
    const overlap = mentionsOverlapping(ctx, { start, end: start + text.length }).sort((a, b) => a.start - b.start)[0];
    if (overlap) {
      if (overlap.start <= start) continue;
      text = ctx.body.slice(start, overlap.start).trimEnd();
      words.splice(text.split(/\s+/).length);
    }
    // A name never ends in a particle or a lower-case word ("Munkler zu" before "Reuters TV").
    text = text.replace(/(?:\s+\p{Ll}\S*)+$/u, '');
    // "Justice Antonin Scalia’s seat": the possessive ending is no part of the name.
    text = text.replace(/['’]s?$/u, '');
    const end = start + text.length;
    if (!text || NOT_NAMES.has(text) || covered(start, end)) continue;
    // "Fianna Fáil TD Niamh Dolan": words right before a title that a name follows qualify the title
    const titleAfter = ctx.body[end] === ' ' ? roleStartingAt.get(end + 1) : undefined;
    if (titleAfter && /^[ \u00A0]+\p{Lu}/u.test(ctx.body.slice(titleAfter.end, titleAfter.end + 3))) continue;
    const multiWord = /\s/.test(text);
    const before = ctx.body.slice(Math.max(0, start - 40), start);
    const after = ctx.body.slice(end, end + 60);

    // only a space may separate title and name: a line break starts a new heading
    const afterRole =
      titled ||
      addressed ||
      (ctx.body[start - 1] === ' ' && roleEndsAt.has(start - 1)) ||
      ABBREVIATED_TITLE_BEFORE.test(before);
    // A lone capitalised word after a role is a surname ("Präsident Müller"), but not a German noun
    // starting the next phrase; require that nothing but a space separates them.
    if (!multiWord && !afterRole) continue;
    // The evidence, cheapest first; each test is asked only while none before it holds.
    const accept =
      afterRole ||
      // "Anna Berger": a known given name
      (multiWord && isGiven(ctx, words[0]!)) ||
      // "Anna Berger, die Ministerin"
      anyOffset(end + 1, end + 6, (at) => roleStartingAt.has(at) && ROLE_AFTER_COMMA.test(ctx.body.slice(end, at))) ||
      // "Joanna Wierzba, a senior fellow at the Vistula Strategy Forum": an English apposition that
      // places the name in an institution.
      (multiWord && !!rules.appositionAt?.test(after)) ||
      (multiWord &&
        /^\s*[,(]/.test(after) &&
        anyOffset(
          start - 60,
          start,
          (at) => roleEndsAt.has(at) && TITLE_TO_APPOSITION.test(ctx.body.slice(at, start)),
        )) ||
      // a dash attribution line
      /(?:^|\n)\s*[—–-]\s*$/.test(before) ||
      (multiWord &&
        (cues.before.test(before) ||
          cues.beforeTitled.test(before) ||
          cues.after.test(after) ||
          surnameSpeaks(ctx, words[words.length - 1]!, cues, speaking) ||
          (words.length >= 3 && surnameSpeaks(ctx, words[0]!, cues, speaking))));
    if (!accept) continue;
    found.push({ start, end, text });
  }

  for (const name of found) addMention(ctx, newEntity(ctx, 'Person', name.text), name);
}

/** "Laane said", "sagte Laane", "so Laane" somewhere in the text: the surname is used as a speaker. */
function surnameSpeaks(ctx: Context, surname: string, cues: VerbCues, seen: Map<string, boolean>): boolean {
  const known = seen.get(surname);
  if (known !== undefined) return known;
  let speaks = false;
  if (surname.length >= 3 && !NOT_NAMES.has(surname) && /^\p{Lu}\p{Ll}/u.test(surname) && !DATE_WORD.test(surname)) {
    for (let at = ctx.body.indexOf(surname); at >= 0 && !speaks; at = ctx.body.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (/[\p{L}\d-]/u.test(ctx.body[at - 1] ?? ' ') || /[\p{L}\d-]/u.test(ctx.body[end] ?? ' ')) continue;
      speaks =
        cues.after.test(ctx.body.slice(end, end + 40)) ||
        cues.beforeOrCue.test(ctx.body.slice(Math.max(0, at - 40), at));
    }
  }
  seen.set(surname, speaks);
  return speaks;
}

/** Later "Whitaker" alone refers to the "Matthew Whitaker" found earlier in the document. */
export function findSurnameMentions(ctx: Context): void {
  const persons = [...ctx.entities.values()].filter((e) => e.type === 'Person' && /\s/.test(e.name));
  for (const person of persons) for (const word of personShortForms(person.name)) linkWord(ctx, person, word);
}

function linkWord(ctx: Context, person: ExtractedEntity, word: string): void {
  if (word.length < 3) return;
  for (const { start, end } of wordOccurrences(ctx.body, word)) {
    if (mentionsOverlapping(ctx, { start, end }).length > 0) continue;
    addMention(ctx, person, { start, end });
  }
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** Whether the code point ending right before `at` is a letter or digit (a surrogate pair counts as one). */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair =
    at >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(pair ? at - 2 : at - 1)!));
}

function letterOrDigitAt(text: string, at: number): boolean {
  return at < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * The matches of /(?<![\p{L}\d])WORDs?(?![\p{L}\d])/gu (WORD taken literally), found with indexOf:
 * a name's word is looked for once per person, and the pattern was tried at every position of the text.
 */
export function* wordOccurrences(text: string, word: string): Generator<Span> {
  for (let from = 0, at = text.indexOf(word); at >= 0; at = text.indexOf(word, from)) {
    let end = at + word.length;
    if (letterOrDigitBefore(text, at)) {
      from = at + 1;
      continue;
    }
    if (text[end] === 's' && !letterOrDigitAt(text, end + 1)) end++;
    else if (letterOrDigitAt(text, end)) {
      from = at + 1;
      continue;
    }
    yield { start: at, end };
    from = end;
  }
}
