import type { Database } from '../db/database.ts';
import { CandidateCollector, type Candidate, candidatesOf, indexGraphEntities } from './match-entities.ts';
import { readEntities } from './read-entities.ts';

export interface LinkSummary {
  files: string[];
  entitiesRead: number;
  /** Wikidata entities that matched a graph entity by name and type */
  matched: number;
  seconds: number;
  entitiesPerSecond: number;
  /** graph entities with exactly one fitting candidate, linked */
  links: number;
  /** links that were new or different (0 when the same pass runs again) */
  linksChanged: number;
  /** candidates kept for review (entities with several fitting candidates) */
  candidates: number;
  candidatesCreated: number;
}

export interface LinkOptions {
  /** rows per write transaction */
  batchSize?: number;
  /** called every `every` entities read */
  onProgress?: (read: number, seconds: number) => void;
  every?: number;
  /** only these graph entities (default: all of them) */
  entityIds?: readonly string[] | null;
}

/**
 * One linking pass: the graph's entities are read once (names and aliases, keyed by normalized
 * name), the files streamed, and every Wikidata entity matched in memory. Links are decided only
 * after the whole pass (an entity is ambiguous when a second fitting item turns up late in the
 * dump), then written in batches; memory grows with the matches, not with the dump.
 */
export async function linkWikidata(
  db: Database,
  files: readonly string[],
  options: LinkOptions = {},
): Promise<LinkSummary> {
  const batchSize = options.batchSize ?? 500;
  const every = options.every ?? 10_000;
  const graph = await db.read(
    (tx) => tx.rows('wikidata/graph-entities', { ids: options.entityIds ? [...options.entityIds] : null }),
    'wikidata/graph-entities',
  );
  const index = indexGraphEntities(graph);
  const collector = new CandidateCollector();
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let read = 0;
  let matched = 0;
  for (const file of files) {
    for await (const { entity } of readEntities(file)) {
      read++;
      const found = candidatesOf(entity, index);
      if (found.length) {
        matched++;
        collector.add(found);
      }
      if (read % every === 0) options.onProgress?.(read, elapsed());
    }
  }
  const seconds = elapsed();
  const { links, candidates } = collector.decide();
  const row = (c: Candidate) => ({ ...c, evidence: JSON.stringify(c.evidence) });
  let linksChanged = 0;
  let candidatesCreated = 0;
  for (let i = 0; i < links.length; i += batchSize) {
    const batch = links.slice(i, i + batchSize).map(row);
    const r = await db.write((tx) => tx.one('wikidata/link-entities', { links: batch }), 'wikidata/link');
    linksChanged += r?.changed ?? 0;
  }
  for (let i = 0; i < candidates.length; i += batchSize) {
    const batch = candidates.slice(i, i + batchSize).map(row);
    const r = await db.write((tx) => tx.one('wikidata/keep-candidates', { candidates: batch }), 'wikidata/link');
    candidatesCreated += r?.created ?? 0;
  }
  return {
    files: [...files],
    entitiesRead: read,
    matched,
    seconds,
    entitiesPerSecond: seconds > 0 ? Math.round(read / seconds) : read,
    links: links.length,
    linksChanged,
    candidates: candidates.length,
    candidatesCreated,
  };
}
