import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash.ts';
import { InputError, type InputErrorCode } from './input-error.ts';
import { readDocuments } from './read-documents.ts';

const input = (path: string, text: string | Buffer) => ({
  path,
  bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
});
const fixture = (name: string) => ({
  path: `fixtures/${name}`,
  bytes: readFileSync(new URL(`./fixtures/${name}`, import.meta.url)),
});

function failure(path: string, text: string | Buffer): InputError {
  try {
    readDocuments(input(path, text), {});
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

const ARTICLE = `---
title: Neue Brücke über die Ilm
url: https://fixture.invalid/bruecke
outlet: Fixture-Anzeiger
published: 2026-01-15
lang: de
---
Die Brücke ist fertig. „Wir sind stolz“, sagte die Bürgermeisterin am Montag.
`;

describe('readDocuments for .txt and .md', () => {
  it('when the file has front matter, then metadata comes from it and the body is the rest', () => {
    const [doc, ...more] = readDocuments(input('news/bruecke.txt', ARTICLE), {});
    expect(more).toHaveLength(0);
    expect(doc!.meta).toEqual({
      source: 'news/bruecke.txt',
      title: 'Neue Brücke über die Ilm',
      url: 'https://fixture.invalid/bruecke',
      outlet: 'Fixture-Anzeiger',
      publishedAt: '2026-01-15',
      lang: 'de',
    });
    expect(doc!.body).toBe('Die Brücke ist fertig. „Wir sind stolz“, sagte die Bürgermeisterin am Montag.\n');
  });

  it('when offsets are computed on the file, then they are the same in the body shifted by the front matter', () => {
    const [doc] = readDocuments(input('b.md', ARTICLE), {});
    const quote = 'Wir sind stolz';
    const inFile = ARTICLE.indexOf(quote);
    const start = doc!.body.indexOf(quote);
    expect(doc!.body.slice(start, start + quote.length)).toBe(quote);
    expect(ARTICLE.length - inFile).toBe(doc!.body.length - start);
  });

  it('when the file has no front matter, then all metadata is unknown and the body is the whole text', () => {
    const [doc] = readDocuments(input('plain.TXT', 'Nur ein Satz.'), {});
    expect(doc!.meta).toEqual({
      source: 'plain.TXT',
      title: null,
      url: null,
      outlet: null,
      publishedAt: null,
      lang: null,
    });
    expect(doc!.body).toBe('Nur ein Satz.');
  });

  it('when the body uses CRLF, then it is kept byte for byte so offsets stay stable', () => {
    const [doc] = readDocuments(input('w.txt', '---\r\nlang: en\r\n---\r\nOne.\r\nTwo.\r\n'), {});
    expect(doc!.body).toBe('One.\r\nTwo.\r\n');
  });

  it('when the date or language are written loosely, then they are normalised', () => {
    const [doc] = readDocuments(input('a.txt', '---\npublished: 2026-1-5T09:00:00+01:00\nlang: EN-us\n---\nText.'), {});
    expect(doc!.meta).toMatchObject({ publishedAt: '2026-01-05', lang: 'en' });
  });

  it.each([
    ['16.02.2026', '2026-02-16'],
    ['2023-03', '2023-03'],
  ])('when the front matter says published: %s, then publishedAt is %s', (written, publishedAt) => {
    const [doc] = readDocuments(input('a.txt', `---\npublished: ${written}\n---\nText.`), {});
    expect(doc!.meta.publishedAt).toBe(publishedAt);
  });
});

describe('readDocuments for .html', () => {
  it('when given a page, then the article text and page metadata are read', () => {
    const [doc] = readDocuments(fixture('article.html'), {});
    expect(doc!.meta).toMatchObject({
      source: 'fixtures/article.html',
      title: 'Harbour ferry returns after storm',
      publishedAt: '2026-01-21',
      lang: 'en',
    });
    expect(doc!.body.startsWith('The ferry to Gullholm Island')).toBe(true);
  });
});

describe('readDocuments for .json and .jsonl', () => {
  it('when a .json file holds one record, then it is one document with the file as source', () => {
    const docs = readDocuments(
      input('one.json', JSON.stringify({ title: 'T', text: 'Body text.', date: '2026-02-01', lang: 'en' })),
      {},
    );
    expect(docs).toEqual([
      {
        meta: { source: 'one.json', title: 'T', url: null, outlet: null, publishedAt: '2026-02-01', lang: 'en' },
        body: 'Body text.',
      },
    ]);
  });

  it('when a .json file holds an array, then each record is a document with #index in its source', () => {
    const docs = readDocuments(
      input('many.json', JSON.stringify([{ text: 'A.' }, { content: 'B.', outlet: 'X' }])),
      {},
    );
    expect(docs.map((d) => [d.meta.source, d.body, d.meta.outlet])).toEqual([
      ['many.json#0', 'A.', null],
      ['many.json#1', 'B.', 'X'],
    ]);
  });

  it('when a .jsonl file has records and blank lines, then each record is a document with :line in its source', () => {
    const docs = readDocuments(fixture('feed.jsonl'), {});
    expect(docs.map((d) => d.meta.source)).toEqual([
      'fixtures/feed.jsonl:1',
      'fixtures/feed.jsonl:3',
      'fixtures/feed.jsonl:4',
    ]);
    expect(docs[1]!.meta).toMatchObject({ outlet: 'Fixture-Bote', publishedAt: '2026-01-13', lang: 'de' });
    expect(docs[1]!.body).toBe('Die Bäckerei am Markt schließt „nach 40 Jahren“, sagte die Inhaberin.');
  });

  it('when a record has text in several fields, then text beats body beats content', () => {
    const [doc] = readDocuments(input('x.json', JSON.stringify({ content: 'C', body: 'B', text: 'T' })), {});
    expect(doc!.body).toBe('T');
  });
});

describe('readDocuments from stdin', () => {
  it.each([
    ['plain text', 'Hello there.', 'Hello there.'],
    ['front matter', '---\nlang: en\n---\nHello.', 'Hello.'],
    ['HTML', '<html><body><p>Hello &amp; bye.</p></body></html>', 'Hello & bye.'],
    ['a JSON record', '{"text":"Hello."}', 'Hello.'],
    ['JSON lines', '{"text":"One."}\n{"text":"Two."}\n', 'One.'],
  ])('when stdin holds %s, then the format is recognised from the content', (_what, text, body) => {
    const [doc] = readDocuments(input('-', text), {});
    expect(doc!.body).toBe(body);
  });
});

describe('readDocuments overrides', () => {
  it('when CLI overrides are given, then they win over the file metadata', () => {
    const [doc] = readDocuments(input('a.txt', ARTICLE), {
      publishedAt: '2026-02-17',
      lang: 'en',
      outlet: 'CLI Outlet',
      url: 'https://fixture.invalid/cli',
    });
    expect(doc!.meta).toEqual({
      source: 'a.txt',
      title: 'Neue Brücke über die Ilm',
      url: 'https://fixture.invalid/cli',
      outlet: 'CLI Outlet',
      publishedAt: '2026-02-17',
      lang: 'en',
    });
  });

  it('when an override is null or undefined, then the file metadata stays', () => {
    const [doc] = readDocuments(input('a.txt', ARTICLE), { publishedAt: null, lang: undefined, outlet: null });
    expect(doc!.meta).toMatchObject({ publishedAt: '2026-01-15', lang: 'de', outlet: 'Fixture-Anzeiger' });
  });

  it('when the file has no metadata, then overrides fill it for every record', () => {
    const docs = readDocuments(input('f.jsonl', '{"text":"A."}\n{"text":"B.","lang":"en"}'), {
      lang: 'de',
      publishedAt: '2026-01-31',
    });
    expect(docs.map((d) => [d.meta.lang, d.meta.publishedAt])).toEqual([
      ['de', '2026-01-31'],
      ['de', '2026-01-31'],
    ]);
  });

  it('when the --published override is impossible, then it fails naming the flag', () => {
    expect(() => readDocuments(input('a.txt', 'Text.'), { publishedAt: '2026-02-30' })).toThrow(
      'a.txt: --published: "2026-02-30" is not a real date (2026-02 has 28 days)',
    );
  });
});

describe('readDocuments bad input', () => {
  const cases: [string, string, string | Buffer, InputErrorCode, string | RegExp][] = [
    ['an empty file', 'e.txt', '', 'empty', 'e.txt: file is empty'],
    ['a whitespace-only file', 'w.md', '  \n\n ', 'empty', 'w.md: file contains only whitespace'],
    [
      'front matter without a body',
      'f.txt',
      '---\ntitle: x\n---\n\n',
      'empty',
      'f.txt: no text after the front matter',
    ],
    ['a binary file', 'b.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x0a]), 'binary', /^b\.txt: binary file/],
    ['Latin-1 bytes', 'l.txt', Buffer.from('K\xf6ln', 'latin1'), 'not-utf8', /^l\.txt: not valid UTF-8/],
    [
      'unclosed front matter',
      'u.txt',
      '---\ntitle: x\nText',
      'bad-front-matter',
      /^u\.txt: front matter opened on line 1 is never closed/,
    ],
    [
      'a YAML error',
      'y.txt',
      '---\ntitle: "open\n---\nText',
      'bad-front-matter',
      /^y\.txt: front matter: YAML error on line \d/,
    ],
    [
      '30 February',
      'd.txt',
      '---\npublished: 2026-02-30\n---\nText',
      'bad-date',
      'd.txt: front matter: published: "2026-02-30" is not a real date (2026-02 has 28 days)',
    ],
    [
      'month 13',
      'm.txt',
      '---\npublished: 2026-13-01\n---\nText',
      'bad-date',
      'm.txt: front matter: published: "2026-13-01" is not a real date (there is no month 13)',
    ],
    ['a date in words', 'w.txt', '---\npublished: 15. Februar 2026\n---\nText', 'bad-date', /expected YYYY-MM-DD/],
    [
      'a bad language',
      'g.txt',
      '---\nlang: Deutsch!\n---\nText',
      'bad-metadata',
      /^g\.txt: front matter: lang must be a language code/,
    ],
    ['a list as title', 't.txt', '---\ntitle: [a, b]\n---\nText', 'bad-metadata', /title must be text/],
    [
      'an unsupported extension',
      'scan.pdf',
      'Text',
      'unsupported-extension',
      /^scan\.pdf: unsupported file type \(supported: \.txt, \.md/,
    ],
    ['no extension', 'README', 'Text', 'unsupported-extension', /^README: unsupported file type/],
    ['broken JSON', 'j.json', '{\n  "text": "a",\n}', 'bad-json', /^j\.json: not valid JSON \(.*line 3/],
    [
      'a JSON record without text',
      'n.json',
      '{"title":"x"}',
      'no-text',
      'n.json: record has no text (expected one of text, body, content)',
    ],
    [
      'a JSON record with empty text',
      'n.json',
      '[{"text":"ok"},{"text":"  "}]',
      'no-text',
      'n.json: record 1 has an empty or non-text "text" (expected one of text, body, content)',
    ],
    [
      'a JSON array of strings',
      's.json',
      '["a"]',
      'bad-record',
      's.json: record 0: expected an object with a "text" field',
    ],
    ['an empty JSON array', 'a.json', '[]', 'empty', 'a.json: the JSON array holds no records'],
    [
      'a bad JSON date',
      'd.json',
      '{"text":"a","publishedAt":"2026-04-31"}',
      'bad-date',
      /^d\.json: record: publishedAt: "2026-04-31" is not a real date/,
    ],
    [
      'a bad .jsonl line',
      'l.jsonl',
      '{"text":"a"}\n\n{"text": nope}\n',
      'bad-json',
      /^l\.jsonl: line 3: not valid JSON/,
    ],
    [
      'a .jsonl line without text',
      'l.jsonl',
      '{"text":"a"}\n{"url":"x"}\n',
      'no-text',
      'l.jsonl: line 2 has no text (expected one of text, body, content)',
    ],
    [
      'a .jsonl line with a bad date',
      'l.jsonl',
      '{"text":"a","date":"2026-02-29"}',
      'bad-date',
      /^l\.jsonl: line 1: date: "2026-02-29" is not a real date/,
    ],
    ['a .jsonl file of blank lines', 'l.jsonl', Buffer.from('\n\n'), 'empty', 'l.jsonl: file contains only whitespace'],
  ];

  it.each(cases)(
    'when given %s, then one InputError names the file and the reason',
    (_what, path, text, code, message) => {
      const err = failure(path, text);
      expect(err.code).toBe(code);
      expect(err.file).toBe(path);
      expect(err.message).toBe(`${err.file}: ${err.reason}`);
      if (typeof message === 'string') expect(err.message).toBe(message);
      else expect(err.message).toMatch(message);
    },
  );
});

describe('contentHash', () => {
  it('when given a body, then it is the sha256 hex of its UTF-8 bytes', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHash('Grüße')).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash('a\r\nb')).not.toBe(contentHash('a\nb'));
  });
});
