// The bilingual lexicon of lineage (data/lineage/de-en-news.tsv, docs/decisions/0012) and the
// alias table's single-word names: what lets a German rendering and an English one meet on the
// same concepts without a translation model.

import { readFileSync } from 'node:fs';
import { defaultAliasTable } from '../extract/aliases/alias-table.ts';
import { stem } from './stem.ts';
import { wordsOf } from './words.ts';

export const LEXICON_FILE = new URL('../../data/lineage/de-en-news.tsv', import.meta.url);

/** Words that carry no content of their own in either language: left out of concept lists. */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    (
      'a an the and or but of to in on at by for from with as is are was were be been being am do does did ' +
      'have has had this that these those it its we our us you your they their them he his she her i me my ' +
      'there here what which who whom whose than then so if about into over under also just very really ' +
      'whether while where when how why because up out off such own may might should'
    ).split(' '),
  ),
  de: new Set(
    (
      'der die das den dem des ein und oder aber von zu zum zur in im an am auf bei für mit als ist sind war ' +
      'waren sein seien sei wird hat haben hatte es wir uns ihr ihre ihren sie er ich mich mein dass daß ' +
      'sich auch schon noch nur sehr so wie wenn weil da dort hier was wer welche welcher dies diese dieser ' +
      'dieses eine einer einem einen eines denn doch ja um aus über unter vom beim ins dabei handele handelt ' +
      'zufolge zudem außerdem soll solle ' +
      'sollen sollte sollten hätte hätten habe würden wäre wären könne könnten müsse müssten seien'
    ).split(' '),
  ),
};

interface Phrase {
  stems: string[];
  concepts: string[];
}

interface LanguageIndex {
  words: Map<string, string[]>;
  /** phrases by their first stem, longest first */
  phrases: Map<string, Phrase[]>;
}

export interface Lexicon {
  en: LanguageIndex;
  de: LanguageIndex;
  /** concepts the file defines */
  size: number;
}

function addForm(index: LanguageIndex, lang: string, form: string, concept: string): void {
  const stems = wordsOf(form, lang).map((w) => stem(lang, w));
  if (!stems.length) return;
  if (stems.length === 1) {
    const list = index.words.get(stems[0]!) ?? [];
    if (!list.includes(concept)) list.push(concept);
    index.words.set(stems[0]!, list);
    return;
  }
  const list = index.phrases.get(stems[0]!) ?? [];
  list.push({ stems, concepts: [concept] });
  list.sort((a, b) => b.stems.length - a.stems.length);
  index.phrases.set(stems[0]!, list);
}

export function parseLexicon(text: string): Lexicon {
  const lexicon: Lexicon = {
    en: { words: new Map(), phrases: new Map() },
    de: { words: new Map(), phrases: new Map() },
    size: 0,
  };
  for (const [n, line] of text.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [concept, en, de] = line.split('\t');
    if (!concept || !en || !de) throw new Error(`${LEXICON_FILE.pathname}:${n + 1}: expected concept, English, German`);
    lexicon.size++;
    for (const form of en.split('|')) addForm(lexicon.en, 'en', form, concept);
    for (const form of de.split('|')) addForm(lexicon.de, 'de', form, concept);
  }
  // single-word names of the alias table (Naples / Neapel) are concepts of their own: the entity
  for (const entry of defaultAliasTable().entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      for (const lang of ['en', 'de'] as const) {
        const words = wordsOf(name, lang);
        if (words.length !== 1 || words[0]!.length < 3) continue;
        const key = stem(lang, words[0]!);
        const index = lexicon[lang].words;
        if (!index.has(key)) index.set(key, [`entity:${entry.id}`]);
      }
    }
  }
  return lexicon;
}

let cached: Lexicon | null = null;
export function defaultLexicon(): Lexicon {
  cached ??= parseLexicon(readFileSync(LEXICON_FILE, 'utf8'));
  return cached;
}

// Separable German verbs put "zu" after their prefix: "umzuverteilen" is "umverteilen".
const ZU_INFIX = /^(ab|an|auf|aus|bei|ein|fest|mit|nach|um|vor|weg|zurück|über|unter|durch|her|hin)zu(\p{L}{3,})$/u;

/**
 * A German compound the lexicon does not hold as one word: its last part that the lexicon knows,
 * after a first part it also knows (an "s" may join them: "Sicherheitslast" is security + burden,
 * "Aufgabenverteilung" already a word of its own); or a separable verb with its "zu" taken out.
 */
function germanCompound(word: string, index: LanguageIndex): string[] | undefined {
  const infix = ZU_INFIX.exec(word);
  if (infix) return index.words.get(stem('de', infix[1]! + infix[2]!));
  if (word.length < 8) return undefined;
  for (let cut = 4; cut <= word.length - 4; cut++) {
    const head = word.slice(0, cut);
    const tail = index.words.get(stem('de', word.slice(cut)));
    if (!tail) continue;
    const first =
      index.words.get(stem('de', head)) ??
      (head.endsWith('s') ? index.words.get(stem('de', head.slice(0, -1))) : undefined);
    if (first) return [...new Set([...first, ...tail])];
  }
  return undefined;
}

/**
 * What a rendering says, as concepts: lexicon concepts (phrases first), names, numbers, and the
 * stems of content words the lexicon does not know (they still meet their equals in the same language).
 * Each item is the set of concepts one word or phrase can stand for.
 */
export function conceptsOf(text: string, lang: string, lexicon: Lexicon = defaultLexicon()): string[][] {
  const index = lang === 'de' ? lexicon.de : lexicon.en;
  const stop = STOPWORDS[lang] ?? STOPWORDS.en!;
  const words = wordsOf(text, lang);
  const stems = words.map((w) => stem(lang, w));
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = index.phrases.get(stems[i]!)?.find((p) => p.stems.every((s, k) => stems[i + k] === s));
    if (phrase) {
      out.push(phrase.concepts);
      i += phrase.stems.length - 1;
      continue;
    }
    // a function word stays one even when its stem meets a lexicon form ("sich", "sicher")
    if (stop.has(words[i]!)) continue;
    const known = index.words.get(stems[i]!) ?? (lang === 'de' ? germanCompound(words[i]!, index) : undefined);
    if (known) out.push(known);
    else if (/^\d+$/.test(words[i]!)) out.push([`number:${words[i]}`]);
    else if (words[i]!.length > 2) out.push([`word:${lang}:${stems[i]}`]);
  }
  return out;
}
