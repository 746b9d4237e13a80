import { describe, expect, it } from 'vitest';
import { chosenSpeaker, parseQuotebankLine, type QuotebankRecord } from './quotebank-record.ts';
import { outletOfUrl } from './quote-rows.ts';
import { quotebankRows } from './quotebank-rows.ts';

const line = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    quoteID: '2020-01-16-000001',
    quotation: ' We will hold the line. ',
    speaker: 'Ada Amsel',
    qids: ['Q1', 'Q1', 'nope'],
    date: '2020-01-16 12:00:00',
    numOccurrences: 2,
    probas: [
      ['None', '0.2'],
      ['Ada Amsel', '0.7'],
    ],
    urls: ['https://www.example.org/a', 'https://example.org/a', 'ftp://example.org/x'],
    phase: 'E',
    ...over,
  });

const record = (over: Record<string, unknown> = {}): QuotebankRecord => {
  const parsed = parseQuotebankLine(line(over));
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.record;
};

describe('parseQuotebankLine', () => {
  it('when a record is well formed, then it is read with candidates sorted, urls and qids deduplicated', () => {
    const r = record();
    expect(r.quotation).toBe('We will hold the line.');
    expect(r.day).toBe('2020-01-16');
    expect(r.candidates).toEqual([
      { name: 'Ada Amsel', probability: 0.7 },
      { name: 'None', probability: 0.2 },
    ]);
    expect(r.qids).toEqual(['Q1']);
    expect(r.urls).toEqual(['https://www.example.org/a', 'https://example.org/a']);
    expect(r.occurrences).toBe(2);
  });

  it.each([
    ['{"quotation": "cut off', 'not JSON'],
    ['[1, 2]', 'not a JSON object'],
    [line({ quotation: '  ' }), 'no quotation'],
    [line({ date: '2020-02-30' }), 'is not a day'],
    [line({ date: 20200116 }), 'is not a day'],
    [line({ probas: [['Ada Amsel', '1.5']] }), 'not a probability'],
    [line({ probas: 'Ada Amsel' }), 'probas is not a list'],
    [line({ urls: 'https://example.org/a' }), 'urls is not a list'],
    [line({ urls: ['mailto:a@example.org', 'no url'] }), 'no http(s) url'],
  ])('when the line is %s, then it is refused: %s', (text, reason) => {
    const parsed = parseQuotebankLine(text);
    expect('error' in parsed && parsed.error).toContain(reason);
  });

  it('when probas are missing, then the speaker field is the one candidate', () => {
    expect(record({ probas: undefined }).candidates).toEqual([{ name: 'Ada Amsel', probability: 1 }]);
  });
});

describe('chosenSpeaker', () => {
  it('when the top candidate reaches the threshold, then it speaks; below it or "None", nobody does', () => {
    expect(chosenSpeaker(record(), 0.5)?.name).toBe('Ada Amsel');
    expect(chosenSpeaker(record(), 0.75)).toBeNull();
    expect(
      chosenSpeaker(
        record({
          probas: [
            ['None', '0.8'],
            ['Ada Amsel', '0.2'],
          ],
        }),
        0.1,
      ),
    ).toBeNull();
  });
});

describe('quotebankRows', () => {
  const id = (name: string) => `person:${name.toLowerCase().replace(/ /g, '-')}`;

  it('when two records share words, speaker and a url, then one quote and one stub carry both, dated earliest', () => {
    const rows = quotebankRows(
      [record(), record({ date: '2020-01-10', urls: ['https://example.org/a', 'https://other.example/b'] })],
      0.5,
      id,
    );
    expect(rows.quotes).toHaveLength(1);
    expect([rows.quotes[0]!.edtf, rows.quotes[0]!.earliest]).toEqual(['2020-01-10', '2020-01-10']);
    expect(rows.quotes[0]!.sources).toHaveLength(3);
    expect(rows.stubs.map((s) => [s.outlet, s.knownSince])).toEqual([
      ['example.org', '2020-01-16'],
      ['example.org', '2020-01-10'],
      ['other.example', '2020-01-10'],
    ]);
    expect(rows.speakers).toEqual([
      { id: 'person:ada-amsel', name: 'Ada Amsel', type: 'Person', qids: ['Q1'], wikidataId: null },
    ]);
  });

  it('when the speaker is below the threshold, then the quote has no speaker and keeps its candidates', () => {
    const rows = quotebankRows([record()], 0.9, id);
    expect(rows.quotes[0]!.speakerId).toBeNull();
    expect(rows.quotes[0]!.candidates).toEqual(['Ada Amsel', 'None']);
    expect(rows.quotes[0]!.probabilities).toEqual([0.7, 0.2]);
    expect(rows.speakers).toEqual([]);
  });

  it('when the same records are read twice, then the rows are the same (stable ids)', () => {
    expect(quotebankRows([record()], 0.5, id)).toEqual(quotebankRows([record()], 0.5, id));
  });

  it('when a host starts with www., then the outlet is the host without it', () => {
    expect(outletOfUrl('https://www.example.org/x?y=1')).toBe('example.org');
  });
});
