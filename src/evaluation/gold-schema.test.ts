import { describe, expect, it } from 'vitest';
import { GOLD_SETS, listGoldArticles } from './gold-sets.ts';
import { parseGold, readGold } from './gold-schema.ts';

const minimal = {
  article: 'a.txt',
  quotes: [{ text: 'Wir gehen nicht', speaker: 'Marco Rubio', kind: 'direct', offsets: [12] }],
};

describe('gold schema', () => {
  it('when a gold file leaves out the optional lists, then they read as empty', () => {
    expect(parseGold('a.json', JSON.stringify(minimal))).toMatchObject({
      notQuotes: [],
      reported: [],
      entities: {},
      aliases: {},
      dates: [],
      reports: [],
    });
  });

  it('when a field is malformed, then the error names the file and the field', () => {
    const bad = { ...minimal, dates: [{ surface: 'im Januar', resolved: 'January 2026' }] };
    expect(() => parseGold('a.json', JSON.stringify(bad))).toThrow(
      /^a\.json: not a valid gold file:\n {2}dates\.0\.resolved: /,
    );
  });

  it('when a quote has no speaker, then it needs a description of who spoke', () => {
    const unnamed = { ...minimal, quotes: [{ ...minimal.quotes[0], speaker: null }] };
    expect(() => parseGold('a.json', JSON.stringify(unnamed))).toThrow(/speakerDescription/);
    const described = {
      ...minimal,
      quotes: [{ ...minimal.quotes[0], speaker: null, speakerDescription: 'a NATO official' }],
    };
    expect(parseGold('a.json', JSON.stringify(described)).quotes[0]?.speaker).toBeNull();
  });

  it('when a date has only a partial value, then the partial is --MM-DD or --MM', () => {
    const partial = (p: string) =>
      JSON.stringify({ ...minimal, dates: [{ surface: 'am 20. Januar', resolved: null, partial: p }] });
    expect(parseGold('a.json', partial('--01-20')).dates[0]?.partial).toBe('--01-20');
    expect(() => parseGold('a.json', partial('01-20'))).toThrow(/dates\.0\.partial/);
  });
});

// Real sets live in ../shared/corpus, outside the repository; a machine without it says so.
const missing = GOLD_SETS.filter((s) => listGoldArticles(s).length === 0);
for (const s of missing) console.warn(`[skipped] gold schema check of the ${s.name} set: no gold under ${s.dir}`);

for (const set of GOLD_SETS) {
  const files = listGoldArticles(set);
  describe.skipIf(files.length === 0)(`the ${set.name} gold files`, () => {
    it.each(files.map((f) => [f.name, f] as const))(
      'when the gold of %s is read, then it fits the schema and names its article',
      (name, file) => {
        expect(readGold(file.goldPath).article).toBe(name);
      },
    );
  });
}
