// Month and weekday names of German and English news text, with the abbreviations agencies use.

const MONTHS: Record<string, number> = {};
const add = (month: number, ...names: string[]): void => {
  for (const name of names) MONTHS[name.toLowerCase()] = month;
};
add(1, 'Januar', 'Jänner', 'January', 'Jan');
add(2, 'Februar', 'Feber', 'February', 'Feb');
add(3, 'März', 'March', 'Mar', 'Mrz');
add(4, 'April', 'Apr');
add(5, 'Mai', 'May');
add(6, 'Juni', 'June', 'Jun');
add(7, 'Juli', 'July', 'Jul');
add(8, 'August', 'Aug');
add(9, 'September', 'Sept', 'Sep');
add(10, 'Oktober', 'October', 'Okt', 'Oct');
add(11, 'November', 'Nov');
add(12, 'Dezember', 'December', 'Dez', 'Dec');

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Full names only: an abbreviation without a day ("Mar") is too often something else. */
export const MONTH_NAME_PATTERN =
  'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December';

const WEEKDAYS: Record<string, number> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export function weekdayNumber(name: string): number | null {
  return WEEKDAYS[name.toLowerCase()] ?? null;
}

export const WEEKDAY_PATTERN =
  'Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';
