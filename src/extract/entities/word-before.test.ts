import { describe, expect, it } from 'vitest';
import { wordBefore } from './find-proper-names.ts';

describe('wordBefore', () => {
  it('when given any text, then it gives what /(\\S+)\\s+$/u captures', () => {
    for (const text of [
      '',
      ' ',
      'FPÖ ',
      'die  FPÖ \u00A0',
      'a b',
      'x\n',
      ' \t ',
      'ab cd  ',
      '„Zitat“ ',
      '𝐀𝐁 ',
      'one\u2003',
    ]) {
      expect(wordBefore(text)).toBe(/(\S+)\s+$/u.exec(text)?.[1] ?? '');
    }
  });
});
