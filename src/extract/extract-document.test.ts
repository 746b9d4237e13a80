import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.ts';
import type { DocumentMeta } from './types.ts';

const meta = (lang: string | null, publishedAt: string | null = '2026-03-04'): DocumentMeta => ({
  source: 'test',
  title: null,
  url: null,
  outlet: null,
  publishedAt,
  lang,
});

describe('extractDocument speakers', () => {
  it('when a German quote is followed by "sagte er", then the speaker is the person named before', () => {
    const body =
      'Der Botschafter der USA, Peter Miller, besuchte Berlin.\n„Wir bleiben an Ihrer Seite“, sagte er am Dienstag.';
    const doc = extractDocument(body, meta('de'));
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({
      text: 'Wir bleiben an Ihrer Seite',
      speaker: { name: 'Peter Miller' },
      cue: 'sagte er',
      said: { edtf: '2026-03-03' },
    });
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
    const body =
      'NATO Secretary General Mark Rutte met ministers.\n"We must do more," the NATO Secretary General noted.';
    const doc = extractDocument(body, meta('en'));
    expect(doc.quotes[0]).toMatchObject({
      speaker: { entityId: 'person:mark-rutte' },
      cue: 'the NATO Secretary General noted',
    });
    expect(doc.relations).toContainEqual(
      expect.objectContaining({ type: 'HELD_ROLE', from: 'person:mark-rutte', to: 'org:nato' }),
    );
  });

  it(
    'when an unnamed official speaks, ' + 'then the speaker is null with a description, also for "the official" later',
    () => {
      const body =
        'Asked about it, a NATO official said: “Allies have agreed on a plan.” The official said the change ' +
        'was about “planning for future rotations” only.';
      const doc = extractDocument(body, meta('en'));
      expect(doc.quotes.map((q) => [q.speaker, q.speakerDescription])).toEqual([
        [null, 'a NATO official'],
        [null, 'a NATO official'],
      ]);
      expect(doc.quotes[1]!.kind).toBe('fragment');
    },
  );

  it('when a quote has no attribution, then it continues the previous speaker', () => {
    const body = '„Wir handeln jetzt“, sagte Whitaker. Er sprach lange.\n„Es gibt keinen Grund zu warten.“';
    const doc = extractDocument(body, meta('de'));
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['Matthew Whitaker', 'Matthew Whitaker']);
  });

  it('when a block quote is followed by a dash line, then the dash line names the speaker and the role', () => {
    const body = 'Einleitung.\n"Wir bleiben in der Allianz. Das ist klar."\n— Julia Meier, Bundesministerin\nWeiter.';
    const doc = extractDocument(body, meta('de'));
    expect(doc.quotes[0]).toMatchObject({
      speaker: { name: 'Julia Meier' },
      cue: '— Julia Meier, Bundesministerin',
      kind: 'direct',
    });
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
    expect(doc.reported[0]).toMatchObject({
      speaker: { name: 'Eva Schmidt' },
      quantities: [{ value: 300, unit: 'Soldaten', approximate: true }],
    });
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
    expect(doc.events[0]).toMatchObject({
      type: 'press-conference',
      when: { edtf: '2026-03-02' },
      participants: ['person:marco-rubio'],
    });
    expect(doc.quotes[0]!.event).toBe(doc.events[0]!.id);
  });

  it('when language is not given, then it is detected', () => {
    const doc = extractDocument(
      'Die Regierung hat am Montag neue Pläne vorgestellt, die viele überrascht haben.',
      meta(null),
    );
    expect(doc.lang).toBe('de');
  });

  it('when the text is empty or odd, then nothing throws', () => {
    for (const body of ['', '„', '"""', '\n\n\n', '— ', '“unclosed'])
      expect(() => extractDocument(body, meta(null, null))).not.toThrow();
  });

  it('when the same body is extracted twice, then the result is identical', () => {
    const body = 'NATO Secretary General Mark Rutte said on Monday that allies agreed.';
    expect(extractDocument(body, meta('en'))).toEqual(extractDocument(body, meta('en')));
  });
});

describe('extractDocument attribution and time basis', () => {
  it('when a quote is attributed by a verb after it, then the JSON names the method and its confidence', () => {
    const doc = extractDocument('“We are staying,” Anna Kowalski said on Monday.', meta('en'));
    const q = doc.quotes[0]!;
    expect(q.attribution).toEqual({ method: 'verb-after-quote', confidence: q.confidence });
    expect(q.confidence).toBeGreaterThan(0);
    // the extract JSON carries it as printed by `quotegraph extract --format json`
    expect(JSON.parse(JSON.stringify(doc)).quotes[0].attribution.method).toBe('verb-after-quote');
  });

  it('when reported speech is attributed, then the claim carries the method as well', () => {
    const doc = extractDocument('Defence Minister Ola Brekke said that the navy would add four frigates.', meta('en'));
    expect(doc.reported[0]).toMatchObject({
      speaker: { name: 'Ola Brekke' },
      attribution: { method: expect.any(String), confidence: expect.any(Number) },
    });
    expect(doc.reported[0]!.attribution.method).not.toBe('none');
  });

  it('when no speaker is found, then the method is none', () => {
    const doc = extractDocument('The sign read “Closed for the winter”.', meta('en'));
    for (const q of doc.quotes.filter((x) => !x.speaker && !x.speakerDescription))
      expect(q.attribution.method).toBe('none');
  });

  it('when the text gives a date, then the quote is dated by the text', () => {
    const doc = extractDocument('“We are staying,” Anna Kowalski said on 2 March.', meta('en'));
    expect(doc.quotes[0]).toMatchObject({ said: { edtf: '2026-03-02' }, saidBasis: 'text' });
  });

  it('when the text gives no date, then the quote is placed at the publication day, marked publication', () => {
    const doc = extractDocument('“We are staying,” Anna Kowalski said.', meta('en', '2026-02-17'));
    expect(doc.quotes[0]).toMatchObject({
      said: { edtf: '2026-02-17', earliest: '2026-02-17', latest: '2026-02-17', precision: 'day' },
      saidBasis: 'publication',
    });
  });

  it('when reported speech has no date, then the claim is placed at the publication, marked publication', () => {
    const doc = extractDocument(
      'Defence Minister Ola Brekke said that the navy would add four frigates.',
      meta('en', '2026-02-17'),
    );
    expect(doc.reported[0]).toMatchObject({ when: { edtf: '2026-02-17' }, whenBasis: 'publication' });
  });

  it('when neither the text nor the metadata give a date, then the quote stays undated', () => {
    const doc = extractDocument('“We are staying,” Anna Kowalski said.', meta('en', null));
    expect(doc.quotes[0]).toMatchObject({ said: null, saidBasis: null });
  });

  it('when the publication date is written 16.02.2026, then it is read as 2026-02-16 and anchors "yesterday"', () => {
    const doc = extractDocument('“We are staying,” Anna Kowalski said yesterday.', meta('en', '16.02.2026'));
    expect(doc.publishedAt).toBe('2026-02-16');
    expect(doc.diagnostics.filter((d) => d.message.includes('publication date'))).toEqual([]);
    expect(doc.quotes[0]).toMatchObject({ said: { edtf: '2026-02-15' }, saidBasis: 'text' });
  });

  it(
    'when the publication date has month precision (2023-03), ' +
      'then publishedAt is 2023-03 and undated quotes span the month',
    () => {
      const doc = extractDocument('“We are staying,” Anna Kowalski said.', meta('en', '2023-03'));
      expect(doc.publishedAt).toBe('2023-03');
      expect(doc.quotes[0]).toMatchObject({
        said: { edtf: '2023-03', earliest: '2023-03-01', latest: '2023-03-31', precision: 'month' },
        saidBasis: 'publication',
      });
    },
  );

  it('when the publication date has month precision, then a month named in the text still gets its year', () => {
    const doc = extractDocument('“We are staying,” Anna Kowalski said in January.', meta('en', '2023-03'));
    expect(doc.quotes[0]!.said).toMatchObject({ edtf: '2023-01', precision: 'month' });
  });
});

describe('extractDocument co-reporting outlets', () => {
  it.each([
    ['Wie The Washington Post und Reuters berichteten, will die Regierung die Truppen verstärken.', 'de'],
    ['The Washington Post und Reuters berichteten, dass die Regierung die Truppen verstärken will.', 'de'],
    ['The Washington Post and Reuters reported that the government will send more troops.', 'en'],
  ])('when %j, then neither outlet is the speaker of the story or joined to the other', (body, lang) => {
    const doc = extractDocument(body, meta(lang));
    const outlets = doc.entities.filter((e) => e.type === 'MediaOutlet').map((e) => e.id);
    expect(outlets).toHaveLength(2);
    const ids = new Set(outlets);
    // no relation of any kind joins the two outlets, directly or through a claim one of them "made"
    for (const r of doc.relations) expect(ids.has(r.from) && ids.has(r.to)).toBe(false);
    for (const c of doc.reported) expect(ids.has(c.speaker?.entityId ?? '')).toBe(false);
    const claimIds = new Set(doc.reported.map((c) => c.id));
    expect(doc.reports.map((r) => r.publisher.entityId).sort()).toEqual([...outlets].sort());
    expect(doc.reported.length).toBeGreaterThan(0);
    for (const r of doc.reports) {
      for (const about of r.about) expect(ids.has(about)).toBe(false);
      // what a report is about is the story, not a claim put in the other outlet's mouth
      for (const about of r.about.filter((a) => claimIds.has(a)))
        expect(doc.reported.find((c) => c.id === about)!.speaker).toBeNull();
    }
    const mentionsOfOutlets = doc.relations.filter(
      (r) => r.type === 'MENTIONS' && ids.has(r.to) && claimIds.has(r.from),
    );
    const speakersOfThose = mentionsOfOutlets.map(
      (r) => doc.reported.find((c) => c.id === r.from)!.speaker?.entityId ?? null,
    );
    for (const s of speakersOfThose) expect(s === null || !ids.has(s)).toBe(true);
  });
});
