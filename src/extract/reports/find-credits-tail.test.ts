import { describe, expect, it } from 'vitest';
import { TAIL_BARE, tailBare } from './find-credits.ts';

describe('tailBare', () => {
  it('when searching only the end of a paragraph, then it finds what TAIL_BARE finds over all of it', () => {
    const paragraphs = [
      'Die Stadt will den Nahverkehr fördern. epd',
      'Von Anna Muster, dpa',
      'dpa/AFP',
      'Ein Satz ohne Kürzel.',
      'Er sagte das (dpa) und ging. dpa / lby.',
      '„Zitat“ AFP',
      'Wörter ohne Satzzeichen bis zum Ende',
      'Eine 𝐀stral-Zeile mit 𝐀gentur',
      '',
      '..',
      'x, - /',
    ];
    for (const text of paragraphs) {
      const whole = TAIL_BARE.exec(text);
      const tail = tailBare(text);
      expect(tail && [tail.index, ...tail]).toEqual(whole && [whole.index, ...whole]);
    }
  });
});
