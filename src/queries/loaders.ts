import DataLoader from 'dataloader';
import type { Database } from '../db/database.ts';
import type { DocumentModel, EntityModel, FactModel, RoleChangeModel, SpeakerCandidateModel } from '../model/index.ts';
import { readEntities } from './entity/read-entities.ts';
import { readRoles } from './entity/read-roles.ts';
import { readFacts } from './fact/read-facts.ts';
import { readDocuments } from './document/read-documents.ts';

/**
 * Per-request batching of nested lookups: every speaker, event, role list or document asked for
 * in one tick of a request becomes one Cypher statement. Keys carry the asOf of the root query, so
 * nested answers stay "as of" the same day. Created per request: no cache outlives a request.
 */
export interface Loaders {
  entity: DataLoader<string, EntityModel | null>;
  roles: DataLoader<string, RoleChangeModel[]>;
  fact: DataLoader<string, FactModel | null>;
  document: DataLoader<string, DocumentModel | null>;
  /** by quote id: the candidates an imported corpus weighed (none for quotes read from articles) */
  speakerCandidates: DataLoader<string, SpeakerCandidateModel[]>;
}

const sep = '\u0000';
export const asOfKey = (id: string, asOf: string | null) => `${asOf ?? ''}${sep}${id}`;

/** Groups keys "asOf␀id" by asOf and runs one statement per distinct asOf (one in practice). */
function byAsOf<V>(load: (ids: string[], asOf: string | null) => Promise<Map<string, V>>, missing: V) {
  return async (keys: readonly string[]): Promise<V[]> => {
    const groups = new Map<string, string[]>();
    for (const k of keys) {
      const [asOf, id] = k.split(sep) as [string, string];
      groups.set(asOf, [...(groups.get(asOf) ?? []), id]);
    }
    const results = new Map<string, V>();
    await Promise.all(
      [...groups].map(async ([asOf, ids]) => {
        const found = await load(ids, asOf || null);
        for (const id of ids) results.set(asOfKey(id, asOf || null), found.get(id) ?? missing);
      }),
    );
    return keys.map((k) => results.get(k) ?? missing);
  };
}

export function createLoaders(db: Database): Loaders {
  return {
    entity: new DataLoader(
      byAsOf<EntityModel | null>((ids, asOf) => db.read((tx) => readEntities(tx, ids, asOf), 'load-entities'), null),
    ),
    roles: new DataLoader(
      byAsOf<RoleChangeModel[]>((ids, asOf) => db.read((tx) => readRoles(tx, ids, asOf), 'load-roles'), []),
    ),
    fact: new DataLoader(
      byAsOf<FactModel | null>(async (ids, asOf) => {
        const rows = await db.read((tx) => readFacts(tx, ids, asOf), 'load-facts');
        return new Map(rows.map((f) => [f.id, f]));
      }, null),
    ),
    document: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.read((tx) => readDocuments(tx, ids), 'load-documents');
      const byId = new Map(rows.map((d) => [d.id, d]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    speakerCandidates: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.read((tx) => tx.rows('quote/speaker-candidates', { ids }), 'load-speaker-candidates');
      const byId = new Map(
        rows.map((r) => [r.id, r.names.map((name, i) => ({ name, probability: r.probabilities[i] ?? 0 }))]),
      );
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}

/**
 * Hands the loaders what a statement already read (a timeline page's events and named entities), so
 * the nested fields that ask for them cost no further round trip. Entities are keyed both as of the
 * request's day and as of none (role changes resolve their person and office without asOf).
 */
export function primeFacts(loaders: Loaders, facts: FactModel[], asOf: string | null): void {
  for (const f of facts) loaders.fact.prime(asOfKey(f.id, asOf), f);
}

export function primeEntities(loaders: Loaders, entities: EntityModel[], asOf: string | null): void {
  for (const e of entities) {
    loaders.entity.prime(asOfKey(e.id, asOf), e);
    if (asOf !== null) loaders.entity.prime(asOfKey(e.id, null), { ...e, asOf: null });
  }
}
