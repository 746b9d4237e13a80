// Curators correct quote lineage (docs/lineage.md): split two renderings the linker joined wrongly, join two
// it missed, or mark a rendering's speaker disputed. Judgements are keyed by the renderings' words (wordsId;
// a join follows the words of the speakers judged) and the mark by words and speaker, not by fact ids: a
// later ingest or re-extraction that finds the same words, however punctuated, meets the same judgement.
// Clusters are computed when read, so a judgement takes effect at once and nothing else is rewritten.

import type { CypherTx, Database } from '../db/database.ts';
import { AppError, badInput } from '../errors/app-error.ts';
import { recordAudit } from './audit.ts';
import { factIdArg, textArg } from './validate.ts';

export type LinkedKind = 'REPEAT' | 'NEAR_DUPLICATE' | 'FRAGMENT' | 'TRANSLATION' | 'PARAPHRASE' | 'REPORTED';

const renderingIdArg = (field: string, id: string) => {
  const given = factIdArg(field, id);
  if (!given.startsWith('quote:') && !given.startsWith('claim:'))
    throw badInput(field, 'not a rendering: give a quote or claim id (quote:… or claim:…)');
  return given;
};

async function renderingState(tx: CypherTx, field: string, id: string) {
  const state = await tx.one('curation/rendering-state', { id });
  if (!state) throw new AppError('NOT_FOUND', `quote or claim ${JSON.stringify(id)} not found`, { field });
  if (!state.wordsId)
    throw new AppError('CONFLICT', `${id} was written before words ids existed: ingest its document again`, {
      field,
    });
  return { ...state, wordsId: state.wordsId };
}

/**
 * Split (never link) or join (link, as `kind`) two renderings, by their words; a later judgement of the
 * same pair replaces the earlier one. Returns the first rendering's id, whose cluster shows the effect.
 */
export async function judgeRenderings(
  db: Database,
  who: string,
  quoteId: string,
  otherId: string,
  judgement: 'split' | 'join',
  kind: LinkedKind | null,
  reason: string,
): Promise<string> {
  const one = renderingIdArg('quoteId', quoteId);
  const other = renderingIdArg('otherId', otherId);
  const why = textArg('reason', reason, 1000, { multiline: true });
  if (judgement === 'join' && !kind) throw badInput('kind', 'a join needs the kind of variant it makes');
  return db.write(async (tx) => {
    const a = await renderingState(tx, 'quoteId', one);
    const b = await renderingState(tx, 'otherId', other);
    if (a.wordsId === b.wordsId)
      throw badInput('otherId', `${other} has the same words as ${one}: they are one rendering's repeats`);
    const [x, y] = a.wordsId < b.wordsId ? [a, b] : [b, a];
    const row = await tx.one('curation/judge-renderings', {
      key: `${x.wordsId}|${y.wordsId}`,
      a: x.wordsId,
      b: y.wordsId,
      aSpeaker: x.speakerId,
      bSpeaker: y.speakerId,
      judgement,
      kind: judgement === 'join' ? kind : null,
      reason: why,
      who,
    });
    if (!row) throw new AppError('INTERNAL_SERVER_ERROR', 'the judgement was not written');
    const operation = judgement === 'split' ? 'splitRenderings' : 'joinRenderings';
    await recordAudit(tx, { who, operation, target: `${one}|${other}`, before: row.before, after: row.after });
    return one;
  }, 'curation/judge-renderings');
}

/** Mark a rendering's speaker disputed, or withdraw the mark; returns the rendering's id. */
export async function markMisattributed(
  db: Database,
  who: string,
  quoteId: string,
  misattributed: boolean,
  reason: string,
): Promise<string> {
  const id = renderingIdArg('quoteId', quoteId);
  const why = textArg('reason', reason, 1000, { multiline: true });
  return db.write(async (tx) => {
    const state = await renderingState(tx, 'quoteId', id);
    const key = `${state.wordsId}|${state.speakerId ?? ''}`;
    if (misattributed) {
      const row = await tx.one('curation/mark-misattributed', {
        key,
        wordsId: state.wordsId,
        speakerId: state.speakerId,
        reason: why,
        who,
      });
      if (!row) throw new AppError('INTERNAL_SERVER_ERROR', 'the mark was not written');
      await recordAudit(tx, { who, operation: 'markMisattributed', target: id, before: row.before, after: row.after });
    } else {
      const row = await tx.one('curation/clear-misattribution', { key });
      if (!row?.before) throw new AppError('CONFLICT', `${id} is not marked misattributed`, { field: 'quoteId' });
      await recordAudit(tx, {
        who,
        operation: 'markMisattributed',
        target: id,
        before: row.before,
        after: { cleared: true, reason: why },
      });
    }
    return id;
  }, 'curation/mark-misattributed');
}
