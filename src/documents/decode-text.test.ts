import { describe, expect, it } from 'vitest';
import { decodeText, MAX_DOCUMENT_BYTES } from './decode-text.ts';
import { InputError } from './input-error.ts';

const bytes = (s: string) => Buffer.from(s, 'utf8');

function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('decodeText', () => {
  it('when the file is valid UTF-8, then the text comes back unchanged, CRLF included', () => {
    expect(decodeText('a.txt', bytes('Zeile eins\r\nZeile „zwei“\r\n'))).toBe('Zeile eins\r\nZeile „zwei“\r\n');
  });

  it('when the file starts with a UTF-8 BOM, then the BOM is stripped', () => {
    const text = decodeText('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('Hallo')]));
    expect(text).toBe('Hallo');
  });

  it('when the file has no bytes, then it fails as empty naming the file', () => {
    const err = failure(() => decodeText('leer.txt', Buffer.alloc(0)));
    expect(err.code).toBe('empty');
    expect(err.file).toBe('leer.txt');
    expect(err.message).toBe('leer.txt: file is empty');
  });

  it('when the file holds only whitespace (and a BOM), then it fails as empty', () => {
    const err = failure(() =>
      decodeText('blank.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(' \n\t\r\n ')])),
    );
    expect(err.code).toBe('empty');
  });

  it('when the file contains a NUL byte, then it fails as binary with the offset', () => {
    const err = failure(() => decodeText('bild.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])));
    expect(err.code).toBe('binary');
    expect(err.reason).toContain('NUL byte at offset 4');
  });

  it('when many control characters appear without NUL, then it fails as binary', () => {
    const err = failure(() => decodeText('x.txt', Buffer.from('ab\x01\x02\x03\x04cd\x05\x06efgh', 'latin1')));
    expect(err.code).toBe('binary');
  });

  it('when a single stray control character sits in long text, then the text is accepted', () => {
    const text = `${'Ein ganz normaler Satz. '.repeat(10)}\x1bNoch einer.`;
    expect(decodeText('x.txt', bytes(text))).toBe(text);
  });

  it('when the bytes are Latin-1 rather than UTF-8, then it fails as not UTF-8 with the byte offset', () => {
    const err = failure(() => decodeText('alt.txt', Buffer.from('Gr\xfc\xdfe aus K\xf6ln', 'latin1')));
    expect(err.code).toBe('not-utf8');
    expect(err.reason).toBe('not valid UTF-8 (first bad byte at offset 2)');
  });

  it('when the file is UTF-16 with a BOM, then it says so instead of calling it binary', () => {
    const err = failure(() =>
      decodeText('win.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hallo', 'utf16le')])),
    );
    expect(err.code).toBe('not-utf8');
    expect(err.reason).toContain('UTF-16');
  });

  it('when the file is over 5 MB, then it fails as too large', () => {
    const err = failure(() => decodeText('gross.txt', Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61)));
    expect(err.code).toBe('too-large');
    expect(err.reason).toMatch(/over the 5\.0 MB limit/);
  });

  it('when the file is exactly 5 MB, then it is accepted', () => {
    expect(decodeText('genau.txt', Buffer.alloc(MAX_DOCUMENT_BYTES, 0x61))).toHaveLength(MAX_DOCUMENT_BYTES);
  });
});
