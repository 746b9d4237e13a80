// The seed article of the project, read from ../shared (third-party text stays out of the repo).

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.ts';
import type { ExtractedDocument } from './types.ts';

const file = fileURLToPath(new URL('../../../shared/corpus/nato-rubio-umverteilung.de.txt', import.meta.url));
const present = existsSync(file);
if (!present) console.warn(`seed-article.test: ${file} not found; seed article tests skipped`);

describe.skipIf(!present)('seed article (nato-rubio-umverteilung.de.txt)', () => {
  const body = present ? readFileSync(file, 'utf8') : '';
  const extract = (publishedAt: string | null): ExtractedDocument =>
    extractDocument(body, { source: file, title: null, url: null, outlet: null, publishedAt, lang: null });
  const doc = present ? extract('2026-02-17') : (null as unknown as ExtractedDocument);

  it('when extracted, then both dash-attributed quotes and the fragment are Marco Rubio’s, with exact spans', () => {
    const dashed = doc.quotes.filter((q) => q.cue?.startsWith('—'));
    expect(dashed).toHaveLength(2);
    const fragment = doc.quotes.find((q) => q.kind === 'fragment');
    expect(fragment?.text).toBe('nicht aus der NATO austreten');
    for (const q of [...dashed, fragment!]) {
      expect(q.speaker?.entityId).toBe('person:marco-rubio');
      expect(body.slice(q.start, q.end)).toBe(q.text);
    }
    expect(dashed[0]!.text.startsWith('Wir verlassen die NATO nicht.')).toBe(true);
  });

  it('when published 2026-02-17, then the press conference is dated 2026-02-15 and the quotes link to it', () => {
    const conference = doc.events.find((e) => e.type === 'press-conference');
    expect(conference?.when).toMatchObject({ edtf: '2026-02-15', precision: 'day' });
    expect(conference?.participants).toContain('person:marco-rubio');
    for (const q of doc.quotes) {
      expect(q.event).toBe(conference!.id);
      expect(q.said?.edtf).toBe('2026-02-15');
    }
  });

  it(
    'when published 2026-02-17, ' + 'then The Washington Post and Reuters reported in January 2026 (month precision)',
    () => {
      const january = doc.reports.filter((r) => r.when?.edtf === '2026-01');
      expect(january.map((r) => r.publisher.entityId).sort()).toEqual(['org:reuters', 'org:washington-post']);
      for (const r of january)
        expect(r.when).toMatchObject({ earliest: '2026-01-01', latest: '2026-01-31', precision: 'month' });
    },
  );

  it('when extracted, then Reuters reports the handover of the Naples and Norfolk command posts', () => {
    const report = doc.reports.find((r) => r.publisher.entityId === 'org:reuters' && r.cue.startsWith('Nach Angaben'));
    expect(report).toBeDefined();
    const claim = doc.reported.find((c) => report!.about.includes(c.id));
    expect(claim?.text).toContain('Kommandoposten');
    const handed = doc.relations
      .filter((r) => r.type === 'HANDED_OVER_TO')
      .map((r) => r.from)
      .sort();
    expect(handed).toEqual(['commandpost:jfc-naples', 'commandpost:jfc-norfolk']);
  });

  it('when extracted, then NATO, the USA and Ukraine are entities with spans', () => {
    for (const id of ['org:nato', 'country:us', 'country:ua']) {
      const entity = doc.entities.find((e) => e.id === id);
      expect(entity?.mentions.length).toBeGreaterThan(0);
      for (const m of entity!.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('when extracted, then the January claim carries the quantity "rund 200 Stellen"', () => {
    const claim = doc.reported.find((c) => c.quantities.some((q) => q.text === 'rund 200 Stellen'));
    expect(claim?.quantities[0]).toMatchObject({ value: 200, unit: 'Stellen', approximate: true });
    expect(claim?.when?.edtf).toBe('2026-01');
  });

  it('when the publication date is unknown, then the dates keep no year', () => {
    const undated = extract(null);
    expect(undated.events.find((e) => e.type === 'press-conference')?.when).toMatchObject({
      edtf: 'XXXX-02-15',
      earliest: null,
      precision: 'unknown-year',
    });
    expect(undated.reports.filter((r) => r.when?.edtf === 'XXXX-01')).toHaveLength(2);
  });
});
