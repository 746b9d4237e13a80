import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../config/config.ts';
import type { WikidataEntity } from './entity-json.ts';
import { CandidateCollector, candidatesOf, type GraphEntity, indexGraphEntities } from './match-entities.ts';
import { readEntities } from './read-entities.ts';

const dump = path.join(projectRoot(), 'tests/fixtures/wikidata/entities-dump.json');
const decide = async (graph: GraphEntity[]) => {
  const index = indexGraphEntities(graph);
  const collector = new CandidateCollector();
  for await (const { entity } of readEntities(dump)) collector.add(candidatesOf(entity, index));
  return collector.decide();
};
const e = (id: string, kind: GraphEntity['kind'], name: string, aliases: string[] = []): GraphEntity => ({
  id,
  kind,
  name,
  aliases,
});

describe('matching graph entities to Wikidata items', () => {
  it('when one item of the right type has the name as label, then it links with 0.9 and says why', async () => {
    const { links, candidates } = await decide([e('person:a', 'PERSON', '  marco   RUBIO ')]);
    expect(candidates).toEqual([]);
    expect(links).toEqual([
      expect.objectContaining({
        entityId: 'person:a',
        qid: 'Q324546',
        confidence: 0.9,
        evidence: { matched: 'label', language: 'de', text: 'Marco Rubio', p31: ['Q5'] },
      }),
    ]);
  });

  it('when only an alias matches, then it links with 0.7', async () => {
    const { links } = await decide([
      e('org:a', 'ALLIANCE', 'Nordatlantikpakt', ['Organisation des Nordatlantikvertrags']),
    ]);
    expect(links).toEqual([
      expect.objectContaining({
        qid: 'Q7184',
        confidence: 0.7,
        evidence: expect.objectContaining({ matched: 'alias' }),
      }),
    ]);
  });

  it('when the only item with that name is of another type, then nothing', async () => {
    expect(await decide([e('person:d', 'PERSON', 'Deutschland')])).toEqual({ links: [], candidates: [] });
  });

  it('when two items of the right type match, then both are kept as candidates and none links', async () => {
    const { links, candidates } = await decide([e('person:mj', 'PERSON', 'Michael Jordan', ['Michael I. Jordan'])]);
    expect(links).toEqual([]);
    expect(candidates.map((c) => c.qid).sort()).toEqual(['Q3308285', 'Q41421']);
  });

  it('when an item has no P31 at all, then it matches nothing', () => {
    const bare: WikidataEntity = { id: 'Q1', type: 'item', labels: { en: { language: 'en', value: 'Germany' } } };
    expect(candidatesOf(bare, indexGraphEntities([e('country:de', 'COUNTRY', 'Germany')]))).toEqual([]);
  });
});
