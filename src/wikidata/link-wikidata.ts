import type { Database } from '../db/database.ts';
import { dropLinkState, type LinkState, loadLinkState, saveLinkState, stampFiles } from './link-state.ts';
import { CandidateCollector, type Candidate, candidatesOf, indexGraphEntities } from './match-entities.ts';
import { type MalformedLine, readEntities } from './read-entities.ts';

/** how many malformed lines the summary names (all are counted) */
const NAMED_MALFORMED = 20;

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
  /** lines that were not Wikidata entities: skipped and counted; the first ones named */
  malformed: number;
  malformedLines: MalformedLine[];
  /**
   * where a resumed pass went on from: the file and its last line read before, or file null when
   * every file had been read and only the writes were left; null for a pass from the start
   */
  resumedFrom: { file: string | null; line: number } | null;
}

export interface LinkOptions {
  /** rows per write transaction */
  batchSize?: number;
  /** called every `every` entities read */
  onProgress?: (read: number, seconds: number) => void;
  every?: number;
  /** only these graph entities (default: all of them) */
  entityIds?: readonly string[] | null;
  /**
   * a checkpoint file: the pass saves where it stands there every `checkpointEvery` entities and
   * once the files are read, goes on from it when it exists (for the same files, unchanged), and
   * deletes it when the links are written
   */
  statePath?: string;
  checkpointEvery?: number;
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
  const statePath = options.statePath;
  const checkpointEvery = options.checkpointEvery ?? 1_000_000;
  const stamps = statePath ? await stampFiles(files) : [];
  const resumed = statePath ? await loadLinkState(statePath, stamps) : null;
  const state: LinkState = resumed ?? {
    version: 1,
    files: stamps,
    fileIndex: 0,
    line: 0,
    read: 0,
    matched: 0,
    malformed: 0,
    malformedLines: [],
    candidates: [],
  };
  collector.add(state.candidates);
  const resumedFrom = resumed ? { file: files[resumed.fileIndex] ?? null, line: resumed.line } : null;
  const checkpoint = async (): Promise<void> => {
    if (statePath) await saveLinkState(statePath, { ...state, candidates: collector.snapshot() });
  };
  const onMalformed = (m: MalformedLine): void => {
    state.malformed++;
    if (state.malformedLines.length < NAMED_MALFORMED) state.malformedLines.push(m);
  };
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const readBefore = state.read;
  for (; state.fileIndex < files.length; state.fileIndex++, state.line = 0) {
    const file = files[state.fileIndex]!;
    for await (const { entity, line } of readEntities(file, { onMalformed, afterLine: state.line })) {
      state.read++;
      state.line = line;
      const found = candidatesOf(entity, index);
      if (found.length) {
        state.matched++;
        collector.add(found);
      }
      if (state.read % every === 0) options.onProgress?.(state.read, elapsed());
      if (state.read % checkpointEvery === 0) await checkpoint();
    }
  }
  // read whole: a pass stopped while writing goes on with the writes
  await checkpoint();
  const seconds = elapsed();
  const read = state.read;
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
  if (statePath) await dropLinkState(statePath);
  return {
    files: [...files],
    entitiesRead: read,
    matched: state.matched,
    seconds,
    entitiesPerSecond: seconds > 0 ? Math.round((read - readBefore) / seconds) : read - readBefore,
    links: links.length,
    linksChanged,
    candidates: candidates.length,
    candidatesCreated,
    malformed: state.malformed,
    malformedLines: state.malformedLines,
    resumedFrom,
  };
}
