import type { CypherTx } from '../../db/database.ts';
import { shortHash } from '../../extract/ids.ts';
import type {
  ConflictKind,
  ConflictModel,
  ConflictSideModel,
  FactModel,
  FactRankMarkModel,
  RoleChangeModel,
  TimeModel,
} from '../../model/index.ts';
import { readFacts } from '../fact/read-facts.ts';
import { roleConflicts } from './role-conflicts.ts';

export interface ConflictFilter {
  entityId: string;
  from: string | null;
  to: string | null;
  asOf: string | null;
  kinds: readonly ConflictKind[] | null;
  /** conflicts a curator settled (a fact ranked preferred or deprecated) too */
  includeResolved: boolean;
}

interface Found {
  kind: ConflictKind;
  reason: ConflictModel['reason'];
  a: string[];
  b: string[];
}

/**
 * The pairs of accounts about an entity that cannot both be true (docs/wikidata.md, "Conflicts"): roles an article
 * gives a person when the record says the role had ended or not begun, the same words attributed to
 * different speakers, and one statement placed at differently dated events. Each side lists its facts
 * with their sources; a conflict is kept when the time of its first side meets [from, to].
 */
export async function readConflicts(tx: CypherTx, filter: ConflictFilter): Promise<ConflictModel[]> {
  const wants = (k: ConflictKind) => !filter.kinds?.length || filter.kinds.includes(k);
  const params = { id: filter.entityId, asOf: filter.asOf, includeDeprecated: filter.includeResolved };
  const found: Found[] = [];
  if (wants('ROLE')) {
    const claims = await tx.rows('conflict/role-claims', params);
    for (const c of roleConflicts(claims)) found.push({ kind: 'ROLE', reason: c.reason, a: c.a, b: c.b });
  }
  if (wants('ATTRIBUTION')) {
    for (const r of await tx.rows('conflict/attribution-pairs', params))
      found.push({ kind: 'ATTRIBUTION', reason: 'OTHER_SPEAKER', a: [r.factId], b: [...r.otherIds].sort() });
  }
  if (wants('DATE')) {
    for (const r of await tx.rows('conflict/event-date-pairs', params)) {
      const first = { edtf: r.firstEdtf, earliest: r.firstEarliest, latest: r.firstLatest };
      const second = { edtf: r.secondEdtf, earliest: r.secondEarliest, latest: r.secondLatest };
      if (datesDisagree(first, second))
        found.push({ kind: 'DATE', reason: 'OTHER_DATE', a: [r.firstId], b: [r.secondId] });
    }
  }
  if (!found.length) return [];
  const ids = [...new Set(found.flatMap((f) => [...f.a, ...f.b]))];
  const facts = new Map((await readFacts(tx, ids, filter.asOf)).map((f) => [f.id, f]));
  const ranks = new Map<string, FactRankMarkModel>();
  for (const r of await tx.rows('conflict/fact-ranks', { ids })) {
    const rank = r.rank === 'preferred' ? 'PREFERRED' : r.rank === 'deprecated' ? 'DEPRECATED' : null;
    if (rank) ranks.set(r.id, { factId: r.id, rank, reason: r.reason, by: r.by, at: r.at });
  }
  const pick = (list: string[]) => list.flatMap((id) => facts.get(id) ?? []);
  const out: ConflictModel[] = [];
  for (const f of found) {
    const a = pick(f.a);
    const b = pick(f.b);
    if (!a.length || !b.length || !meets(a, filter.from, filter.to)) continue;
    const resolution = [...f.a, ...f.b].flatMap((id) => ranks.get(id) ?? []);
    if (resolution.length && !filter.includeResolved) continue;
    out.push({
      id: `conflict:${shortHash(f.kind, ...f.a, '|', ...f.b)}`,
      resolution,
      kind: f.kind,
      reason: f.reason,
      summary: summary(f, a, b),
      a: side(f.kind, a, 'a'),
      b: side(f.kind, b, 'b'),
    });
  }
  return out;
}

type Bounds = Pick<TimeModel, 'edtf' | 'earliest' | 'latest'>;

/**
 * Whether two times of one statement cannot both be right: their bounds do not meet; a date without a
 * year ("XXXX-02-15") disagrees only with a date of another month and day.
 */
export function datesDisagree(x: Bounds, y: Bounds): boolean {
  if (x.earliest && x.latest && y.earliest && y.latest) return x.latest < y.earliest || y.latest < x.earliest;
  const monthDay = (t: Bounds) => /^(?:\d{4}|XXXX)-(\d{2}-\d{2})$/.exec(t.edtf ?? '')?.[1] ?? null;
  const [mx, my] = [monthDay(x), monthDay(y)];
  return mx !== null && my !== null && mx !== my;
}

function meets(facts: FactModel[], from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  return facts.some(
    (f) => (f.earliest === null || !to || f.earliest <= to) && (f.latest === null || !from || f.latest >= from),
  );
}

const when = (f: FactModel) => f.edtf ?? 'an unknown time';
const outlets = (facts: FactModel[]) => [
  ...new Set(
    facts.flatMap((f) =>
      f.sources.map((s) => s.document.outlet ?? s.document.title ?? s.document.url ?? `document ${s.document.id}`),
    ),
  ),
];

function side(kind: ConflictKind, facts: FactModel[], which: 'a' | 'b'): ConflictSideModel {
  const by = outlets(facts).join(', ');
  if (kind === 'ROLE') {
    const roles = facts.map((f) => `${(f as RoleChangeModel).role ?? 'a role'} (${when(f)})`);
    return { summary: `${[...new Set(roles)].join('; ')} according to ${by}`, facts };
  }
  if (kind === 'DATE') return { summary: `dated ${when(facts[0]!)} by ${by}`, facts };
  return {
    summary: which === 'a' ? `attributed to this entity by ${by}` : `attributed to another speaker by ${by}`,
    facts,
  };
}

function summary(f: Found, a: FactModel[], b: FactModel[]): string {
  if (f.kind === 'ROLE') {
    const claim = a[0] as RoleChangeModel;
    const term = b[0] as RoleChangeModel;
    const held = b.slice(1).filter((x) => outlets([x]).includes('Wikidata')) as RoleChangeModel[];
    const instead = held.length ? `; held then: ${held.map((h) => `${h.role} (${when(h)})`).join(', ')}` : '';
    const relation = f.reason === 'ROLE_ENDED' ? 'after that role ended' : 'before that role began';
    const record = `${term.role} ${when(term)} (${outlets([term]).join(', ')})`;
    return `"${claim.role}" at ${when(claim)} (${outlets(a).join(', ')}), ${relation}: ${record}${instead}`;
  }
  if (f.kind === 'DATE')
    return (
      `The same statement is placed at an event of ${when(a[0]!)} by ${outlets(a).join(', ')} ` +
      `and of ${when(b[0]!)} by ${outlets(b).join(', ')}`
    );
  return (
    `The same words are attributed to this entity by ${outlets(a).join(', ')} ` +
    `and to another speaker by ${outlets(b).join(', ')}`
  );
}
