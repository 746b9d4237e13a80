import { createHash } from 'node:crypto';
import type { ExtractedDocument, ExtractedEntity, ExtractedQuote } from '../../src/extract/types.ts';

export interface LargeDocument {
  doc: ExtractedDocument;
  /** the ids of the entities it names, all under the scope, for clean-up */
  entityIds: string[];
  quotes: number;
  mentions: number;
}

/**
 * A long article (a transcript) as the extractor would deliver it: `paragraphs` paragraphs of about
 * 450 characters, each naming three entities, and every `quoteEvery`-th with a quote of its own.
 * Built directly rather than extracted, so the test does not wait minutes on extraction of
 * megabytes; the offsets are exact. Quotes are few because writing a quote costs far more than a
 * mention (a mention is one more number in a list on the MENTIONS relationship).
 */
export function largeDocument(scope: string, paragraphs: number, quoteEvery = 10): LargeDocument {
  const speaker = { id: `person:${scope}-speaker`, name: `Anna ${scope} Beispiel` };
  const org = { id: `org:${scope}-rat`, name: `Rat ${scope}` };
  const place = { id: `place:${scope}-stadt`, name: `Stadt ${scope}` };
  const mentions = new Map<string, ExtractedEntity['mentions']>([speaker, org, place].map((e) => [e.id, []]));
  const quotes: ExtractedQuote[] = [];
  let body = '';
  const mention = (id: string, name: string) => {
    mentions.get(id)!.push({ start: body.length, end: body.length + name.length, text: name });
    body += name;
  };
  for (let i = 0; i < paragraphs; i++) {
    body += `Absatz ${i}. `;
    mention(speaker.id, speaker.name);
    body += ' sprach vor dem ';
    mention(org.id, org.name);
    body += ' in ';
    mention(place.id, place.name);
    body +=
      '. Danach ging es um Haushalt, Verkehr, Schulen und die Frage, wie die Stadt mit den Kosten der ' +
      'neuen Brücke umgehen solle; ';
    body +=
      'die Sitzung dauerte bis in den Abend, und mehrere Mitglieder des Rates meldeten sich mehrmals zu ' +
      'Wort, bevor abgestimmt wurde.';
    if (i % quoteEvery !== 0) {
      body += '\n\n';
      continue;
    }
    body += ' Sie sagte: „';
    const text = `Das ist unsere Erklärung Nummer ${i}, und wir bleiben bei ihr, was immer geschieht`;
    const start = body.length;
    body += text;
    quotes.push({
      id: `quote:${scope}-${i}`,
      text,
      start,
      end: body.length,
      kind: 'direct',
      speaker: { name: speaker.name, entityId: speaker.id },
      speakerDescription: null,
      cue: 'sagte',
      event: null,
      said: { edtf: '2026-02-15', earliest: '2026-02-15', latest: '2026-02-15', precision: 'day' },
      saidBasis: 'text',
      lang: 'de',
      confidence: 0.9,
      attribution: { method: 'verb-before-quote', confidence: 0.9 },
    });
    body += '“.\n\n';
  }
  const entities: ExtractedEntity[] = [
    { ...speaker, type: 'Person', aliases: [], mentions: mentions.get(speaker.id)! },
    { ...org, type: 'Organization', aliases: [], mentions: mentions.get(org.id)! },
    { ...place, type: 'Place', aliases: [], mentions: mentions.get(place.id)! },
  ];
  const doc: ExtractedDocument = {
    source: `${scope}.txt`,
    title: `Transcript ${scope}`,
    url: `https://example.test/${scope}/transcript`,
    outlet: null,
    lang: 'de',
    publishedAt: '2026-02-16',
    contentHash: createHash('sha256').update(body).digest('hex'),
    body,
    quotes,
    reported: [],
    entities,
    dates: [],
    events: [],
    reports: [],
    relations: [],
    diagnostics: [],
    extractor: 'quotegraph-test/1',
  };
  return { doc, entityIds: entities.map((e) => e.id), quotes: quotes.length, mentions: paragraphs * 3 };
}
