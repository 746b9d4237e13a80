import { createHash } from 'node:crypto';
import type { CypherTx, Database } from '../db/database.ts';
import { AppError, badInput } from '../errors/app-error.ts';
import { relationshipType } from '../ingest/graph-vocabulary.ts';
import { spanExcerpt } from '../ingest/span-excerpt.ts';
import { readDocuments } from '../queries/document/read-documents.ts';
import { resolveEntityId } from '../queries/entity/resolve-entity-id.ts';
import { recordAudit } from './audit.ts';
import { documentIdArg, entityIdArg, factIdArg, optionalText, textArg } from './validate.ts';

export interface AssertFactInput {
  type: string;
  from: string;
  to: string;
  role?: string | null;
  earliest: string;
  latest?: string | null;
  sourceDocumentId: string;
  start?: number | null;
  end?: number | null;
}

const factState = (tx: CypherTx, id: string) => tx.one('curation/fact-state', { id });

/**
 * A curated relation in the loader's own shape, with the loader's id formula: asserting a fact the
 * extractor also found adds a source to the same relationship instead of duplicating it.
 */
export async function assertFact(db: Database, who: string, curator: string, input: AssertFactInput): Promise<string> {
  const type = relationshipType(input.type); // the GraphQL enum is the allow-list; this re-checks
  const fromGiven = entityIdArg('input.from', input.from);
  const toGiven = entityIdArg('input.to', input.to);
  const docId = documentIdArg('input.sourceDocumentId', input.sourceDocumentId);
  const role = optionalText('input.role', input.role, 200);
  if (role && type !== 'HELD_ROLE') throw badInput('input.role', 'only HELD_ROLE facts have a role');
  const earliest = input.earliest;
  const latest = input.latest ?? earliest;
  if (latest < earliest) throw badInput('input.latest', `ends (${latest}) before it starts (${earliest})`);
  for (const [field, v] of [
    ['input.start', input.start],
    ['input.end', input.end],
  ] as const) {
    if (v !== null && v !== undefined && (v < 0 || v > 10_000_000))
      throw badInput(field, 'must be an offset into Document.text');
  }
  if ((input.start ?? null) !== null && (input.end ?? null) !== null && input.end! <= input.start!)
    throw badInput('input.end', 'must be after start');
  const edtf = latest === earliest ? earliest : `${earliest}/${latest}`;
  const properties = role ? { role } : {};
  return db.write(async (tx) => {
    const from = await resolveEntityId(tx, fromGiven);
    const to = await resolveEntityId(tx, toGiven);
    const id = `fact:${createHash('sha256')
      .update([type, from, to, JSON.stringify(Object.entries(properties)), edtf].join('\u0000'))
      .digest('hex')
      .slice(0, 16)}`;
    const before = await factState(tx, id);
    const row = await tx.one('curation/assert-fact', {
      id,
      type,
      from,
      to,
      properties,
      edtf,
      earliest,
      latest,
      precision: latest === earliest ? 'day' : 'range',
      docId,
      evidence: `${docId}|${input.start ?? ''}|${input.end ?? ''}|curator:${curator}|1`,
      excerpt: await curatedExcerpt(tx, docId, input.start ?? null, input.end ?? null),
    });
    if (!row) {
      const missing =
        (await tx.one('curation/entity-state', { id: from })) === null
          ? 'input.from'
          : (await tx.one('curation/entity-state', { id: to })) === null
            ? 'input.to'
            : 'input.sourceDocumentId';
      throw new AppError(
        'NOT_FOUND',
        `${missing === 'input.from' ? fromGiven : missing === 'input.to' ? toGiven : docId} not found`,
        { field: missing },
      );
    }
    await recordAudit(tx, {
      who,
      operation: 'assertFact',
      target: id,
      before: before?.properties ?? null,
      after: (await factState(tx, id))?.properties ?? null,
    });
    return id;
  }, 'curation/assert-fact');
}

/**
 * The stored excerpt of a curated span, cut from the document's text here (as the loader cuts its spans,
 * in JavaScript string offsets) so that reads never load the text; none without a span or a document.
 */
async function curatedExcerpt(
  tx: CypherTx,
  docId: string,
  start: number | null,
  end: number | null,
): Promise<string | null> {
  if (start === null || end === null) return null;
  const [doc] = await readDocuments(tx, [docId]);
  return doc?.text == null ? null : spanExcerpt(docId, start, end, doc.text.slice(start, end));
}

/** Soft retraction: the fact stays, marked, so the record of what was once believed is kept. */
export async function retractFact(db: Database, who: string, factId: string, reason: string): Promise<string> {
  const id = factIdArg('id', factId);
  const why = textArg('reason', reason, 1000, { multiline: true });
  return db.write(async (tx) => {
    const before = await factState(tx, id);
    if (!before) throw new AppError('NOT_FOUND', `fact ${JSON.stringify(id)} not found`, { field: 'id' });
    // hidden with a withdrawn document is not a curator's retraction: this one will outlast a restore
    if (before.properties.retracted === true && before.properties.hiddenByWithdrawal !== true)
      throw new AppError('CONFLICT', `${id} is already retracted`, { field: 'id' });
    await tx.rows('curation/retract-fact', { id, reason: why, who });
    // the fact's timeline entries carry its retraction (the timeline filters on them, not on the fact)
    await tx.rows('timeline/refresh-timeline-entries', { ids: [id] });
    await recordAudit(tx, {
      who,
      operation: 'retractFact',
      target: id,
      before: before.properties,
      after: (await factState(tx, id))?.properties ?? null,
    });
    return id;
  }, 'curation/retract-fact');
}

export type FactRank = 'preferred' | 'normal' | 'deprecated';

/**
 * A curator ranks a fact as Wikidata ranks statements, to settle a conflict: deprecated facts leave the
 * default reads as retracted ones do (kept, listed with includeRetracted), preferred ones stay and mark
 * the conflict settled, normal clears a rank. A fact a curator retracted is refused (restore it first).
 */
export async function rankFact(
  db: Database,
  who: string,
  factId: string,
  rank: FactRank,
  reason: string,
): Promise<string> {
  const id = factIdArg('id', factId);
  const why = textArg('reason', reason, 1000, { multiline: true });
  return db.write(async (tx) => {
    const before = await factState(tx, id);
    if (!before) throw new AppError('NOT_FOUND', `fact ${JSON.stringify(id)} not found`, { field: 'id' });
    const p = before.properties;
    if (p.retracted === true && p.deprecated !== true && p.hiddenByWithdrawal !== true)
      throw new AppError('CONFLICT', `${id} is retracted; a retracted fact has no rank`, { field: 'id' });
    if ((p.rank ?? 'normal') === rank)
      throw new AppError('CONFLICT', `${id} is already ranked ${rank}`, { field: 'rank' });
    await tx.rows('curation/rank-fact', { id, rank, reason: why, who });
    // the fact's timeline entries carry its retraction (the timeline filters on them, not on the fact)
    await tx.rows('timeline/refresh-timeline-entries', { ids: [id] });
    await recordAudit(tx, {
      who,
      operation: 'rankFact',
      target: id,
      before: p,
      after: (await factState(tx, id))?.properties ?? null,
    });
    return id;
  }, 'curation/rank-fact');
}

export interface CorrectFactInput {
  /** who said it; null: no named speaker (the extractor's attribution was wrong and nobody is known) */
  speakerId?: string | null;
  /** set the speaker: with speakerId null it marks the fact unattributed */
  setSpeaker?: boolean;
  /** when it was said or claimed, first and last day (latest defaults to earliest) */
  earliest?: string | null;
  latest?: string | null;
}

/**
 * Corrects what the extractor got wrong about a quote or claim: its speaker and its date. The
 * correction is kept apart from the fact (a Correction node), applied now and again whenever the
 * fact is written (a new version of the article, re-extraction), so it survives both; the fact's
 * timeline entries are rewritten, and the change is audited.
 */
export async function correctFact(db: Database, who: string, factId: string, input: CorrectFactInput): Promise<string> {
  const id = factIdArg('id', factId);
  if (!/^(quote|claim):/.test(id)) throw badInput('id', 'only quotes and claims have a speaker and a date to correct');
  const setSpeaker = input.setSpeaker ?? (input.speakerId !== undefined && input.speakerId !== null);
  const speakerGiven = setSpeaker && input.speakerId ? entityIdArg('input.speakerId', input.speakerId) : null;
  const earliest = input.earliest ?? null;
  const latest = input.latest ?? earliest;
  if (!setSpeaker && !earliest) throw badInput('input', 'give a speakerId (or unattributed: true) or an earliest date');
  if (earliest && latest && latest < earliest)
    throw badInput('input.latest', `ends (${latest}) before it starts (${earliest})`);
  const time = earliest
    ? {
        edtf: latest === earliest ? earliest : `${earliest}/${latest}`,
        earliest,
        latest,
        precision: latest === earliest ? 'day' : 'range',
      }
    : { edtf: null, earliest: null, latest: null, precision: null };
  return db.write(async (tx) => {
    const before = await factState(tx, id);
    if (!before) throw new AppError('NOT_FOUND', `fact ${JSON.stringify(id)} not found`, { field: 'id' });
    const speakerId = speakerGiven ? await resolveEntityId(tx, speakerGiven) : null;
    if (speakerGiven && !(await tx.one('curation/entity-state', { id: speakerId! })))
      throw new AppError('NOT_FOUND', `entity ${JSON.stringify(speakerGiven)} not found`, { field: 'input.speakerId' });
    const row = await tx.one('curation/correct-fact', { id, setSpeaker, speakerId, setTime: !!earliest, ...time, who });
    if (!row) throw badInput('id', 'only quotes and claims have a speaker and a date to correct');
    await tx.rows('ingest/apply-corrections', { facts: [{ id, textId: null }], docId: null });
    await tx.rows('timeline/refresh-timeline-entries', { ids: [id] });
    await recordAudit(tx, {
      who,
      operation: 'correctFact',
      target: id,
      before: before.properties,
      after: { speakerId: setSpeaker ? speakerId : undefined, ...(earliest ? time : {}) },
    });
    return id;
  }, 'curation/correct-fact');
}
