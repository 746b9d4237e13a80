// Rules found by scoring the blind held-out batch: each case here is our own invented sentence of
// the same shape, so the rule is tested without tuning on the batch itself.

import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.ts';
import type { DocumentMeta } from './types.ts';

const meta = (lang: string, publishedAt: string | null): DocumentMeta => ({ source: 'test', title: null, url: null, outlet: null, publishedAt, lang });
const people = (body: string, lang: string): string[] =>
  extractDocument(body, meta(lang, '2026-04-10'))
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('German titles glued into compounds and names after them', () => {
  it('when a closed compound ends in a known title, then it is a role and the name after it is the person', () => {
    const body = 'Luftwaffeninspekteur Karsten Olbrich warnte vor Lücken. „Wir brauchen mehr Flugzeuge“, sagte Olbrich.';
    expect(people(body, 'de')).toEqual(['Karsten Olbrich']);
    const doc = extractDocument(body, meta('de', '2026-04-10'));
    expect(doc.quotes[0]?.speaker?.name).toBe('Karsten Olbrich');
  });

  it('when a particle is followed by more than one word, then the name starts after the particle', () => {
    const body = 'Nach dem Plan von Wehrbeauftragter Ute Kessler soll die Truppe wachsen. „Das ist machbar“, sagte Kessler.';
    expect(people(body, 'de')).toEqual(['Ute Kessler']);
    expect(people('„Europa muss handeln“, sagte Ursula von der Leyen in Brüssel.', 'de')).toEqual(['Ursula von der Leyen']);
  });

  it('when a state secretary speaks, then the title is not part of her name', () => {
    const body = 'Staatssekretärin Petra Lindqvist sagte am Montag: „Wir halten Kurs.“';
    const doc = extractDocument(body, meta('de', '2026-04-10'));
    expect(doc.quotes[0]?.speaker?.name).toBe('Petra Lindqvist');
  });
});

describe('speaker clauses', () => {
  it('when "sagte er" is followed by the addressee, then the pronoun is the speaker', () => {
    const body = 'Der Minister Jan Frisch reiste nach Kiel. „Die Lage ist ernst“, sagte er der Nachrichtenagentur Nordpress.';
    const doc = extractDocument(body, meta('de', '2026-04-10'));
    expect(doc.quotes[0]?.speaker?.name).toBe('Jan Frisch');
    expect(doc.entities.find((e) => e.name === 'Nordpress')?.type).toBe('MediaOutlet');
  });

  it('when an unnamed source declines one thing but says another, then the unnamed source is the speaker', () => {
    const body =
      'Minister Ola Brekke spoke first. A spokesman for the navy declined to give numbers but said the plan was "on schedule."';
    const doc = extractDocument(body, meta('en', '2026-04-10'));
    expect(doc.quotes[0]).toMatchObject({ speaker: null, speakerDescription: 'A spokesman for the navy' });
  });
});

describe('dates', () => {
  it('when the text says "last Friday" on a Friday, then it is the Friday a week before', () => {
    // 2026-04-10 is a Friday.
    const de = extractDocument('Das Treffen fand am vergangenen Freitag statt.', meta('de', '2026-04-10'));
    expect(de.dates[0]).toMatchObject({ edtf: '2026-04-03' });
    const en = extractDocument('The meeting took place last Friday.', meta('en', '2026-04-10'));
    expect(en.dates[0]).toMatchObject({ edtf: '2026-04-03' });
    const bare = extractDocument('The minister spoke on Friday.', meta('en', '2026-04-10'));
    expect(bare.dates[0]).toMatchObject({ edtf: '2026-04-10' });
  });

  it('when a planning word opens the clause of a later month, then the month is ahead, not a year back', () => {
    const doc = extractDocument('The minister is expected to present the report to parliament in late May.', meta('en', '2026-04-10'));
    expect(doc.dates[0]).toMatchObject({ edtf: '2026-05' });
    const past = extractDocument('The minister presented the report to parliament in late May.', meta('en', '2026-04-10'));
    expect(past.dates[0]).toMatchObject({ edtf: '2025-05' });
  });
});

describe('outlets cited as media', () => {
  it('when a report cites an outlet the alias table does not know, then the outlet and the report are found', () => {
    const body = 'Nach Informationen des Nordkuriers kostet das Programm rund drei Milliarden Euro.';
    const doc = extractDocument(body, meta('de', '2026-04-10'));
    expect(doc.entities.find((e) => e.type === 'MediaOutlet')?.name).toBe('Nordkurier');
    expect(doc.reports.map((r) => r.publisher.name)).toEqual(['Nordkurier']);
  });

  it('when a German sentence cites a quoted paper with "wie … berichtete", then the paper keeps its article', () => {
    const body = 'Die Regierung will sparen, wie die „Kieler Abendpost“ berichtete.';
    const doc = extractDocument(body, meta('de', '2026-04-10'));
    expect(doc.entities.filter((e) => e.type === 'MediaOutlet').map((e) => e.name)).toEqual(['Kieler Abendpost']);
  });
});
