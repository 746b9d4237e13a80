import { describe, expect, it } from 'vitest';
import { wordsIdFor } from '../ids.ts';
import { textKey, wordsKey } from './normalize.ts';

describe('the words of a quote, however punctuated', () => {
  it('when outlets punctuate the same words differently, then they share one key', () => {
    const variants = [
      'We will stay, and we will defend every ally.',
      'We will stay – and we will defend every ally!',
      '„We will stay and we will defend every ally (...)“',
      '  WE WILL STAY AND WE WILL DEFEND EVERY ALLY…',
    ];
    expect(new Set(variants.map(wordsKey))).toEqual(new Set(['we will stay and we will defend every ally']));
    expect(new Set(variants.map(wordsIdFor)).size).toBe(1);
    // the stricter key keeps them apart
    expect(new Set(variants.map(textKey)).size).toBe(4);
  });

  it('when the words differ, then the keys differ, in any script', () => {
    expect(wordsIdFor('Wir bleiben.')).not.toBe(wordsIdFor('Wir gehen.'));
    expect(wordsKey('Größe 2,5 %')).toBe('größe 2 5');
    expect(wordsKey('...')).toBe('');
  });
});
