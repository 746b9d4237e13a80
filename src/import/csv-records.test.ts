import { describe, expect, it } from 'vitest';
import { csvFields, csvRecords } from './csv-records.ts';

const lines = async function* (text: string) {
  let number = 0;
  for (const line of text.split('\n')) yield { line, number: ++number };
};
const read = async (text: string) => {
  const out: { line: string; number: number }[] = [];
  for await (const r of csvRecords(lines(text))) out.push(r);
  return out;
};

describe('csvFields', () => {
  it('when fields are quoted, then commas, doubled quotes and line breaks stay inside them', () => {
    expect(csvFields('a,"b, c","say ""hi""",')).toEqual(['a', 'b, c', 'say "hi"', '']);
    expect(csvFields('a,"two\nlines"')).toEqual(['a', 'two\nlines']);
  });
  it('when a quoted field is still open, then there is no record yet', () => {
    expect(csvFields('a,"open')).toBeNull();
  });
});

describe('csvRecords', () => {
  it('when a file has a header, then each later record is an object numbered by its first line', async () => {
    const out = await read(
      '\uFEFFurl,title,text\r\nhttps://a.example/1,One,"First line\nsecond line"\n\nhttps://a.example/2,,Two\n',
    );
    expect(out).toEqual([
      {
        line: JSON.stringify({ url: 'https://a.example/1', title: 'One', text: 'First line\nsecond line' }),
        number: 2,
      },
      { line: JSON.stringify({ url: 'https://a.example/2', text: 'Two' }), number: 5 },
    ]);
  });
  it('when a record has the wrong number of fields or a quote never closes, then it says so', async () => {
    const out = await read('url,text\nhttps://a.example/1\nhttps://a.example/2,"never closed\nstill open');
    expect(out).toEqual([
      { line: 'not a record: 1 fields where the header has 2', number: 2 },
      { line: 'not a record: a quoted field opened on line 3 is never closed', number: 3 },
    ]);
  });
});
