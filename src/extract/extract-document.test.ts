import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.ts';
import type { DocumentMeta } from './types.ts';

const meta = (lang: string | null, publishedAt: string | null = '2026-03-04'): DocumentMeta => ({ source: 'test', title: null, url: null, outlet: null, publishedAt, lang });

describe('extractDocument speakers', () => {
  it('when a German quote is followed by "sagte er", then the speaker is the person named before', () => {
    const body = 'Der Botschafter der USA, Peter Miller, besuchte Berlin.\n„Wir bleiben an Ihrer Seite“, sagte er am Dienstag.';
    const doc = extractDocument(body, meta('de'));
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ text: 'Wir bleiben an Ihrer Seite', speaker: { name: 'Peter Miller' }, cue: 'sagte er', said: { edtf: '2026-03-03' } });
    expect(body.slice(doc.quotes[0]!.start, doc.quotes[0]!.end)).toBe('Wir bleiben an Ihrer Seite');
  });

  it('when a quote is interrupted by its attribution, then it is two quotes of the same speaker', () => {
    const body = '“We are staying,” Anna Kowalski said, adding: “We are not going anywhere.”';
    const doc = extractDocument(body, meta('en'));
    expect(doc.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We are staying,', 'Anna Kowalski'],
      ['We are not going anywhere.', 'Anna Kowalski'],
    ]);
  });

  it('when a role-only mention speaks, then it resolves to the person the article gave that role', () => {
    const body = 'NATO Secretary General Mark Rutte met ministers.\n"We must do more," the NATO Secretary General noted.';
    const doc = extractDocument(body, meta('en'));
    expect(doc.quotes[0]).toMatchObject({ speaker: { entityId: 'person:mark-rutte' }, cue: 'the NATO Secretary General noted' });
    expect(doc.relations).toContainEqual(expect.objectContaining({ type: 'HELD_ROLE', from: 'person:mark-rutte', to: 'org:nato' }));
  });

  it('when an unnamed official speaks, then the speaker is null with a description, also for "the official" later', () => {
    const body = 'Asked about it, a NATO official said: “Allies have agreed on a plan.” The official said the change was about “planning for future rotations” only.';
    const doc = extractDocument(body, meta('en'));
    expect(doc.quotes.map((q) => [q.speaker, q.speakerDescription])).toEqual([
      [null, 'a NATO official'],
      [null, 'a NATO official'],
    ]);
    expect(doc.quotes[1]!.kind).toBe('fragment');
  });

  it('when a quote has no attribution, then it continues the previous speaker', () => {
    const body = '„Wir handeln jetzt“, sagte Whitaker. Er sprach lange.\n„Es gibt keinen Grund zu warten.“';
    const doc = extractDocument(body, meta('de'));
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['Matthew Whitaker', 'Matthew Whitaker']);
  });

  it('when a block quote is followed by a dash line, then the dash line names the speaker and the role', () => {
    const body = 'Einleitung.\n"Wir bleiben in der Allianz. Das ist klar."\n— Julia Meier, Bundesministerin\nWeiter.';
    const doc = extractDocument(body, meta('de'));
    expect(doc.quotes[0]).toMatchObject({ speaker: { name: 'Julia Meier' }, cue: '— Julia Meier, Bundesministerin', kind: 'direct' });
  });

  it('when a quoted string is a programme name, then it is not a quote', () => {
    const body = '„Europa muss handeln“, sagte er den „ARD Tagesthemen“.';
    const doc = extractDocument(body, meta('de'));
    expect(doc.quotes.map((q) => q.text)).toEqual(['Europa muss handeln']);
    expect(doc.reports.map((r) => r.publisher.entityId)).toContain('org:ard-tagesthemen');
  });
});

describe('extractDocument claims, reports, events', () => {
  it('when reported speech with "dass" carries a quantity, then the claim has speaker, cue and quantity', () => {
    const body = 'Die Ministerin Eva Schmidt betonte, dass rund 300 Soldaten verlegt werden.';
    const doc = extractDocument(body, meta('de'));
    expect(doc.reported[0]).toMatchObject({ speaker: { name: 'Eva Schmidt' }, quantities: [{ value: 300, unit: 'Soldaten', approximate: true }] });
  });

  it('when two outlets report in a dated sentence, then each gets a report with the month', () => {
    const body = 'Im Januar berichteten The Washington Post und Reuters über Pläne, 50 Stellen zu streichen.';
    const doc = extractDocument(body, meta('de', '2026-02-17'));
    expect(doc.reports.map((r) => [r.publisher.name, r.when?.edtf])).toEqual([
      ['The Washington Post', '2026-01'],
      ['Reuters', '2026-01'],
    ]);
    expect(doc.reports[0]!.about).toHaveLength(1);
  });

  it('when a press conference is dated, then the event carries the date and the quote links to it', () => {
    const body = 'Auf einer Pressekonferenz am 2. März sagte Marco Rubio: „Wir bleiben.“';
    const doc = extractDocument(body, meta('de'));
    expect(doc.events[0]).toMatchObject({ type: 'press-conference', when: { edtf: '2026-03-02' }, participants: ['person:marco-rubio'] });
    expect(doc.quotes[0]!.event).toBe(doc.events[0]!.id);
  });

  it('when language is not given, then it is detected', () => {
    const doc = extractDocument('Die Regierung hat am Montag neue Pläne vorgestellt, die viele überrascht haben.', meta(null));
    expect(doc.lang).toBe('de');
  });

  it('when the text is empty or odd, then nothing throws', () => {
    for (const body of ['', '„', '"""', '\n\n\n', '— ', '“unclosed']) expect(() => extractDocument(body, meta(null, null))).not.toThrow();
  });

  it('when the same body is extracted twice, then the result is identical', () => {
    const body = 'NATO Secretary General Mark Rutte said on Monday that allies agreed.';
    expect(extractDocument(body, meta('en'))).toEqual(extractDocument(body, meta('en')));
  });
});
