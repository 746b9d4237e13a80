import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/index.ts';
import { GOLD_SETS, listGoldArticles, readGoldArticle } from './gold-sets.ts';
import { GoldSchema, type Gold } from './gold-schema.ts';
import { emptyCounts, metrics, scoreDocument, sumCounts, type Extraction } from './score.ts';

// Minimal invented documents: the scorer is tested on its rules, not on what the extractor finds.
const BODY = '„Wir haben ein gutes Gefühl“, sagte Kickl am Sonntag. Wie Reuters berichtete, stimmte die FPÖ zu.';
const QUOTE = 'Wir haben ein gutes Gefühl';
const QUOTE_AT = BODY.indexOf(QUOTE);

const gold = (over: Partial<Record<keyof Gold, unknown>> = {}): Gold =>
  GoldSchema.parse({
    article: 'x.txt',
    quotes: [{ text: QUOTE, speaker: 'Herbert Kickl', kind: 'direct', offsets: [QUOTE_AT] }],
    aliases: { 'Herbert Kickl': ['Kickl'], 'Freedom Party of Austria': ['FPÖ'] },
    ...over,
  });

const doc = (over: Partial<Extraction> = {}): Extraction => ({
  body: BODY,
  publishedAt: '2024-09-30',
  quotes: [{ start: QUOTE_AT, end: QUOTE_AT + QUOTE.length, text: QUOTE, speaker: { name: 'Kickl' } }],
  dates: [],
  reports: [],
  entities: [],
  ...over,
});

const at = (surface: string) => ({ start: BODY.indexOf(surface), end: BODY.indexOf(surface) + surface.length });

describe('quotes', () => {
  it('when our span is off by one character at either end, then the quote matches', () => {
    const q = { start: QUOTE_AT - 1, end: QUOTE_AT + QUOTE.length + 1, text: QUOTE, speaker: null };
    expect(scoreDocument(doc({ quotes: [q] }), gold())).toMatchObject({
      quotesMatched: 1,
      quotesOurs: 1,
      quotesGold: 1,
    });
  });

  it('when our span starts two characters off, then the gold quote is missed and ours is extra', () => {
    const q = { start: QUOTE_AT + 2, end: QUOTE_AT + QUOTE.length, text: QUOTE.slice(2), speaker: null };
    const s = scoreDocument(doc({ quotes: [q] }), gold());
    expect(s).toMatchObject({ quotesMatched: 0, quotesOurs: 1 });
    expect(s.misses.map((m) => m.kind)).toEqual(['quote-missed', 'quote-extra']);
  });

  it('when the gold quote is truncated, then our longer quote from the same start matches', () => {
    const g = gold({
      quotes: [{ text: 'Wir haben', speaker: 'Herbert Kickl', kind: 'direct', offsets: [QUOTE_AT], truncated: true }],
    });
    expect(scoreDocument(doc(), g).quotesMatched).toBe(1);
  });

  it('when a notQuote is extracted as a quote, then it is counted', () => {
    const g = gold({ notQuotes: [{ text: QUOTE }] });
    expect(scoreDocument(doc(), g).notQuotesTaken).toBe(1);
  });
});

describe('speakers', () => {
  it('when our speaker is a surface form the gold lists for the speaker, then it is right', () => {
    expect(scoreDocument(doc(), gold()).speakerRight).toBe(1);
    const full = doc({ quotes: [{ ...doc().quotes[0]!, speaker: { name: 'herbert  KICKL' } }] });
    expect(scoreDocument(full, gold()).speakerRight).toBe(1);
  });

  it('when our speaker is someone else or no one, then it is wrong', () => {
    for (const speaker of [{ name: 'Karl Nehammer' }, null]) {
      const s = scoreDocument(doc({ quotes: [{ ...doc().quotes[0]!, speaker }] }), gold());
      expect(s.speakerRight).toBe(0);
      expect(s.misses[0]?.kind).toBe('speaker');
    }
  });

  it('when the gold speaker is unnamed, then we are right only when we name no one', () => {
    const g = gold({
      quotes: [{ text: QUOTE, speaker: null, speakerDescription: 'ein Sprecher', kind: 'direct', offsets: [QUOTE_AT] }],
    });
    expect(scoreDocument(doc({ quotes: [{ ...doc().quotes[0]!, speaker: null }] }), g).speakerRight).toBe(1);
    expect(scoreDocument(doc(), g).speakerRight).toBe(0);
  });
});

describe('dates', () => {
  const sonntag = { ...at('am Sonntag'), precision: 'day' as const };

  it(
    'when the gold date resolves, ' +
      'then strict needs our value and contract also takes an unknown year in an undated article',
    () => {
      const g = gold({ dates: [{ surface: 'am Sonntag', resolved: '2024-09-29' }] });
      expect(
        scoreDocument(
          doc({ dates: [{ ...sonntag, edtf: '2024-09-29', earliest: '2024-09-29', latest: '2024-09-29' }] }),
          g,
        ),
      ).toMatchObject({ datesRightStrict: 1, datesRightContract: 1 });
      const unknownYear = {
        ...sonntag,
        edtf: 'XXXX-09-29',
        earliest: null,
        latest: null,
        precision: 'unknown-year' as const,
      };
      expect(scoreDocument(doc({ publishedAt: null, dates: [unknownYear] }), g)).toMatchObject({
        datesRightStrict: 0,
        datesRightContract: 1,
      });
      expect(scoreDocument(doc({ dates: [unknownYear] }), g)).toMatchObject({
        datesRightStrict: 0,
        datesRightContract: 0,
      });
    },
  );

  it('when the gold gives only a partial date, then our unknown-year date with that month and day is right', () => {
    const g = gold({ dates: [{ surface: 'am Sonntag', resolved: null, partial: '--09-29' }] });
    const ours = { ...sonntag, edtf: 'XXXX-09-29', earliest: null, latest: null, precision: 'unknown-year' as const };
    expect(scoreDocument(doc({ publishedAt: null, dates: [ours] }), g)).toMatchObject({
      datesRightStrict: 1,
      datesUnresolvable: 0,
    });
  });

  it(
    'when the gold date has no calendar value, ' +
      'then no date or one without bounds is right, and a calendar value is invented',
    () => {
      const g = gold({ dates: [{ surface: 'am Sonntag', resolved: null }] });
      expect(scoreDocument(doc(), g)).toMatchObject({
        datesGold: 1,
        datesRightContract: 1,
        datesRightStrict: 1,
        datesUnresolvable: 1,
        datesUnresolvableRight: 1,
      });
      const unbounded = {
        ...sonntag,
        edtf: 'XXXX-XX-XX',
        earliest: null,
        latest: null,
        precision: 'unknown-year' as const,
      };
      expect(scoreDocument(doc({ dates: [unbounded] }), g).datesUnresolvableRight).toBe(1);
      const invented = scoreDocument(
        doc({ dates: [{ ...sonntag, edtf: '2000-01-01', earliest: '2000-01-01', latest: '2000-01-01' }] }),
        g,
      );
      expect(invented).toMatchObject({ datesUnresolvable: 1, datesUnresolvableRight: 0, datesRightContract: 0 });
      expect(invented.misses.map((m) => m.kind)).toEqual(['date-invented']);
    },
  );

  it('when the gold cannot write a decade the text gives, then our decade value is not invented', () => {
    const body = 'Laura died in the 1940s, she said.';
    const g = gold({ quotes: [], dates: [{ surface: 'in the 1940s', resolved: null }] });
    const decade = (edtf: string) => ({
      start: 11,
      end: 23,
      edtf,
      earliest: `${edtf.slice(0, 3)}0-01-01`,
      latest: `${edtf.slice(0, 3)}9-12-31`,
      precision: 'range' as const,
    });
    expect(scoreDocument(doc({ body, quotes: [], dates: [decade('194X')] }), g).datesUnresolvableRight).toBe(1);
    expect(scoreDocument(doc({ body, quotes: [], dates: [decade('195X')] }), g).datesUnresolvableRight).toBe(0);
  });

  it('when the gold gives an offset, then the date is looked up there, not at the first occurrence', () => {
    const body = 'Am Montag sprach er. Am Montag stimmte er ab.';
    const second = body.lastIndexOf('Am Montag');
    const g = gold({ quotes: [], dates: [{ surface: 'Am Montag', resolved: '2024-09-30', offset: second }] });
    const ours = {
      start: second,
      end: second + 9,
      edtf: '2024-09-30',
      earliest: '2024-09-30',
      latest: '2024-09-30',
      precision: 'day' as const,
    };
    expect(scoreDocument(doc({ body, quotes: [], dates: [ours] }), g).datesRightStrict).toBe(1);
  });
});

describe('reports and entities', () => {
  it('when our report names the gold outlet where the gold surface stands, then it is found', () => {
    const g = gold({ reports: [{ outlet: 'Reuters', surface: 'Wie Reuters berichtete' }] });
    const report = { publisher: { name: 'Reuters', entityId: 'e1' }, evidence: at('Reuters berichtete') };
    expect(scoreDocument(doc({ reports: [report] }), g).reportsFound).toBe(1);
    expect(scoreDocument(doc({ reports: [{ ...report, evidence: at('sagte Kickl') }] }), g).reportsFound).toBe(0);
  });

  it("when one of our entities' names or mentions is a gold alias, then the gold entity is found", () => {
    const g = gold({
      entities: { people: ['Herbert Kickl'], organizations: ['Freedom Party of Austria', "Austrian People's Party"] },
    });
    const entities = [
      { id: 'p', name: 'Kickl', aliases: [], mentions: [] },
      { id: 'o', name: 'Freiheitliche', aliases: [], mentions: [{ text: 'die FPÖ' }] },
    ];
    const s = scoreDocument(doc({ entities }), g);
    expect(s).toMatchObject({ entitiesGold: 3, entitiesFound: 2 });
    expect(s.misses).toEqual([{ kind: 'entity-missed', detail: "Austrian People's Party" }]);
  });
});

describe('metrics', () => {
  it('when nothing was there to find, then the ratio is null, not 0 or 1', () => {
    expect(metrics(emptyCounts())).toMatchObject({
      quoteF1: null,
      speakerAccuracy: null,
      dateAccuracy: null,
      unresolvableDateAccuracy: null,
    });
  });

  it('when counts are summed, then F1 is computed from the sums', () => {
    const total = sumCounts([
      { ...emptyCounts(), quotesGold: 2, quotesOurs: 1, quotesMatched: 1 },
      { ...emptyCounts(), quotesGold: 2, quotesOurs: 3, quotesMatched: 2 },
    ]);
    expect(total).toMatchObject({ quotesGold: 4, quotesOurs: 4, quotesMatched: 3 });
    expect(metrics(total).quoteF1).toBeCloseTo(0.75);
  });
});

// Every set that is present (../shared/corpus may be absent) is scored end to end through the same
// reader and scorer as npm run eval:extract; the counts must add up.
const present = GOLD_SETS.filter((s) => listGoldArticles(s).length > 0);
for (const s of GOLD_SETS)
  if (!present.includes(s)) console.warn(`[skipped] scoring the ${s.name} set: no gold under ${s.dir}`);

describe('every gold set scored end to end', () => {
  it.each(present.map((s) => [s.name, s] as const))(
    'when the %s set is extracted and scored, then every count stays within its bounds',
    (_name, set) => {
      for (const article of listGoldArticles(set).map(readGoldArticle)) {
        const s = scoreDocument(extractDocument(article.doc.body, article.doc.meta), article.gold);
        expect(s.quotesGold).toBe(article.gold.quotes.length);
        expect(s.quotesMatched).toBeLessThanOrEqual(Math.min(s.quotesGold, s.quotesOurs));
        expect(s.speakerRight).toBeLessThanOrEqual(s.quotesMatched);
        expect(s.datesRightStrict).toBeLessThanOrEqual(s.datesRightContract);
        expect(s.datesUnresolvableRight).toBeLessThanOrEqual(s.datesUnresolvable);
        expect(s.reportsFound).toBeLessThanOrEqual(s.reportsGold);
        expect(s.entitiesFound).toBeLessThanOrEqual(s.entitiesGold);
      }
    },
  );
});
