import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { testMeta } from '../test-meta.ts';

const meta = testMeta;
const speakers = (body: string, lang: string) =>
  extractDocument(body, meta(lang)).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speakerDescription]);

describe('quote attribution', () => {
  it(
    'when the verb after a quote goes on to another quoted word, ' +
      'then it introduces that word, and the verb before the quote speaks',
    () => {
      const body =
        'Mr Kern called Ms Vogt "reckless", she in turn told him he was "petty" in their second row this week.';
      expect(speakers(`Paul Kern met Rita Vogt. ${body}`, 'en').map((s) => s[1])).toEqual(['Paul Kern']);
    },
  );

  it(
    'when a second quote follows in the sentence, ' +
      'then the verb after the first introduces the second, and the first keeps the verb before it',
    () => {
      const body =
        'Paul Kern met Rita Vogt today, with Mr Kern telling Ms Vogt: "You are late," while Ms Vogt replied: ' +
        '"I was here first."';
      expect(speakers(body, 'en').map((s) => s[1])).toEqual(['Paul Kern', 'Rita Vogt']);
    },
  );

  it(
    'when a conjunction opens the clause before "said:" ("when the Minister said:"), ' +
      'then the title after it names the speaker',
    () => {
      const body =
        'Rita Vogt clashed with the Minister Paul Kern. It began on Monday, when the Minister said: "We ' +
        'will not wait."';
      expect(speakers(body, 'en').map((s) => s[1])).toEqual(['Paul Kern']);
    },
  );

  it(
    'when a quote ends a paragraph whose reported speech was attributed two sentences before, ' +
      'then that speaker says it',
    () => {
      const body =
        '„Wann kommen die neuen Boote?“, fragt Petra Lindner vom Fischereiverband. ' +
        'Man werde im Herbst darüber beraten müssen, erklärte Senator Olaf Brink am Montag. Die Lage zeige, ' +
        'dass die Flotte altere. „Umso dringender ist eine Entscheidung.“';
      expect(speakers(body, 'de').map((s) => s[1])).toEqual(['Petra Lindner', 'Olaf Brink']);
    },
  );

  it(
    'when a relative clause in commas stands between an unnamed subject and its verb, ' +
      'then the subject is the source',
    () => {
      expect(
        speakers(
          'An Estonian official, who spoke on condition of anonymity, said troops could arrive "before the ' +
            'snow comes."',
          'en',
        ),
      ).toEqual([['before the snow comes.', null, 'An Estonian official']]);
    },
  );

  it('when a named apposition stands in commas before the verb, then the named person speaks', () => {
    expect(
      speakers(
        'Its head, Deputy Foreign Minister Pavel Orlin, had said that Moscow would accept "any fair format."',
        'en',
      ),
    ).toEqual([['any fair format.', 'Pavel Orlin', null]]);
  });

  it('when the verb belongs to a "who" clause, then the noun phrase before the comma speaks', () => {
    expect(
      speakers(
        'He will meet Prime Minister Liina Tamm, who told local radio the deployment was "a turning point."',
        'en',
      ),
    ).toEqual([['a turning point.', 'Liina Tamm', null]]);
  });

  it(
    'when a definite title speaks after the article named its holder, ' +
      'then the holder speaks, not an unnamed source',
    () => {
      const body = 'UN spokesperson Ana Ferreira met reporters.\n"We are not giving up," the spokesperson said.';
      expect(speakers(body, 'en')).toEqual([['We are not giving up,', 'Ana Ferreira', null]]);
    },
  );

  it(
    'when a generic title follows a specific one ("die Ministerin" after "Verteidigungsministerin"), ' +
      'then it resolves to that person',
    () => {
      const body =
        'Verteidigungsministerin Katrin Vollmer reiste nach Kiel.\n„Die Lage ist ernst“, sagte die Ministerin.';
      expect(speakers(body, 'de')).toEqual([['Die Lage ist ernst', 'Katrin Vollmer', null]]);
    },
  );

  it(
    'when a pronoun follows an unnamed subject introduced after the last named person, ' +
      'then it refers to the unnamed source',
    () => {
      const body =
        'Minister Paul Brenner left early. A diplomat from a Nordic country said the talks had failed. ' +
        '"Everyone saw it coming," he said.';
      expect(speakers(body, 'en')).toEqual([['Everyone saw it coming,', null, 'A diplomat from a Nordic country']]);
    },
  );

  it(
    'when an appositive "a former officer" describes a named person, ' +
      'then a later pronoun still refers to the person',
    () => {
      const body =
        'Defense Secretary Ellen Marsh, a former Army officer, has argued for years that Europe must produce ' +
        'more. "We can help," she said.';
      expect(speakers(body, 'en')).toEqual([['We can help,', 'Ellen Marsh', null]]);
    },
  );

  it(
    'when "hieß es aus dem Ministerium" attributes a quote, ' +
      'then no person speaks and the origin is the description',
    () => {
      const body = 'Jonas Reiter schrieb ein Buch. „Wir lesen das mit Interesse“, hieß es aus dem Ministerium.';
      expect(speakers(body, 'de')).toEqual([['Wir lesen das mit Interesse', null, 'aus dem Ministerium']]);
    },
  );

  it(
    'when a quote without attribution follows reported speech in the same paragraph, ' +
      'then the reported speaker said it',
    () => {
      const body =
        'Anna Berger sprach in Berlin. „Das reicht nicht“, sagte Berger.\nDie Debatte habe sich verändert, ' +
        'räumte Jonas Reiter ein. Früher sei das Wort „fast ein Tabu“ gewesen.';
      expect(speakers(body, 'de').at(-1)).toEqual(['fast ein Tabu', 'Jonas Reiter', null]);
    },
  );

  it(
    'when a quote is left open at a paragraph end and the next paragraph opens a quote, ' +
      'then both share the attribution',
    () => {
      const body =
        'Anna Berger sprach zuerst.\n„Wir werden das nicht hinnehmen. Alle Optionen liegen auf dem ' +
        'Tisch.\n„Wer angreift, muss mit Folgen rechnen“, sagte Tobias Rehm.';
      expect(speakers(body, 'de').map((s) => s[1])).toEqual(['Tobias Rehm', 'Tobias Rehm']);
    },
  );

  it('when someone "called" something with a quoted word, then the word is a quote of that person', () => {
    expect(
      speakers('Tom Hale of the Example Defence Forum called the handover "overdue". Others agreed.', 'en'),
    ).toEqual([['overdue', 'Tom Hale', null]]);
  });
});
