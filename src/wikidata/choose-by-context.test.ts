import { describe, expect, it } from 'vitest';
import { chooseByContext, type EntityContext, scoreCandidate } from './choose-by-context.ts';
import type { Candidate } from './match-entities.ts';

const candidate = (qid: string, descriptions: string[], refs: string[] = [], confidence = 0.9): Candidate => ({
  entityId: 'person:x',
  qid,
  label: qid,
  description: descriptions[0] ?? '',
  descriptions,
  refs,
  confidence,
  evidence: { matched: 'label', language: 'en', text: 'x', p31: ['Q5'] },
});
const context = (items: string[], terms: string[][]): EntityContext => ({ items: new Set(items), terms });

describe('choosing among items of one name by what the graph knows', () => {
  const player = candidate('Q1', ['American basketball player', 'US-amerikanischer Basketballspieler'], ['Q30', 'Q9']);
  const scientist = candidate('Q2', ['American computer scientist', 'US-amerikanischer Informatiker'], ['Q30', 'Q8']);

  it('when one candidate points to an item linked near the entity, then it is chosen and says why', () => {
    const chosen = chooseByContext([player, scientist], context(['Q8'], []));
    expect(chosen).toMatchObject({
      qid: 'Q2',
      confidence: 0.8,
      evidence: { matched: 'label', context: { items: ['Q8'], terms: [], score: 2, over: [{ qid: 'Q1', score: 0 }] } },
    });
  });

  it('when the shared items and words tie, then nothing is chosen', () => {
    // both are citizens of the country near the entity, and both descriptions say "American"
    expect(chooseByContext([player, scientist], context(['Q30'], [['United States', 'American']]))).toBeNull();
  });

  it('when nothing near the entity speaks for any of them, then nothing is chosen', () => {
    expect(chooseByContext([player, scientist], context(['Q77'], [['Bundestag']]))).toBeNull();
    expect(chooseByContext([player, scientist], context([], []))).toBeNull();
  });

  it('when a role title appears in one description, then that one is chosen', () => {
    expect(chooseByContext([player, scientist], context([], [['computer scientist']]))?.qid).toBe('Q2');
  });

  it('when a German description inflects an adjective of the context, then it still counts', () => {
    const politician = candidate('Q3', ['', 'US-amerikanischer Politiker']);
    const painter = candidate('Q4', ['', 'britischer Maler']);
    // one thing near the entity counts once, however many of its words appear
    const us = ['United States', 'US-amerikanisch', 'amerikanische'];
    expect(scoreCandidate(politician, context([], [us]))).toMatchObject({ terms: ['us-amerikanisch'], score: 1 });
    expect(chooseByContext([politician, painter], context([], [['US-amerikanische']]))?.qid).toBe('Q3');
  });

  it('when a term is only part of a word or shorter than three letters, then it does not count', () => {
    const c = candidate('Q5', ['Usbekischer Politiker im Senat']);
    expect(scoreCandidate(c, context([], [['US'], ['Sen'], ['Usbek']])).terms).toEqual([]);
  });

  it('when support is clear but not twice the next best plus one, then a curator decides', () => {
    const a = candidate('Q6', ['x'], ['Q10', 'Q11']);
    const b = candidate('Q7', ['x'], ['Q10']);
    // 4 against 2: not clear enough
    expect(chooseByContext([a, b], context(['Q10', 'Q11'], []))).toBeNull();
    const c = candidate('Q8', ['x'], ['Q10', 'Q11', 'Q12']);
    // 6 against 2: clear
    expect(chooseByContext([c, b], context(['Q10', 'Q11', 'Q12'], []))?.qid).toBe('Q8');
  });
});
