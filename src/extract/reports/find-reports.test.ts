// "According to whom": each rule of the report stage on a minimal invented sentence of its own.

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { testMeta } from '../test-meta.ts';
import type { ExtractedDocument } from '../types.ts';

const meta = (lang: string) => testMeta(lang, '2026-04-10');
const extract = (body: string, lang: string): ExtractedDocument => extractDocument(body, meta(lang));
const publishers = (body: string, lang: string): string[] => extract(body, lang).reports.map((r) => r.publisher.name);
const cues = (body: string, lang: string): string[] => extract(body, lang).reports.map((r) => r.cue);

describe('agency credits', () => {
  it('when a dateline carries an agency in parentheses, then the agency reports the article', () => {
    expect(
      publishers('OSLO (Reuters) - The fjord ferry will stop running next week, the operator said.', 'en'),
    ).toEqual(['Reuters']);
    expect(publishers('Lübeck, 3. März (epd) - Die Kirche schließt zwei Kapellen.', 'de')).toEqual([
      'Evangelischer Pressedienst',
    ]);
  });

  it('when two agencies share a credit "(dpa/AFP)", then both report the article', () => {
    expect(publishers('Kiel (dpa/AFP) - Die Fähre fährt wieder.', 'de').sort()).toEqual([
      'Agence France-Presse',
      'Deutsche Presse-Agentur',
    ]);
  });

  it(
    'when a code in parentheses opens or closes a paragraph, ' + 'then it is a credit; a party in parentheses is not',
    () => {
      expect(publishers('(KNA) Der Bischof besucht die Gemeinde am Sonntag.', 'de')).toEqual([
        'Katholische Nachrichten-Agentur',
      ]);
      expect(publishers('Die Gemeinde feiert ihr Jubiläum. (sid)', 'de')).toEqual(['Sport-Informations-Dienst']);
      expect(publishers('Der Abgeordnete Max Muster (SPD) stimmte dagegen.', 'de')).toEqual([]);
    },
  );

  it('when an agency code closes the article after its last sentence, then the agency reports it', () => {
    const doc = extract('Die Preisverleihung ist im Mai.\n\nDas Festival zeigt zwölf Konzerte. epd', 'de');
    expect(doc.reports.map((r) => [r.publisher.name, r.cue])).toEqual([['Evangelischer Pressedienst', 'epd']]);
  });

  it(
    'when a byline ends with the agency ("Von Anna Beispiel (dpa)", "By Tom Example, AP"), ' +
      'then the agency reports it',
    () => {
      expect(publishers('Von Anna Beispiel (dpa)\n\nDer Hafen wird ausgebaut.', 'de')).toEqual([
        'Deutsche Presse-Agentur',
      ]);
      expect(publishers('By Tom Example, AP\n\nThe harbour will be expanded.', 'en')).toEqual(['Associated Press']);
    },
  );

  it('when a lower-case word ends a sentence-final paragraph but is no code, then there is no credit', () => {
    expect(publishers('Der Hafen wird ausgebaut. Das dauert lange', 'de')).toEqual([]);
  });
});

describe('report cues (English)', () => {
  it('when a speaker "told" an outlet, then the outlet reports the sentence', () => {
    expect(cues('The mayor told The Independent that the bridge would reopen.', 'en')).toEqual(['told']);
    expect(publishers('The mayor told Reuters TV that the bridge would reopen.', 'en')).toEqual(['Reuters TV']);
  });

  it('when "reported X" is inverted after the clause, then X reports it', () => {
    expect(publishers('The bridge will reopen in May, reported the Wall Street Journal.', 'en')).toEqual([
      'The Wall Street Journal',
    ]);
  });

  it('when "X reported" or "X, citing officials, reported", then X reports it', () => {
    expect(publishers('The Guardian reported that the bridge would reopen.', 'en')).toEqual(['The Guardian']);
    expect(publishers('Bloomberg, citing two officials, reported that the bridge would reopen.', 'en')).toEqual([
      'Bloomberg',
    ]);
  });

  it('when "according to X" or "in an interview with X", then X reports it', () => {
    expect(publishers('According to the BBC, the bridge will reopen.', 'en')).toEqual(['BBC']);
    expect(publishers('In an interview with CNN, the mayor said the bridge would reopen.', 'en')).toEqual(['CNN']);
  });

  it('when a report names its agent with "by" after a few words, then the agent reports it', () => {
    expect(publishers('The plan follows reports last week by Politico that the bridge will reopen.', 'en')).toEqual([
      'Politico',
    ]);
  });

  it('when a reporter of an outlet speaks ("Reuters reporter Jane Doe said"), then the outlet is not the cue', () => {
    expect(publishers('Reuters photographer Jane Doe said the bridge was closed.', 'en')).toEqual([]);
  });
});

describe('report cues (German)', () => {
  it('when "sagte <name> der <Zeitung>" names the paper as addressee, then the paper reports the sentence', () => {
    const doc = extract('„Die Brücke kommt“, sagte Meyer der „Süddeutschen Zeitung“.', 'de');
    expect(doc.reports.map((r) => [r.publisher.name, r.cue])).toEqual([['Süddeutsche Zeitung', 'sagte Meyer der']]);
  });

  it('when a speaker talks "zu" or "gegenüber" an outlet, then the outlet reports it', () => {
    expect(publishers('Die Brücke sei fertig, sagte Bürgermeister Jan Beispiel zu Reuters TV.', 'de')).toEqual([
      'Reuters TV',
    ]);
    expect(publishers('Gegenüber der FAZ kündigte er den Bau an.', 'de')).toEqual(['Frankfurter Allgemeine Zeitung']);
  });

  it('when "laut X", "nach Angaben von X" or "X zufolge", then X reports it', () => {
    expect(publishers('Laut dpa wird die Brücke im Mai fertig.', 'de')).toEqual(['Deutsche Presse-Agentur']);
    expect(publishers('Nach Angaben von Reuters wird die Brücke im Mai fertig.', 'de')).toEqual(['Reuters']);
    expect(publishers('Dem Spiegel zufolge wird die Brücke im Mai fertig.', 'de')).toEqual(['Der Spiegel']);
  });

  it('when "wie X am Montag berichtete" puts words before the verb, then X reports it', () => {
    expect(publishers('Wie das Handelsblatt am Montag berichtete, wird die Brücke teurer.', 'de')).toEqual([
      'Handelsblatt',
    ]);
  });

  it(
    'when an auxiliary stands before the outlet and the participle ends the clause, ' + 'then the outlet reports it',
    () => {
      expect(publishers('Im Mai hatte der Tagesspiegel über die Pläne für eine neue Brücke berichtet.', 'de')).toEqual([
        'Der Tagesspiegel',
      ]);
    },
  );

  it('when an outlet is only named ("ein Journalist des Spiegels"), then it reports nothing', () => {
    expect(publishers('Ein Journalist des Spiegels besuchte die Baustelle.', 'de')).toEqual([]);
  });
});

describe('outlets named together', () => {
  it(
    'when two outlets report together ("wie X und Y berichteten"), ' + 'then each reports, citing the whole sentence',
    () => {
      const body =
        'Die Brücke wird teurer, wie The Washington Post und Reuters am Dienstag berichteten. Der Bau beginnt.';
      const doc = extract(body, 'de');
      expect(doc.reports.map((r) => r.publisher.name)).toEqual(['The Washington Post', 'Reuters']);
      const sentence = body.indexOf(' Der Bau');
      for (const report of doc.reports) {
        // the span a reader is shown names the outlet, the cue and the story, and ends with the sentence
        expect(report.evidence).toEqual({ start: 0, end: sentence });
        expect(report.about).not.toContain(report.publisher.entityId);
      }
    },
  );

  it('when one outlet reports what another said, then the report still spans the sentence', () => {
    const doc = extract('According to Reuters, the BBC will close two studios.', 'en');
    expect(doc.reports.map((r) => r.publisher.name)).toEqual(['Reuters']);
    expect(doc.reports[0]!.evidence).toEqual({ start: 0, end: doc.body.length });
  });
});

describe('outlets named by their role', () => {
  it('when "die Zeitung" follows a cue after a paper was named, then the paper reports again', () => {
    const body =
      'Wie die Kieler Rundschau berichtete, wird die Brücke teurer. Ein Beamter sagte der Zeitung, man prüfe den Bau.';
    const doc = extract(body, 'de');
    expect(doc.reports.map((r) => r.publisher.name)).toEqual(['Kieler Rundschau', 'Kieler Rundschau']);
  });

  it(
    'when "the broadcaster" follows a cue, ' + 'then the broadcaster named before reports, not the agency named last',
    () => {
      const body =
        'Sky News first showed the images. Reuters confirmed them. The mayor told the broadcaster that the ' +
        'bridge was safe.';
      const doc = extract(body, 'en');
      expect(doc.reports.filter((r) => r.cue === 'told').map((r) => r.publisher.name)).toEqual(['Sky News']);
    },
  );

  it('when "the paper" is a research paper with no outlet of its kind before, then it reports nothing', () => {
    expect(
      publishers('The study was published in May. The authors of the paper said the bridge was safe.', 'en'),
    ).toEqual([]);
  });
});
