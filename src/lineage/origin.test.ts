import { describe, expect, it } from 'vitest';
import type { DocumentModel, QuoteModel } from '../model/index.ts';
import { labelNames, originOf, outletLabel } from './origin.ts';

const doc = (
  id: string,
  outlet: string | null,
  publishedAt: string | null,
  url: string | null = null,
): DocumentModel => ({
  id,
  title: null,
  url,
  outlet,
  lang: null,
  publishedAt,
  knownSince: publishedAt ?? '2031-06-30',
});

const quote = (id: string, ...docs: DocumentModel[]): QuoteModel => ({
  __typename: 'Quote',
  id,
  text: id,
  lang: null,
  kind: null,
  speakerId: null,
  speakerDescription: null,
  eventId: null,
  unattributedReason: null,
  basis: null,
  knownSince: null,
  asOf: null,
  retraction: null,
  edtf: null,
  earliest: null,
  latest: null,
  precision: null,
  sources: docs.map((document) => ({
    document,
    start: 0,
    end: 1,
    confidence: 1,
    excerpt: null,
    cue: null,
    extractor: null,
  })),
});

const cite = (outletName: string, documentId: string, outletAliases: string[] = []) => ({
  outletId: `org:${outletName.toLowerCase()}`,
  outletName,
  outletAliases,
  documentId,
  cue: `(${outletName})`,
});

describe('origin and copying in a cluster', () => {
  it('names an outlet by its label, else its host, and matches names and aliases as whole words', () => {
    expect(outletLabel(doc('d', null, null, 'https://www.example.invalid/a'))).toBe('example.invalid');
    expect(outletLabel(doc('d', ' taz (rtr/taz) ', null))).toBe('taz (rtr/taz)');
    expect(labelNames('The Spokesman-Review (Reuters wire)', ['Reuters'])).toBe(true);
    expect(labelNames('taz (rtr/taz)', ['Reuters', 'rtr'])).toBe(true);
    expect(labelNames('Reutersville Gazette', ['Reuters'])).toBe(false);
    expect(labelNames('Associated Press', ['AP', 'Associated Press'])).toBe(true);
  });

  it('follows citations back through the cluster: a chain of three outlets, and a self-credit is no citation', () => {
    const origin = originOf({
      renderings: [
        { quote: quote('q1', doc('d1', 'Agency A', '2031-06-01')), lang: 'en', firstSeen: '2031-06-01', citations: [] },
        {
          quote: quote('q2', doc('d2', 'Paper B (Agency A)', '2031-06-02')),
          lang: 'en',
          firstSeen: '2031-06-02',
          citations: [cite('Agency A', 'd2')],
        },
        {
          quote: quote('q3', doc('d3', 'Zeitung C', '2031-06-03')),
          lang: 'de',
          firstSeen: '2031-06-03',
          citations: [cite('Paper B', 'd3'), cite('Zeitung C', 'd3')],
        },
      ],
    });
    expect(origin.renderings.map((r) => r.derivedFrom)).toEqual([null, 'q1', 'q2']);
    expect(origin.renderings[2]!.cites.map((c) => c.outletName)).toEqual(['Paper B']);
    expect(origin.chains).toEqual([
      { from: 'q2', outlets: ['Paper B', 'Agency A'] },
      { from: 'q3', outlets: ['Zeitung C', 'Paper B', 'Agency A'] },
    ]);
    expect(origin.renderings[2]!.after).toEqual(['Agency A', 'Paper B (Agency A)']);
    expect(origin.summary).toBe(
      'First printed by Agency A on 2031-06-01; carried by 3 outlets in 2 languages; ' +
        'the German wording first appears in Zeitung C on 2031-06-03.',
    );
  });

  it('cites an outlet with no rendering in the cluster without a copy, and says when a date is unknown', () => {
    const origin = originOf({
      renderings: [
        {
          quote: quote('q1', doc('d1', 'Paper B', null)),
          lang: 'en',
          firstSeen: '2031-06-30',
          citations: [cite('Agency Z', 'd1')],
        },
        { quote: quote('q2', doc('d2', 'Paper B', null)), lang: 'en', firstSeen: '2031-06-30', citations: [] },
      ],
    });
    expect(origin.renderings[0]!.cites[0]).toMatchObject({ outletName: 'Agency Z', rendering: null });
    expect(origin.renderings[0]!.derivedFrom).toBeNull();
    expect(origin.chains).toEqual([{ from: 'q1', outlets: ['Paper B', 'Agency Z'] }]);
    // same day: nothing appeared after another outlet
    expect(origin.renderings[1]!.after).toEqual([]);
    expect(origin.summary).toBe(
      'First printed by Paper B (publication date unknown; first known 2031-06-30), citing Agency Z; ' +
        'carried by 1 outlet in 1 language.',
    );
  });
});
