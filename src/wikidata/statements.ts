import { decadeSpan, daySpan, isValidEdtf, monthSpan, yearSpan } from '../extract/dates/time-span.ts';
import type { TimeSpan } from '../extract/types.ts';
import type { WikidataEntity, WikidataSnak } from './entity-json.ts';

/**
 * The dated statements the importer reads, by property (docs/wikidata.md lists them):
 * P39 position held (with P580 start, P582 end and P642 "of"), P463 member of (start, end),
 * P159 headquarters location (start, end).
 */
export const STATEMENT_PROPERTIES = ['P39', 'P463', 'P159'] as const;
export type StatementProperty = (typeof STATEMENT_PROPERTIES)[number];

export const PROPERTY_LABELS: Readonly<Record<StatementProperty, string>> = {
  P39: 'position held',
  P463: 'member of',
  P159: 'headquarters location',
};

/** A Wikidata time value as the dump writes it: "+2011-01-03T00:00:00Z" and a precision (11 day … 9 year). */
export interface WikidataTime {
  time: string;
  precision: number;
}

/** One statement, kept compact while a pass reads the dump. */
export interface WikidataStatementFact {
  property: StatementProperty;
  /** the statement's GUID ("Q324546$…"): stable across revisions */
  statementId: string;
  rank: 'preferred' | 'normal';
  /** the item the statement points to: the position, the organization, the place */
  value: string;
  /** the P642 ("of") qualifier: the organization a position is held in */
  of: string | null;
  start: WikidataTime | null;
  end: WikidataTime | null;
}

/** An item's statements and what its source line needs: its label and when it was last changed. */
export interface ItemStatements {
  qid: string;
  label: string;
  /** the entity's "modified" date (YYYY-MM-DD) when the file gives it */
  modified: string | null;
  lastRevision: number | null;
  statements: WikidataStatementFact[];
  /** deprecated statements of the read properties: Wikidata marks them as wrong; not imported, counted */
  deprecated: number;
  /** the file it was read from */
  file?: string;
}

/** A position item (e.g. Q4416090 "United States senator"): its labels and where it applies. */
export interface PositionItem {
  qid: string;
  en: string | null;
  de: string | null;
  /** P1001 applies to jurisdiction, then P2389 organization directed by the office */
  appliesTo: string[];
}

const itemOf = (snak: WikidataSnak | undefined): string | null => {
  if (snak?.snaktype !== 'value') return null;
  const v = snak.datavalue?.value as { id?: unknown } | undefined;
  return typeof v?.id === 'string' ? v.id : null;
};

const timeOf = (snak: WikidataSnak | undefined): WikidataTime | null => {
  if (snak?.snaktype !== 'value') return null;
  const v = snak.datavalue?.value as { time?: unknown; precision?: unknown } | undefined;
  return typeof v?.time === 'string' && typeof v.precision === 'number'
    ? { time: v.time, precision: v.precision }
    : null;
};

type Qualifiers = Record<string, WikidataSnak[]> | undefined;
const firstQualifier = <T>(q: Qualifiers, property: string, read: (s: WikidataSnak) => T | null): T | null => {
  for (const snak of q?.[property] ?? []) {
    const value = read(snak);
    if (value !== null) return value;
  }
  return null;
};

/** The statements of the read properties, deprecated ones counted and left out. */
export function statementsOf(entity: WikidataEntity): ItemStatements {
  const statements: WikidataStatementFact[] = [];
  let deprecated = 0;
  for (const property of STATEMENT_PROPERTIES) {
    for (const s of entity.claims?.[property] ?? []) {
      const value = itemOf(s.mainsnak);
      if (!value) continue;
      if (s.rank === 'deprecated') {
        deprecated++;
        continue;
      }
      const q = s.qualifiers;
      statements.push({
        property,
        statementId: typeof s.id === 'string' ? s.id : `${entity.id}$${property}-${value}`,
        rank: s.rank === 'preferred' ? 'preferred' : 'normal',
        value,
        of: firstQualifier(q, 'P642', itemOf),
        start: firstQualifier(q, 'P580', timeOf),
        end: firstQualifier(q, 'P582', timeOf),
      });
    }
  }
  const modified = typeof entity.modified === 'string' ? entity.modified.slice(0, 10) : null;
  return {
    qid: entity.id,
    label: entity.labels?.en?.value ?? entity.labels?.de?.value ?? entity.id,
    modified: /^\d{4}-\d{2}-\d{2}$/.test(modified ?? '') ? modified : null,
    lastRevision: typeof entity.lastrevid === 'number' ? entity.lastrevid : null,
    statements,
    deprecated,
  };
}

/** The entity as a position, when it applies to a jurisdiction or directs an organization; else null. */
export function positionOf(entity: WikidataEntity): PositionItem | null {
  const appliesTo = [...values(entity, 'P1001'), ...values(entity, 'P2389')];
  if (!appliesTo.length) return null;
  return { qid: entity.id, en: entity.labels?.en?.value ?? null, de: entity.labels?.de?.value ?? null, appliesTo };
}

function values(entity: WikidataEntity, property: string): string[] {
  const out: string[] = [];
  for (const s of entity.claims?.[property] ?? []) {
    const v = s.rank === 'deprecated' ? null : itemOf(s.mainsnak);
    if (v) out.push(v);
  }
  return out;
}

/**
 * A Wikidata time at the precision it was given, as our EDTF model keeps it: day (11), month (10),
 * year (9), decade (8, "196X"). Coarser precisions, years before 1 and invalid dates give null.
 */
export function timeSpanOf(t: WikidataTime): TimeSpan | null {
  const m = /^\+(\d{4,})-(\d{2})-(\d{2})T/.exec(t.time);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || year > 9999) return null;
  if (t.precision >= 11) return month && day ? daySpan({ year, month, day }) : null;
  if (t.precision === 10) return month ? monthSpan(year, month) : null;
  if (t.precision === 9) return yearSpan(year);
  if (t.precision === 8) return decadeSpan(year - (year % 10));
  return null;
}

/**
 * The time a statement covers, from its start and end qualifiers: "2011-01-03/2025-01-20", open at
 * an end Wikidata leaves open ("2025-01-21/.."); null when it has neither.
 */
export function statementSpan(s: Pick<WikidataStatementFact, 'start' | 'end'>): TimeSpan | null {
  const start = s.start ? timeSpanOf(s.start) : null;
  const end = s.end ? timeSpanOf(s.end) : null;
  if (!start && !end) return null;
  const edtf = `${start?.edtf ?? '..'}/${end?.edtf ?? '..'}`;
  if (!isValidEdtf(edtf)) return null;
  return { edtf, earliest: start?.earliest ?? null, latest: end?.latest ?? null, precision: 'range' };
}
