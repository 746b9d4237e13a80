import { describe, expect, it } from 'vitest';
import { entityIdFor, quoteIdFor } from './ids.ts';

describe('ids', () => {
  it('when names differ only in typography or diacritics, then the entity id is the same', () => {
    expect(entityIdFor('Person', 'Marco Rubio')).toBe('person:marco-rubio');
    expect(entityIdFor('Person', 'Viktor Orbán')).toBe(entityIdFor('Person', 'Viktor Orban'));
    expect(entityIdFor('Alliance', 'NATO')).toBe('org:nato');
    expect(entityIdFor('CommandPost', 'JFC Naples')).toBe('commandpost:jfc-naples');
  });

  it('when the same quote comes with other quotation marks and spacing, then the quote id is the same', () => {
    expect(quoteIdFor('We’re not  leaving.', 'person:x')).toBe(quoteIdFor("We're not leaving.", 'person:x'));
    expect(quoteIdFor('We are not leaving.', 'person:x')).not.toBe(quoteIdFor('We are not leaving.', 'person:y'));
  });
});
