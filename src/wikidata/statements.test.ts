import { describe, expect, it } from 'vitest';
import type { WikidataEntity, WikidataSnak } from './entity-json.ts';
import { positionOf, statementSpan, statementsOf, timeSpanOf } from './statements.ts';

// Entities built here are shapes, not facts: their ids (Q9000…) name no real item.
const item = (id: string): WikidataSnak => ({
  snaktype: 'value',
  property: 'P',
  datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', id } },
});
const time = (t: string, precision: number): WikidataSnak => ({
  snaktype: 'value',
  property: 'P',
  datavalue: { type: 'time', value: { time: t, precision, timezone: 0 } },
});

describe('Wikidata times in our EDTF model', () => {
  it('when a time has day, month, year or decade precision, then it keeps that precision and its bounds', () => {
    expect(timeSpanOf({ time: '+2011-01-03T00:00:00Z', precision: 11 })).toEqual({
      edtf: '2011-01-03',
      earliest: '2011-01-03',
      latest: '2011-01-03',
      precision: 'day',
    });
    expect(timeSpanOf({ time: '+2024-02-00T00:00:00Z', precision: 10 })).toMatchObject({
      edtf: '2024-02',
      earliest: '2024-02-01',
      latest: '2024-02-29',
    });
    expect(timeSpanOf({ time: '+1955-00-00T00:00:00Z', precision: 9 })).toMatchObject({
      edtf: '1955',
      earliest: '1955-01-01',
      latest: '1955-12-31',
    });
    expect(timeSpanOf({ time: '+1967-00-00T00:00:00Z', precision: 8 })).toMatchObject({
      edtf: '196X',
      earliest: '1960-01-01',
      latest: '1969-12-31',
    });
  });

  it('when a time is a century, before year 1 or not a date, then it gives no time', () => {
    expect(timeSpanOf({ time: '+1901-00-00T00:00:00Z', precision: 7 })).toBeNull();
    expect(timeSpanOf({ time: '-0044-03-15T00:00:00Z', precision: 11 })).toBeNull();
    expect(timeSpanOf({ time: '+2011-00-00T00:00:00Z', precision: 11 })).toBeNull();
    expect(timeSpanOf({ time: 'yesterday', precision: 11 })).toBeNull();
  });

  it(
    'when a statement has a start, an end or both, ' +
      'then its span is an interval open where Wikidata leaves it open',
    () => {
      const start = { time: '+2025-01-21T00:00:00Z', precision: 11 };
      const end = { time: '+2025-01-20T00:00:00Z', precision: 11 };
      expect(statementSpan({ start, end: null })).toEqual({
        edtf: '2025-01-21/..',
        earliest: '2025-01-21',
        latest: null,
        precision: 'range',
      });
      expect(statementSpan({ start: null, end })).toMatchObject({ edtf: '../2025-01-20', earliest: null });
      expect(statementSpan({ start: { time: '+2011-01-03T00:00:00Z', precision: 11 }, end })).toMatchObject({
        edtf: '2011-01-03/2025-01-20',
      });
      expect(statementSpan({ start: null, end: null })).toBeNull();
    },
  );
});

describe('reading the statements of an entity', () => {
  const entity: WikidataEntity = {
    id: 'Q9000001',
    type: 'item',
    labels: { en: { language: 'en', value: 'Test Person' } },
    modified: '2026-11-30T08:00:00Z',
    lastrevid: 42,
    claims: {
      P39: [
        {
          id: 'Q9000001$a',
          mainsnak: item('Q9000010'),
          rank: 'preferred',
          qualifiers: { P580: [time('+2020-05-01T00:00:00Z', 11)], P642: [item('Q9000020')] },
        },
        { id: 'Q9000001$b', mainsnak: item('Q9000011'), rank: 'deprecated' },
        { id: 'Q9000001$c', mainsnak: { snaktype: 'novalue', property: 'P39' }, rank: 'normal' },
      ],
      P463: [
        { id: 'Q9000001$d', mainsnak: item('Q9000030'), qualifiers: { P582: [time('+2019-00-00T00:00:00Z', 9)] } },
      ],
      P27: [{ id: 'Q9000001$e', mainsnak: item('Q9000040') }],
    },
  };

  it(
    'when an entity has positions, memberships and other properties, ' +
      'then only the read ones come back, with their qualifiers',
    () => {
      const read = statementsOf(entity);
      expect(read).toMatchObject({ qid: 'Q9000001', label: 'Test Person', modified: '2026-11-30', lastRevision: 42 });
      expect(read.statements).toEqual([
        {
          property: 'P39',
          statementId: 'Q9000001$a',
          rank: 'preferred',
          value: 'Q9000010',
          of: 'Q9000020',
          start: { time: '+2020-05-01T00:00:00Z', precision: 11 },
          end: null,
        },
        {
          property: 'P463',
          statementId: 'Q9000001$d',
          rank: 'normal',
          value: 'Q9000030',
          of: null,
          start: null,
          end: { time: '+2019-00-00T00:00:00Z', precision: 9 },
        },
      ]);
      // the deprecated statement is counted, not read; "no value" is not a statement about an item
      expect(read.deprecated).toBe(1);
    },
  );

  it('when an item applies to a jurisdiction or directs an organization, then it is a position; otherwise not', () => {
    const office: WikidataEntity = {
      id: 'Q9000010',
      type: 'item',
      labels: { de: { language: 'de', value: 'Testminister' } },
      claims: { P1001: [{ mainsnak: item('Q9000050') }], P2389: [{ mainsnak: item('Q9000060') }] },
    };
    expect(positionOf(office)).toEqual({
      qid: 'Q9000010',
      en: null,
      de: 'Testminister',
      appliesTo: ['Q9000050', 'Q9000060'],
    });
    expect(positionOf(entity)).toBeNull();
  });
});
