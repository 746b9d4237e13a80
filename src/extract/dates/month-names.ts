// Month and weekday names, with the abbreviations agencies use (pack data:
// src/extract/lang/<lang>/calendar.json). Every language's names are recognised in any text, as
// German articles quote English sources and the other way round.

import { everyLanguagePack } from '../lang/language-pack.ts';

const packs = everyLanguagePack();

const MONTHS: Record<string, number> = {};
const WEEKDAYS: Record<string, number> = {};
for (const { calendar } of packs) {
  calendar.months.forEach((m, i) => {
    for (const name of [...m.names, ...m.withDayOnly]) MONTHS[name.toLowerCase()] = i + 1;
  });
  calendar.weekdays.forEach((names, day) => {
    for (const name of names) WEEKDAYS[name.toLowerCase()] = day;
  });
}

/** Each name once, in pack order: the first language's names, then the names only the next adds. */
const alternation = (names: string[]): string => [...new Set(names)].join('|');

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Full names only: an abbreviation without a day ("Mar") is too often something else. */
export const MONTH_NAME_PATTERN = alternation(packs.flatMap((p) => p.calendar.months.flatMap((m) => m.names)));

export function weekdayNumber(name: string): number | null {
  return WEEKDAYS[name.toLowerCase()] ?? null;
}

export const WEEKDAY_PATTERN = alternation(packs.flatMap((p) => p.calendar.weekdays.flat()));
