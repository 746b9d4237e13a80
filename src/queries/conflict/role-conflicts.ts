import type { ConflictReason } from '../../model/index.ts';

/** A role a source gives a person, as conflict/role-claims reads it. */
export interface RoleClaim {
  id: string;
  /** the role lexicon's key of the title the text uses ("senator"); null when the title is not in it */
  roleKey: string | null;
  /** every key the role goes by (a Wikidata position: the keys its English and German labels name) */
  roleKeys: readonly string[];
  orgId: string;
  /** 'wikidata': a statement of record; 'text': an article says so */
  origin: string;
  earliest: string | null;
  latest: string | null;
}

/** A role conflict found: which claims say it (a), which facts of record contradict them (b). */
export interface RoleConflict {
  reason: Extract<ConflictReason, 'ROLE_ENDED' | 'ROLE_NOT_YET_HELD'>;
  /** the articles' claims, oldest first */
  a: string[];
  /** the Wikidata term of that role nearest to them first, then the roles held at their time */
  b: string[];
  /** the Wikidata term the claims fall outside of */
  term: string;
  /** Wikidata roles in the same organization held at the claims' time */
  heldInstead: string[];
}

const overlaps = (x: Pick<RoleClaim, 'earliest' | 'latest'>, y: Pick<RoleClaim, 'earliest' | 'latest'>) =>
  (x.earliest ?? '0000-01-01') <= (y.latest ?? '9999-12-31') &&
  (x.latest ?? '9999-12-31') >= (y.earliest ?? '0000-01-01');

/**
 * Roles an article gives a person at a time when the source of record (Wikidata) says the person did
 * not hold them: every Wikidata term of that role (same key, same organization) ended before the
 * article's time, or began after it. A role Wikidata has no statement for is no conflict (the record
 * may be incomplete), nor is an undated claim. Claims against the same term are one conflict; the
 * roles Wikidata says the person held in that organization at the time join the record's side, with
 * the articles' claims that agree with them.
 */
export function roleConflicts(claims: readonly RoleClaim[]): RoleConflict[] {
  const record = claims.filter((c) => c.origin === 'wikidata');
  const texts = claims.filter((c) => c.origin !== 'wikidata' && c.roleKey && c.earliest && c.latest);
  const found = new Map<string, RoleConflict>();
  for (const claim of texts) {
    const terms = record.filter((w) => w.orgId === claim.orgId && w.roleKeys.includes(claim.roleKey!));
    if (!terms.length || terms.some((w) => overlaps(w, claim))) continue;
    const ended = terms.filter((w) => w.latest !== null && w.latest < claim.earliest!);
    const term = ended.length
      ? ended.reduce((a, b) => (b.latest! > a.latest! ? b : a))
      : terms.reduce((a, b) => ((b.earliest ?? '') < (a.earliest ?? '') ? b : a));
    const reason = ended.length ? 'ROLE_ENDED' : 'ROLE_NOT_YET_HELD';
    const held = record.filter(
      (w) => w.orgId === claim.orgId && !w.roleKeys.includes(claim.roleKey!) && overlaps(w, claim),
    );
    const key = `${reason}|${term.id}`;
    let conflict = found.get(key);
    if (!conflict) {
      conflict = { reason, a: [], b: [term.id], term: term.id, heldInstead: [] };
      found.set(key, conflict);
    }
    conflict.a.push(claim.id);
    for (const h of held) if (!conflict.heldInstead.includes(h.id)) conflict.heldInstead.push(h.id);
  }
  for (const conflict of found.values()) {
    // articles that agree with the record at the disputed time stand on its side
    const disputed = texts.filter((t) => conflict.a.includes(t.id));
    const heldKeys = record.filter((w) => conflict.heldInstead.includes(w.id)).flatMap((w) => w.roleKeys);
    const agreeing = texts.filter(
      (t) =>
        !conflict.a.includes(t.id) &&
        heldKeys.includes(t.roleKey!) &&
        disputed.some((d) => d.orgId === t.orgId && overlaps(d, t)),
    );
    const byTime = (ids: string[]) =>
      ids
        .map((id) => claims.find((c) => c.id === id)!)
        .sort((x, y) => (x.earliest ?? '').localeCompare(y.earliest ?? '') || x.id.localeCompare(y.id))
        .map((c) => c.id);
    conflict.a = byTime(conflict.a);
    conflict.b = [conflict.term, ...byTime(conflict.heldInstead), ...byTime(agreeing.map((t) => t.id))];
  }
  return [...found.values()];
}
