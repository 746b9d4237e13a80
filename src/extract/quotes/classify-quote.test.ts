import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { testMeta } from '../test-meta.ts';

const meta = testMeta;
const quotes = (body: string, lang: string): string[] => extractDocument(body, meta(lang)).quotes.map((q) => q.text);

describe('isSpeech', () => {
  it(
    'when a lower-case quote follows a naming noun ("the plan"), ' + 'then it is speech about the plan, not its name',
    () => {
      expect(quotes('Rachel Dunmore said the plan “sounds bold on paper” but lacked money.', 'en')).toEqual([
        'sounds bold on paper',
      ]);
    },
  );

  it('when a capitalised quote follows a naming noun ("her book"), then it is a title, not speech', () => {
    expect(quotes('In her book "The Long Watch," the historian argues for patience.', 'en')).toEqual([]);
  });

  it(
    'when a capitalised quote follows a German compound ending in a naming noun ("Gedichtsammlung"), ' +
      'then it is a title',
    () => {
      expect(quotes('Die Band benannte sich nach seiner Gedichtsammlung »Nördlicher Wind«.', 'de')).toEqual([]);
    },
  );

  it('when a one-word quote follows "Name said:", then it is speech', () => {
    expect(quotes('Asked whether the mission was dead, Ana Ferreira said: "No."', 'en')).toEqual(['No.']);
  });

  it(
    'when a quoted word follows an article ("a \'reset\'", "der „Schattenflotte“"), ' +
      'then it is a term, even after "called"',
    () => {
      expect(quotes("Some commentators have called the move a 'reset' of British policy.", 'en')).toEqual([]);
      expect(quotes('Fachleute sprechen von der „Schattenflotte“ in der Ostsee.', 'de')).toEqual([]);
    },
  );
});
