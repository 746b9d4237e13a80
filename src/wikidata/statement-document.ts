import { createHash } from 'node:crypto';
import { NOT_EXTRACTED_PREFIX } from '../extract/extractor-version.ts';
import { ROLE_BY_TITLE, ROLE_TITLE_PATTERN } from '../extract/roles/role-lexicon.ts';
import type { ExtractedDocument, ExtractedRelation, RelationType } from '../extract/types.ts';
import {
  type ItemStatements,
  type PositionItem,
  PROPERTY_LABELS,
  type StatementProperty,
  statementSpan,
  type WikidataStatementFact,
} from './statements.ts';

/** The extractor name Wikidata documents carry: `reextract` leaves them alone (they have no article text). */
export const WIKIDATA_EXTRACTOR = `${NOT_EXTRACTED_PREFIX}statements/1`;
export const WIKIDATA_OUTLET = 'Wikidata';

/** Why a statement of a linked item was not imported (counted in the pass's summary). */
export type SkipReason = 'otherEndNotInGraph' | 'positionNotRead';

export interface StatementDocumentInput {
  item: ItemStatements;
  /** the graph entities linked to the item */
  entityIds: readonly string[];
  /** graph entity ids by the QID they are linked to */
  entityOfQid: ReadonlyMap<string, string>;
  positions: ReadonlyMap<string, PositionItem>;
  /** YYYY-MM-DD: the day the statements were read as of (dump date, the entity's last edit) */
  asOf: string;
  /** the file the item was read from */
  file: string;
}

export interface StatementDocument {
  document: ExtractedDocument | null;
  skipped: Partial<Record<SkipReason, number>>;
}

const RELATION_TYPES: Readonly<Record<StatementProperty, RelationType>> = {
  P39: 'HELD_ROLE',
  P463: 'MEMBER_OF',
  P159: 'LOCATED_IN',
};

const titleRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ROLE_TITLE_PATTERN})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * The role keys of our role lexicon a position's labels name: "United States Secretary of State"
 * → secretary-of-state, and its German label "Außenminister der Vereinigten Staaten" →
 * foreign-minister; a news text calling the holder either is about this position.
 */
export function roleKeysOf(labels: readonly (string | null)[]): string[] {
  const keys = new Set<string>();
  for (const label of labels) {
    if (!label) continue;
    for (const m of label.matchAll(titleRe)) {
      const role = ROLE_BY_TITLE.get(m[0]);
      if (role) keys.add(role.key);
    }
  }
  return [...keys];
}

/**
 * One Wikidata item's dated statements as a document of the graph: its text has a line per
 * statement (what Wikidata says, with the statement id and rank), and each imported relation's
 * source span is its line, so a Wikidata fact shows its source like any article's fact does. The
 * same statements read again give the same text (nothing changes); a newer revision replaces it.
 */
export function statementDocument(input: StatementDocumentInput): StatementDocument {
  const { item, entityIds } = input;
  const skipped: Partial<Record<SkipReason, number>> = {};
  const skip = (reason: SkipReason) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const revision = item.lastRevision ? `, revision ${item.lastRevision}` : '';
  let body = `${item.label} (${item.qid}) on Wikidata, as of ${input.asOf}${revision}\n`;
  const relations: ExtractedRelation[] = [];
  const sorted = [...item.statements].sort((a, b) => a.statementId.localeCompare(b.statementId));
  for (const s of sorted) {
    const line = statementLine(s, input);
    if ('skip' in line) {
      skip(line.skip);
      continue;
    }
    const start = body.length;
    body += `${line.text}\n`;
    for (const from of entityIds) {
      relations.push({
        type: RELATION_TYPES[s.property],
        from,
        to: line.to,
        when: statementSpan(s),
        properties: {
          ...line.properties,
          origin: 'wikidata',
          wikidataStatement: s.statementId,
          wikidataRank: s.rank,
        },
        evidence: { start, end: start + line.text.length },
        confidence: s.rank === 'preferred' ? 1 : 0.95,
      });
    }
  }
  if (!relations.length) return { document: null, skipped };
  return {
    document: {
      source: input.file,
      title: `${item.label} (${item.qid})`,
      url: `https://www.wikidata.org/wiki/${item.qid}`,
      outlet: WIKIDATA_OUTLET,
      lang: 'en',
      publishedAt: input.asOf,
      contentHash: createHash('sha256').update(body).digest('hex'),
      body,
      quotes: [],
      reported: [],
      entities: [],
      dates: [],
      events: [],
      reports: [],
      relations,
      diagnostics: [],
      extractor: WIKIDATA_EXTRACTOR,
    },
    skipped,
  };
}

type Line = { text: string; to: string; properties: ExtractedRelation['properties'] } | { skip: SkipReason };

function statementLine(s: WikidataStatementFact, input: StatementDocumentInput): Line {
  const { entityOfQid, positions } = input;
  const named = (qid: string) => {
    const p = positions.get(qid);
    return p?.en || p?.de ? `${p.en ?? p.de} (${qid})` : qid;
  };
  const span = statementSpan(s);
  const when = [
    s.start ? `start time ${span?.edtf.split('/')[0] ?? '?'}` : null,
    s.end ? `end time ${span?.edtf.split('/')[1] ?? '?'}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const tail = `${when ? `, ${when}` : ''}, rank ${s.rank} [${s.statementId}]`;
  if (s.property !== 'P39') {
    const to = entityOfQid.get(s.value);
    if (!to) return { skip: 'otherEndNotInGraph' };
    return { text: `${PROPERTY_LABELS[s.property]}: ${s.value}${tail}`, to, properties: {} };
  }
  const position = positions.get(s.value);
  if (!position) return { skip: 'positionNotRead' };
  // the organization the position is held in: the statement's "of", else where the position applies
  const org = [s.of, ...position.appliesTo].map((q) => (q ? entityOfQid.get(q) : undefined)).find(Boolean);
  if (!org) return { skip: 'otherEndNotInGraph' };
  const orgQid = [s.of, ...position.appliesTo].find((q) => q && entityOfQid.get(q) === org)!;
  const keys = roleKeysOf([position.en, position.de]);
  return {
    text: `${PROPERTY_LABELS.P39}: ${named(s.value)} of ${orgQid}${tail}`,
    to: org,
    properties: {
      role: position.en ?? position.de ?? s.value,
      roleKey: keys[0] ?? '',
      roleKeys: keys,
      wikidataItem: s.value,
    },
  };
}
