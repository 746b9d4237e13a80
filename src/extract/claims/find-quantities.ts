// Numbers with what they count: "rund 200 Stellen", "80,000 troops", "5%", "ein paar tausend Soldaten".

import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';
import { anyOf } from '../lang/word-alternation.ts';

export interface Quantity {
  text: string;
  value: number;
  unit: string | null;
  approximate: boolean;
  start: number;
  end: number;
}

// The words of every pack combined, in pack order: a claim in one language quotes figures in another.
const lists = everyLanguagePack().map((p) => p.numberWords.quantities);
const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

const WORD_NUMBERS: ReadonlyMap<string, number> = new Map(lists.flatMap((l) => Object.entries(l.numberWords)));
const SCALE: ReadonlyMap<string, number> = new Map(lists.flatMap((l) => Object.entries(l.scales)));
const FEW = lists.flatMap((l) => l.few.map((w) => w.toLowerCase()));
const PERCENT: ReadonlySet<string> = new Set(lists.flatMap((l) => l.percent.map((w) => w.toLowerCase())));
// Nothing after a number word or a scale word is required, so the first that matches is taken: the
// number words in the packs' order ("zwei" before "zweier"), scale and few words longest first
// ("millionen" before "million"), the percent words before any word.
const NUMBER =
  '(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d+)?|' +
  `${anyOf([...WORD_NUMBERS.keys()])}|` +
  `${anyOf(longestFirst(FEW))})`;
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d])(?:(${anyOf(lists.flatMap((l) => l.hedges))})\\s+)?${NUMBER}(?:\\s+` +
    `(${anyOf(longestFirst([...SCALE.keys()]))}))?\\s*(%|${anyOf(lists.flatMap((l) => l.percent))}|` +
    '\\p{L}[\\p{L}-]*)?',
  'giu',
);
const NOT_UNITS = new RegExp(`^(?:${anyOf(lists.flatMap((l) => l.notUnits))})$`, 'i');

function parseNumber(text: string, pack: LanguagePack): number {
  const lower = text.toLowerCase();
  const word = WORD_NUMBERS.get(lower);
  if (word !== undefined) return word;
  if (FEW.some((f) => lower.startsWith(f))) return 2;
  // German writes 1.000,5; English 1,000.5 (number-words.json, separators).
  const { thousands, decimal } = pack.numberWords.separators;
  const normalized = text.replaceAll(thousands, '').replace(decimal, '.');
  return Number(normalized);
}

export function findQuantities(text: string, offset: number, pack: LanguagePack): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, hedge, numberText, scaleWord, unitWord] = m;
    if (!numberText) continue;
    // Years and days of dates are not quantities.
    if (/^(?:19|20)\d{2}$/.test(numberText) && !unitWord) continue;
    if (
      /^\d{1,2}$/.test(numberText) &&
      /^\./.test(text.slice((m.index ?? 0) + whole.indexOf(numberText) + numberText.length))
    )
      continue;
    const isWord = /^\p{L}/u.test(numberText);
    let unit = unitWord && !NOT_UNITS.test(unitWord) ? unitWord : null;
    if (isWord && !unit) continue;
    let value = parseNumber(numberText, pack);
    if (scaleWord) value *= SCALE.get(scaleWord.toLowerCase()) ?? 1;
    if (!Number.isFinite(value)) continue;
    let matched = whole;
    if (unitWord && !unit) matched = whole.slice(0, whole.lastIndexOf(unitWord)).trimEnd();
    if (unit === '%' || PERCENT.has((unit ?? '').toLowerCase())) unit = '%';
    const approximate = Boolean(hedge) || FEW.some((f) => numberText.toLowerCase().startsWith(f));
    const start = offset + (m.index ?? 0);
    found.push({ text: matched.trim(), value, unit, approximate, start, end: start + matched.trim().length });
  }
  return found;
}
