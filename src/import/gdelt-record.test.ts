import { describe, expect, it } from 'vitest';
import { contextOf } from './gdelt-attribution.ts';
import { gdeltLanguage } from './gdelt-language.ts';
import { gdeltDay, type GdeltRecord, parseGdeltLine } from './gdelt-record.ts';
import { gdeltRows, UNSUPPORTED_LANGUAGE } from './gdelt-rows.ts';

// Invented records in the shape of GDELT's Global Quotation Graph: names, outlets and words are made up.
const line = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    date: '2020-01-16T12:05:00Z',
    url: 'https://www.harbour-post.example/2020/01/16/harbour',
    title: ' Harbour plans ',
    lang: 'ENGLISH',
    quotes: [
      {
        pre: 'The mayor, Mara Quillvane, said on Tuesday: ',
        quote: ' The harbour will open before the summer. ',
        post: ' The council disagreed.',
      },
    ],
    ...over,
  });

const record = (over: Record<string, unknown> = {}): GdeltRecord => {
  const parsed = parseGdeltLine(line(over));
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.record;
};

describe('parseGdeltLine', () => {
  it('when a record is well formed, then it is read with its day, language code and trimmed quotes', () => {
    expect(record()).toEqual({
      url: 'https://www.harbour-post.example/2020/01/16/harbour',
      title: 'Harbour plans',
      lang: 'en',
      day: '2020-01-16',
      quotes: [
        {
          pre: 'The mayor, Mara Quillvane, said on Tuesday: ',
          quote: 'The harbour will open before the summer.',
          post: ' The council disagreed.',
        },
      ],
      emptyQuotes: 0,
    });
  });

  it('when a line is not a record, then the reason names what is wrong', () => {
    for (const [text, reason] of [
      ['{"date": ', 'not JSON'],
      ['[1, 2]', 'not a JSON object'],
      [line({ quotes: undefined }), 'quotes is not a list'],
      [line({ quotes: { pre: '', quote: 'x', post: '' } }), 'quotes is not a list'],
      [line({ quotes: [] }), 'no quote with words'],
      [line({ quotes: [{ pre: 'a', quote: '  ', post: 'b' }, 'text'] }), 'no quote with words'],
      [line({ date: '2020-02-30T10:00:00Z' }), 'date "2020-02-30T10:00:00Z" is not a day'],
      [line({ date: '2020-01' }), 'date "2020-01" is not a day'],
      [line({ date: undefined }), 'date null is not a day'],
      [line({ url: 'ftp://files.example/a' }), 'url "ftp://files.example/a" is not an http(s) url'],
      [line({ url: 'not a url' }), 'url "not a url" is not an http(s) url'],
    ] as const)
      expect(parseGdeltLine(text)).toEqual({ error: expect.stringContaining(reason) });
  });

  it('when some quotes of a record have no words, then they are left out and counted', () => {
    const r = record({ quotes: [{ pre: 'a', quote: '', post: 'b' }, null, { quote: 'We stay.' }] });
    expect(r.quotes).toEqual([{ pre: '', quote: 'We stay.', post: '' }]);
    expect(r.emptyQuotes).toBe(2);
  });

  it('when the title or language are missing, then the record is read without them', () => {
    expect(record({ title: null, lang: undefined })).toMatchObject({ title: null, lang: null });
  });
});

describe('gdeltDay and gdeltLanguage', () => {
  it('when a date is written in any of the forms GDELT uses, then its day is read as written', () => {
    expect(gdeltDay('2020-01-16T23:59:00Z')).toBe('2020-01-16');
    expect(gdeltDay('2020-01-16 12:00:00')).toBe('2020-01-16');
    expect(gdeltDay('2020-01-16')).toBe('2020-01-16');
    expect(gdeltDay('20200116120500')).toBe('2020-01-16');
    expect(gdeltDay('20201316120500')).toBeNull();
    expect(gdeltDay('16.01.2020')).toBeNull();
    expect(gdeltDay(20200116)).toBeNull();
  });

  it('when a language is a GDELT name or an ISO code, then it becomes the ISO 639-1 code', () => {
    expect(['ENGLISH', 'German', 'en', 'DE', 'deu', 'en-GB', 'FRENCH'].map(gdeltLanguage)).toEqual([
      'en',
      'de',
      'en',
      'de',
      'de',
      'en',
      'fr',
    ]);
    expect(gdeltLanguage('KINYARWANDA')).toBe('kinyarwanda');
    expect([gdeltLanguage(''), gdeltLanguage(null), gdeltLanguage(3)]).toEqual([null, null, null]);
  });
});

describe('contextOf', () => {
  it('when the quote is put back in its context, then the language marks and print spacing are used', () => {
    const de = contextOf({ pre: 'Quillvane sagte: "', quote: 'Wir bleiben.', post: '" Dann ging sie.' }, 'de');
    expect(de.text).toBe('Quillvane sagte: „Wir bleiben.“ Dann ging sie.');
    expect(de.text.slice(de.start, de.end)).toBe('Wir bleiben.');
    expect(contextOf({ pre: '', quote: 'We stay', post: ', she said.' }, 'en').text).toBe('“We stay”, she said.');
    expect(contextOf({ pre: 'Il a dit ', quote: 'Non', post: '' }, 'fr').text).toBe('Il a dit “Non”');
  });
});

describe('gdeltRows', () => {
  const quote = (pre: string, words: string, post: string) => ({ pre, quote: words, post });

  it('when the speaker is named before the quote, then the extractor attributes it and the context dates it', () => {
    const rows = gdeltRows([record()]);
    const after = 'The council disagreed.';
    expect(rows.stubs).toEqual([
      {
        id: expect.stringMatching(/^doc:/),
        url: 'https://www.harbour-post.example/2020/01/16/harbour',
        outlet: 'harbour-post.example',
        title: 'Harbour plans',
        lang: 'en',
        publishedAt: '2020-01-16',
        knownSince: '2020-01-16',
      },
    ]);
    expect(rows.speakers).toEqual([
      { id: 'person:mara-quillvane', name: 'Mara Quillvane', type: 'Person', qids: [], wikidataId: null },
    ]);
    const [q] = rows.quotes;
    expect(q).toMatchObject({
      text: 'The harbour will open before the summer.',
      lang: 'en',
      speakerId: 'person:mara-quillvane',
      // "on Tuesday", resolved against the record's day (a Thursday)
      edtf: '2020-01-14',
      basis: 'text',
      unattributedReason: null,
    });
    expect(q!.sources).toEqual([
      {
        docId: rows.stubs[0]!.id,
        start: null,
        end: null,
        excerpt: `The mayor, Mara Quillvane, said on Tuesday: “The harbour will open before the summer.” ${after}`,
        cue: 'Mara Quillvane, said',
        confidence: 0.9,
        method: 'verb-before-quote',
        extractor: null,
      },
    ]);
  });

  it('when the speaker is named after the quote, then it is theirs, placed on the publication day', () => {
    const r = record({ quotes: [quote('At the meeting, ', 'We will look at every option', ', said Otto Brinkley.')] });
    const [q] = gdeltRows([r]).quotes;
    expect(q).toMatchObject({ speakerId: 'person:otto-brinkley', edtf: '2020-01-16', basis: 'publication' });
    expect(q!.sources[0]).toMatchObject({ method: 'verb-after-quote', cue: 'said Otto Brinkley', confidence: 0.9 });
  });

  it('when the context names nobody, then the quote is kept unattributed with the method none', () => {
    const r = record({ quotes: [quote('On the wall of the market ', 'No bridge', ' was painted in red.')] });
    const rows = gdeltRows([r]);
    expect(rows.speakers).toEqual([]);
    expect(rows.quotes[0]).toMatchObject({ speakerId: null, unattributedReason: null });
    expect(rows.quotes[0]!.sources[0]).toMatchObject({ method: 'none', confidence: 0, cue: null });
  });

  it('when the context dates the words after the record was seen, then the publication day places it', () => {
    const r = record({ quotes: [quote('', 'The harbour will open', ', Quillvane said on Monday.')] });
    expect(gdeltRows([r]).quotes[0]).toMatchObject({ edtf: '2020-01-16', basis: 'publication' });
  });

  it('when the language has no rules, then the quote is kept without speaker or method, marked', () => {
    const r = record({ lang: 'FRENCH', quotes: [quote('Le maire Paul Quillvane a dit ', 'Le port ouvrira', '.')] });
    const rows = gdeltRows([r]);
    expect(rows.counts).toEqual({ unsupported: 1, empty: 0 });
    expect(rows.stubs[0]!.lang).toBe('fr');
    expect(rows.quotes[0]).toMatchObject({ lang: 'fr', speakerId: null, unattributedReason: UNSUPPORTED_LANGUAGE });
    expect(rows.quotes[0]!.sources[0]).toMatchObject({ method: null, confidence: null, cue: null });
    expect(gdeltRows([record({ lang: null })]).quotes[0]!.unattributedReason).toBe(UNSUPPORTED_LANGUAGE);
  });

  it('when a German record names the speaker, then the German rules attribute it', () => {
    const r = record({
      lang: 'GERMAN',
      quotes: [quote('Bürgermeisterin Mara Quillvane sagte: ', 'Der Hafen öffnet im Sommer.', ' Der Rat schwieg.')],
    });
    expect(gdeltRows([r]).quotes[0]).toMatchObject({ lang: 'de', speakerId: 'person:mara-quillvane' });
  });

  it('when the same words by the same speaker come twice, then one quote has both sources, the earliest day', () => {
    const quotes = [quote('At the meeting, ', 'We will look at every option', ', said Otto Brinkley.')];
    const rows = gdeltRows([
      record({ date: '2020-01-21', quotes }),
      record({ date: '2020-01-20T08:00:00Z', url: 'https://coast-daily.example/1', quotes }),
      record({ quotes }),
    ]);
    expect(rows.quotes).toHaveLength(1);
    expect(rows.quotes[0]!.sources).toHaveLength(2);
    expect(rows.quotes[0]).toMatchObject({ basis: 'publication', edtf: '2020-01-16' });
    expect(rows.stubs.find((s) => s.url?.includes('harbour-post'))).toMatchObject({
      knownSince: '2020-01-16',
      publishedAt: '2020-01-16',
    });
  });

  it('when the same records are read again, then the rows are the same (ids are stable)', () => {
    expect(gdeltRows([record()])).toEqual(gdeltRows([record()]));
  });
});
