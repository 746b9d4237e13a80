// Numbers with what they count: "rund 200 Stellen", "80,000 troops", "5%", "ein paar tausend Soldaten".

import type { LanguagePack } from '../lang/language-pack.ts';

export interface Quantity {
  text: string;
  value: number;
  unit: string | null;
  approximate: boolean;
  start: number;
  end: number;
}

const HEDGE = '(?:rund|etwa|circa|ca\\.|fast|knapp|mehr als|über|bis zu|gut|nahezu|about|around|roughly|nearly|almost|some|more than|over|up to|approximately|an estimated)';
const WORD_NUMBERS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12, hundert: 100, tausend: 1000,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, hundred: 100, thousand: 1000,
  zweier: 2, dreier: 3, zweien: 2, dreien: 3, zweiten: 2,
};
const SCALE: Record<string, number> = { tausend: 1e3, thousand: 1e3, million: 1e6, millionen: 1e6, milliarden: 1e9, billion: 1e9, mrd: 1e9, mio: 1e6 };
const NUMBER = `(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d+)?|${Object.keys(WORD_NUMBERS).join('|')}|ein paar|a couple(?: of)?|a few)`;
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d])(?:(${HEDGE})\\s+)?${NUMBER}(?:\\s+(tausend|thousand|Millionen|Milliarden|million|billion|Mrd\\.?|Mio\\.?))?\\s*(%|Prozent|percent|per cent|\\p{L}[\\p{L}-]*)?`,
  'giu',
);
const NOT_UNITS = /^(?:und|and|oder|or|der|die|das|the|of|von|in|im|bis|to|a|an|den|dem|des|mit|for|für|zu|auf|was|war|is|sind|ist)$/i;

function parseNumber(text: string, pack: LanguagePack): number {
  const lower = text.toLowerCase();
  if (lower in WORD_NUMBERS) return WORD_NUMBERS[lower]!;
  if (/^(ein paar|a couple|a few)/.test(lower)) return 2;
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
    if (/^\d{1,2}$/.test(numberText) && /^\./.test(text.slice((m.index ?? 0) + (whole.indexOf(numberText)) + numberText.length))) continue;
    const isWord = /^\p{L}/u.test(numberText);
    let unit = unitWord && !NOT_UNITS.test(unitWord) ? unitWord : null;
    if (isWord && !unit) continue;
    let value = parseNumber(numberText, pack);
    if (scaleWord) value *= SCALE[scaleWord.toLowerCase().replace(/\.$/, '')] ?? 1;
    if (!Number.isFinite(value)) continue;
    let matched = whole;
    if (unitWord && !unit) matched = whole.slice(0, whole.lastIndexOf(unitWord)).trimEnd();
    if (unit === '%' || /^(prozent|percent|per cent)$/i.test(unit ?? '')) unit = '%';
    const approximate = Boolean(hedge) || /^(ein paar|a couple|a few)/i.test(numberText);
    const start = offset + (m.index ?? 0);
    found.push({ text: matched.trim(), value, unit, approximate, start, end: start + matched.trim().length });
  }
  return found;
}
