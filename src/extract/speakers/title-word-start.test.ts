import { describe, expect, it } from 'vitest';
import { titleWordStart } from './resolve-definite.ts';

describe('titleWordStart', () => {
  it('when reading the word before a space, then it finds where /([\\p{L}-]+)[ \\u00A0]$/u matches', () => {
    const text = 'the Taoiseach Leo, Verdi-Gewerkschaftssekretär\u00A0x 𝐀𝐁 y 2 -- a\nb ';
    for (let floor = 0; floor < text.length; floor += 3) {
      for (let at = floor; at <= text.length; at++) {
        const m = /([\p{L}-]+)[ \u00A0]$/u.exec(text.slice(floor, at));
        expect(titleWordStart(text, floor, at)).toBe(m ? floor + m.index : -1);
      }
    }
  });
});
