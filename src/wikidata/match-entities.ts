import type { EntityKind } from '../model/entity-kinds.ts';
import { itemValues, type WikidataEntity } from './entity-json.ts';
import { textKey } from '../extract/text/normalize.ts';
import { fittingClasses } from './type-map.ts';
import { CONTEXT_PROPERTIES, chooseByContext, type EntityContext } from './choose-by-context.ts';

/** An entity of the graph, as the linker reads it once before the pass. */
export interface GraphEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** a curator set its link: the pass leaves it as it is */
  curated?: boolean;
  /** items curators rejected for it: never linked or proposed again */
  rejected?: readonly string[];
  /** the item it is linked to now (its statements are read again in every pass) */
  wikidataId?: string | null;
  /** entities curators judged different from it, with their items: never linked to the same item */
  different?: readonly { id: string; qid: string | null }[];
}

/** A label or alias match confirms the type less than the other: an alias is often shared. */
export const LABEL_CONFIDENCE = 0.9;
export const ALIAS_CONFIDENCE = 0.7;
const LANGUAGES = ['de', 'en'] as const;

/** Why a Wikidata entity is a candidate for a graph entity. */
export interface MatchEvidence {
  matched: 'label' | 'alias';
  language: string;
  text: string;
  p31: string[];
  /** set when several items fit and the graph's knowledge chose this one (choose-by-context.ts) */
  context?: { items: string[]; terms: string[]; score: number; over: { qid: string; score: number }[] };
}

export interface Candidate {
  entityId: string;
  qid: string;
  label: string;
  description: string;
  confidence: number;
  evidence: MatchEvidence;
  /** the items its statements of CONTEXT_PROPERTIES point to (absent in checkpoints of older versions) */
  refs?: string[];
  /** its English and German descriptions */
  descriptions?: string[];
}

/** What the pass decides per graph entity: one fitting candidate links, several stay for review. */
export interface LinkDecision {
  links: Candidate[];
  candidates: Candidate[];
}

export type NameIndex = Map<string, GraphEntity[]>;

/** The graph's entities by every normalized name and alias they go by. */
export function indexGraphEntities(entities: readonly GraphEntity[]): NameIndex {
  const index: NameIndex = new Map();
  for (const e of entities) {
    if (e.curated) continue;
    for (const key of new Set([e.name, ...e.aliases].map(textKey))) {
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(e);
      else index.set(key, [e]);
    }
  }
  return index;
}

/**
 * The graph entities a Wikidata entity could be: a German or English label or alias equals one of
 * their names, and one of its P31 classes fits their kind. A label match wins over an alias match.
 * An item a curator rejected for an entity is never one of its candidates.
 */
export function candidatesOf(wd: WikidataEntity, index: NameIndex): Candidate[] {
  const found = new Map<string, Candidate>();
  let p31: string[] | null = null;
  let refs: string[] | null = null;
  const consider = (term: string, matched: 'label' | 'alias', language: string) => {
    const hits = index.get(textKey(term));
    if (!hits) return;
    p31 ??= itemValues(wd, 'P31');
    for (const e of hits) {
      if (e.rejected?.includes(wd.id)) continue;
      const fitting = fittingClasses(p31, e.kind);
      if (!fitting.length) continue;
      const confidence = matched === 'label' ? LABEL_CONFIDENCE : ALIAS_CONFIDENCE;
      const before = found.get(e.id);
      if (before && before.confidence >= confidence) continue;
      refs ??= [...new Set(CONTEXT_PROPERTIES.flatMap((p) => itemValues(wd, p)))];
      found.set(e.id, {
        entityId: e.id,
        qid: wd.id,
        label: wd.labels?.en?.value ?? wd.labels?.de?.value ?? '',
        description: wd.descriptions?.en?.value ?? wd.descriptions?.de?.value ?? '',
        confidence,
        evidence: { matched, language, text: term, p31: fitting },
        refs,
        descriptions: LANGUAGES.flatMap((l) => wd.descriptions?.[l]?.value ?? []),
      });
    }
  };
  for (const lang of LANGUAGES) {
    const label = wd.labels?.[lang]?.value;
    if (label) consider(label, 'label', lang);
  }
  for (const lang of LANGUAGES) for (const a of wd.aliases?.[lang] ?? []) consider(a.value, 'alias', lang);
  return [...found.values()];
}

/** Collects candidates over a whole pass; decide() only when every entity has been read. */
export class CandidateCollector {
  private readonly byEntity = new Map<string, Map<string, Candidate>>();

  add(candidates: readonly Candidate[]): void {
    for (const c of candidates) {
      let forEntity = this.byEntity.get(c.entityId);
      if (!forEntity) {
        forEntity = new Map();
        this.byEntity.set(c.entityId, forEntity);
      }
      const before = forEntity.get(c.qid);
      if (!before || before.confidence < c.confidence) forEntity.set(c.qid, c);
    }
  }

  /** Every candidate collected so far, for a checkpoint; `add` them to a new collector to go on. */
  snapshot(): Candidate[] {
    return [...this.byEntity.values()].flatMap((forEntity) => [...forEntity.values()]);
  }

  /** The entities several items fit: what the graph knows about them may choose one. */
  ambiguous(): string[] {
    return [...this.byEntity].filter(([, forEntity]) => forEntity.size > 1).map(([id]) => id);
  }

  /**
   * One fitting item links; of several, the one the entity's context (`contexts`, by entity id)
   * clearly supports links, else all stay candidates. Entities judged different (`different`: entity id →
   * the ids judged different from it) never share an item: a link that would give an entity the item
   * another of them has or gets stays a candidate for review.
   */
  decide(
    different: ReadonlyMap<string, readonly string[]> = new Map(),
    linked = new Map<string, string>(),
    contexts: ReadonlyMap<string, EntityContext> = new Map(),
  ): LinkDecision {
    const links: Candidate[] = [];
    const candidates: Candidate[] = [];
    for (const [entityId, forEntity] of this.byEntity) {
      const all = [...forEntity.values()];
      const context = contexts.get(entityId);
      const chosen = all.length === 1 ? all[0]! : context ? chooseByContext(all, context) : null;
      if (chosen) links.push(chosen);
      else candidates.push(...all);
    }
    if (!different.size) return { links, candidates };
    // who has or would have each item: the links made before (not by this entity) and this pass's
    const holders = new Map<string, Set<string>>();
    const hold = (qid: string, entityId: string) => holders.set(qid, (holders.get(qid) ?? new Set()).add(entityId));
    for (const [entityId, qid] of linked) hold(qid, entityId);
    for (const l of links) hold(l.qid, l.entityId);
    const kept = links.filter((l) => {
      const others = [...(holders.get(l.qid) ?? [])].filter((e) => e !== l.entityId);
      return !others.some((o) => different.get(l.entityId)?.includes(o));
    });
    return { links: kept, candidates: [...candidates, ...links.filter((l) => !kept.includes(l))] };
  }
}
