import { describe, expect, it } from 'vitest';
import { roleKeysOf, statementDocument, WIKIDATA_EXTRACTOR } from './statement-document.ts';
import type { ItemStatements } from './statements.ts';

// Shapes, not facts: the ids (Q9000…) name no real item.
describe('an item’s statements as a document of the graph', () => {
  const item: ItemStatements = {
    qid: 'Q9000001',
    label: 'Test Person',
    modified: null,
    lastRevision: 7,
    deprecated: 0,
    statements: [
      {
        property: 'P39',
        statementId: 'Q9000001$1',
        rank: 'normal',
        value: 'Q9000010',
        of: null,
        start: { time: '+2011-01-03T00:00:00Z', precision: 11 },
        end: { time: '+2015-06-00T00:00:00Z', precision: 10 },
      },
      {
        property: 'P39',
        statementId: 'Q9000001$2',
        rank: 'normal',
        value: 'Q9000011',
        of: null,
        start: null,
        end: null,
      },
      {
        property: 'P463',
        statementId: 'Q9000001$3',
        rank: 'preferred',
        value: 'Q9000030',
        of: null,
        start: null,
        end: null,
      },
      {
        property: 'P159',
        statementId: 'Q9000001$4',
        rank: 'normal',
        value: 'Q9000099',
        of: null,
        start: null,
        end: null,
      },
    ],
  };
  const input = {
    item,
    entityIds: ['person:test'],
    entityOfQid: new Map([
      ['Q9000020', 'country:test'],
      ['Q9000030', 'org:test-alliance'],
    ]),
    positions: new Map([['Q9000010', { qid: 'Q9000010', en: 'Test senator', de: null, appliesTo: ['Q9000020'] }]]),
    asOf: '2026-11-30',
    file: 'dump.json',
  };

  it('when statements are written, then each is a line of the text and the span of its relation', () => {
    const { document, skipped } = statementDocument(input);
    expect(document).not.toBeNull();
    const doc = document!;
    expect(doc).toMatchObject({
      url: 'https://www.wikidata.org/wiki/Q9000001',
      outlet: 'Wikidata',
      publishedAt: '2026-11-30',
      extractor: WIKIDATA_EXTRACTOR,
      title: 'Test Person (Q9000001)',
    });
    expect(doc.body.split('\n')[0]).toBe('Test Person (Q9000001) on Wikidata, as of 2026-11-30, revision 7');
    expect(doc.relations).toHaveLength(2);
    const [role, member] = doc.relations;
    expect(doc.body.slice(role!.evidence.start, role!.evidence.end)).toBe(
      'position held: Test senator (Q9000010) of Q9000020, start time 2011-01-03, end time 2015-06, ' +
        'rank normal [Q9000001$1]',
    );
    expect(role).toMatchObject({
      type: 'HELD_ROLE',
      from: 'person:test',
      to: 'country:test',
      when: { edtf: '2011-01-03/2015-06', earliest: '2011-01-03', latest: '2015-06-30', precision: 'range' },
      properties: {
        role: 'Test senator',
        roleKey: 'senator',
        roleKeys: ['senator'],
        origin: 'wikidata',
        wikidataRank: 'normal',
      },
    });
    expect(member).toMatchObject({ type: 'MEMBER_OF', to: 'org:test-alliance', when: null, confidence: 1 });
    expect(doc.body.slice(member!.evidence.start, member!.evidence.end)).toBe(
      'member of: Q9000030, rank preferred [Q9000001$3]',
    );
    // the second position was not read; the headquarters is no entity of the graph
    expect(skipped).toEqual({ positionNotRead: 1, otherEndNotInGraph: 1 });
  });

  it('when the same statements are written again, then the text is the same (nothing changes in the graph)', () => {
    expect(statementDocument(input).document!.contentHash).toBe(statementDocument(input).document!.contentHash);
    const reordered = { ...input, item: { ...item, statements: [...item.statements].reverse() } };
    expect(statementDocument(reordered).document!.contentHash).toBe(statementDocument(input).document!.contentHash);
  });

  it('when no statement reaches an entity of the graph, then there is no document', () => {
    expect(statementDocument({ ...input, entityOfQid: new Map(), positions: new Map() }).document).toBeNull();
  });

  it('when a position’s labels name titles of the role lexicon, then it has their keys, in either language', () => {
    expect(roleKeysOf(['United States Secretary of State', 'Außenminister der Vereinigten Staaten'])).toEqual([
      'secretary-of-state',
      'foreign-minister',
    ]);
    expect(roleKeysOf(['Bundeskanzler', null])).toEqual(['head-of-government']);
    expect(roleKeysOf(['harbour pilot of a port'])).toEqual([]);
    expect(roleKeysOf(['mayor of a town', 'Senatorin'])).toEqual(['senator']);
  });
});
