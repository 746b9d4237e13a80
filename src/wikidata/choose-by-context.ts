import { textKey } from '../extract/text/normalize.ts';

/**
 * The properties whose items say where an item belongs: its country, office, party, employer, team,
 * memberships, parent body, seat. A candidate pointing to an item the graph already links near the
 * entity is evidence that it is the one the articles mean.
 */
export const CONTEXT_PROPERTIES = [
  'P17', // country
  'P27', // country of citizenship
  'P39', // position held
  'P54', // member of sports team
  'P102', // member of political party
  'P108', // employer
  'P131', // located in the administrative territorial entity
  'P159', // headquarters location
  'P361', // part of
  'P463', // member of
  'P495', // country of origin
  'P749', // parent organization
  'P1001', // applies to jurisdiction
] as const;

/** What the graph knows around one entity: the items linked near it and the words that describe it. */
export interface EntityContext {
  /** QIDs of the entities related to it or named in the same documents */
  items: ReadonlySet<string>;
  /**
   * the words for each thing near it, one group per thing: an entity's name, aliases and adjectives
   * ("United States", "American", "US-amerikanisch"), a role title; a group counts once
   */
  terms: readonly (readonly string[])[];
}

/** What scoring reads of a candidate (match-entities.ts's Candidate). */
export interface ScoredItem {
  qid: string;
  description: string;
  descriptions?: string[];
  refs?: string[];
  confidence: number;
  evidence: object;
}

export interface ContextScore {
  qid: string;
  /** the candidate's statement values that are items linked near the entity */
  items: string[];
  /** context terms its descriptions contain, the first of each group found */
  terms: string[];
  score: number;
}

/** An item shared with the graph counts more than a word in a one-line description. */
const ITEM_WEIGHT = 2;
/** German descriptions inflect adjectives: "US-amerikanischer" still names "US-amerikanisch(e)". */
const INFLECTION = '(?:e|er|es|en|em|n|r|s)?';

function mentions(text: string, term: string): string | null {
  const key = textKey(term);
  // a term of one or two letters ("US") is too often a word of its own to count
  if (key.length < 3) return null;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${INFLECTION}(?![\\p{L}\\p{N}])`, 'u').test(text) ? key : null;
}

function descriptionHits(descriptions: readonly string[], groups: EntityContext['terms']): string[] {
  const text = descriptions.map(textKey).join(' | ');
  if (!text) return [];
  const hits = new Set<string>();
  for (const group of groups) {
    for (const term of group) {
      const hit = mentions(text, term);
      if (hit) {
        hits.add(hit);
        break;
      }
    }
  }
  return [...hits];
}

export function scoreCandidate(candidate: ScoredItem, context: EntityContext): ContextScore {
  const items = [...new Set(candidate.refs ?? [])].filter((q) => context.items.has(q));
  const terms = descriptionHits(candidate.descriptions ?? [candidate.description], context.terms);
  return { qid: candidate.qid, items, terms, score: ITEM_WEIGHT * items.length + terms.length };
}

/**
 * Of several items that fit an entity by name and type, the one the graph's knowledge supports: it
 * must have some support, and at least twice (plus one) the support of the next best, so a near tie
 * stays for a curator. The winner links with its name-match confidence lowered by 0.1, its evidence
 * naming the shared items and words and the items it was preferred over.
 */
export function chooseByContext<C extends ScoredItem>(candidates: readonly C[], context: EntityContext): C | null {
  const scored = candidates
    .map((c) => ({ c, s: scoreCandidate(c, context) }))
    .sort((a, b) => b.s.score - a.s.score || b.c.confidence - a.c.confidence);
  const [best, next] = scored;
  if (!best || best.s.score === 0) return null;
  if (next && best.s.score < 2 * next.s.score + 1) return null;
  const over = scored.slice(1).map(({ s }) => ({ qid: s.qid, score: s.score }));
  return {
    ...best.c,
    confidence: Math.round((best.c.confidence - 0.1) * 100) / 100,
    evidence: { ...best.c.evidence, context: { items: best.s.items, terms: best.s.terms, score: best.s.score, over } },
  };
}
