// No invented years: an article without a publication date gives no year it does not write. Every
// date value anywhere in the extraction (dates, quotes' and claims' said, events, roles) is checked,
// so a stage that dates things on its own is held to the same rule. Invented articles below, and
// the undated real articles of ../shared/corpus when it is there.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../index.ts';
import { readArticle } from '../../evaluation/gold-sets.ts';

const UNDATED: Record<string, { lang: 'de' | 'en'; body: string }> = {
  'durations and counts': {
    lang: 'en',
    body:
      'The union leader spoke for 19 minutes before the strike began on Friday. "We have waited 30 years ' +
      'for this," she said.\n\n' +
      'About 2,000 workers and more than 1500 drivers joined. A week later, talks resumed. Two days after ' +
      'the march, the mayor resigned.\n\n' +
      'Last year the company cut 300 jobs; next year it plans more. Last month it hired 40 people, and it ' +
      'will report in the third quarter.',
  },
  'weekdays, months and relative words': {
    lang: 'de',
    body:
      'Am Sonntagnachmittag gab der Kandidat seine Stimme ab. Am Freitagabend hatte es einen Angriff ' +
      'gegeben, sagte der Minister am Sonnabend.\n\n' +
      '„Wir warten seit 30 Jahren darauf“, sagte sie vor einem Jahr. Im Vorjahr war die Zahl höher, im ' +
      'vergangenen Monat niedriger.\n\n' +
      'Im Juni tagt die Konferenz, in KW 12 der Ausschuss, im Sommer das Parlament. In den 90er Jahren war ' +
      'das anders. Zum Jahreswechsel steigen die Beiträge, gestern Abend wurde verhandelt.',
  },
  'numbers that are not years': {
    lang: 'de',
    body:
      'Rund 1950 Menschen kamen, die 2000 Beschäftigten streikten. Der Preis stieg auf 2.019 Euro, Seite ' +
      '2001 nennt 1999 Fälle.\n\n' +
      'Das Werk hat 2030 Mitarbeiter, und mehr als 2010 Gäste kamen am Montag. Bis zum Ende des nächsten ' +
      'Jahrzehnts soll alles anders sein.\n\n' +
      'In der Saison 1987/88 spielte er noch, im Vorjahr nicht. Ein Jahr später kam der Titel.',
  },
  'dateline without a year': {
    lang: 'en',
    body:
      'OSLO, March 29 (Reuters) - Norway said on Thursday it would buy tanks, the ministry said. Yesterday ' +
      'the parliament agreed, and tonight the king signs.',
  },
};

/** Every string in the extraction that is a date value: 2026, 2026-02, 2026-02-15, 194X, a/b. */
function dateValues(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^(?:\d{4}|XXXX|\d{3}X)(?:-[\dX]{2}){0,2}(?:\/(?:\d{4}|XXXX|\d{3}X)(?:-[\dX]{2}){0,2})?$/.test(value))
      out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) dateValues(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) dateValues(v, out);
  }
  return out;
}

/**
 * The years a body writes: four digits, and the short second year of "2021/22". A year one off a
 * written one is derived, not invented: "Vorjahr" in a sentence about 2019 is 2018.
 */
function writtenYears(body: string): Set<number> {
  const years = new Set<number>();
  for (const m of body.matchAll(/(?<!\d)(\d{4})(?:[/–-](\d{2})(?!\d))?/g)) {
    const year = Number(m[1]);
    years.add(year);
    if (m[2]) years.add(year - (year % 100) + Number(m[2]));
  }
  return new Set([...years].flatMap((y) => [y - 1, y, y + 1]));
}

/** Years (or a decade's first three digits) in date values that the body never writes. */
function inventedYears(body: string, values: string[]): string[] {
  const allowed = writtenYears(body);
  const invented: string[] = [];
  for (const value of values) {
    for (const m of value.matchAll(/(\d{4})|(\d{3})X/g)) {
      const written = m[1] ? allowed.has(Number(m[1])) : new RegExp(`(?<!\\d)${m[2]}\\d(?!\\d)`).test(body);
      if (!written) invented.push(`${value} (${m[0]})`);
    }
  }
  return invented;
}

function extractUndated(body: string, lang: string, source: string) {
  return extractDocument(body, { source, title: null, url: null, outlet: null, publishedAt: null, lang });
}

describe('no invented years', () => {
  it.each(Object.entries(UNDATED))(
    'when the undated article "%s" is extracted, then every year in the output is written in it',
    (name, { lang, body }) => {
      const doc = extractUndated(body, lang, `${name}.txt`);
      expect(inventedYears(body, dateValues(doc))).toEqual([]);
    },
  );

  it('when a duration stands where a date could, then it gives no date at all', () => {
    const doc = extractUndated('She spoke for 19 minutes before the vote.', 'en', 'duration.txt');
    expect(doc.dates).toEqual([]);
  });

  const corpus = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
  const files = existsSync(corpus)
    ? ['', 'dev', 'dev-broad'].flatMap((dir) =>
        existsSync(join(corpus, dir))
          ? readdirSync(join(corpus, dir))
              .filter((f) => f.endsWith('.txt'))
              .map((f) => join(corpus, dir, f))
          : [],
      )
    : [];
  const undated = files.map((file) => ({ file, ...readArticle(file).doc })).filter((d) => d.meta.publishedAt === null);

  it.skipIf(undated.length === 0)(
    'when the undated real articles of ../shared/corpus are extracted, ' +
      'then every year in the output is written in them (skipped without ../shared/corpus)',
    () => {
      for (const d of undated) {
        const lang = d.meta.lang ?? (d.file.includes('.de.') ? 'de' : 'en');
        const doc = extractUndated(d.body, lang, d.file);
        expect({ file: d.file, invented: inventedYears(d.body, dateValues(doc)) }).toEqual({
          file: d.file,
          invented: [],
        });
      }
    },
  );
});
