import { stat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { AppError } from '../errors/app-error.ts';
import type { Candidate } from './match-entities.ts';
import type { MalformedLine } from './read-entities.ts';
import type { ItemStatements, PositionItem } from './statements.ts';

/** A file of the pass as it was when the pass began: a changed file cannot be resumed. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/** Where a linking pass stood at its last checkpoint: enough to go on from there. */
export interface LinkState {
  version: 2;
  files: FileStamp[];
  /** the file being read (files.length once every file was read) and its last line read */
  fileIndex: number;
  line: number;
  read: number;
  matched: number;
  malformed: number;
  /** the first malformed lines, for the summary */
  malformedLines: MalformedLine[];
  candidates: Candidate[];
  /** the dated statements of the items that matched a graph entity or were linked before */
  statements: ItemStatements[];
  /** the position items read so far (labels and where they apply) */
  positions: PositionItem[];
}

export async function stampFiles(files: readonly string[]): Promise<FileStamp[]> {
  return Promise.all(
    files.map(async (path) => {
      const s = await stat(path);
      return { path, size: s.size, mtimeMs: s.mtimeMs };
    }),
  );
}

export const sameFiles = (a: FileStamp[], b: FileStamp[]): boolean =>
  a.length === b.length &&
  a.every((f, i) => f.path === b[i]!.path && f.size === b[i]!.size && f.mtimeMs === b[i]!.mtimeMs);

/**
 * The checkpoint of an earlier pass over the same files, or null when there is none. A checkpoint of
 * other files (or of these files since changed) is refused, naming the state file: going on from it
 * would mix two passes.
 */
export async function loadLinkState(statePath: string, files: FileStamp[]): Promise<LinkState | null> {
  let text: string;
  try {
    text = await readFile(statePath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let state: LinkState;
  try {
    state = JSON.parse(text) as LinkState;
  } catch {
    throw new AppError('BAD_USER_INPUT', `${statePath}: not a linking checkpoint (not JSON); delete it to start over`, {
      field: 'state',
    });
  }
  if (state.version !== 2 || !Array.isArray(state.files) || !sameFiles(state.files, files))
    throw new AppError(
      'BAD_USER_INPUT',
      `${statePath}: the checkpoint of a pass over other files, or over these before they changed; ` +
        'delete it (or pass --restart) to start over',
      { field: 'state' },
    );
  return state;
}

/** Writes a checkpoint whole or not at all (a temporary file renamed over the old one). */
export async function saveStateFile(statePath: string, state: unknown): Promise<void> {
  const next = `${statePath}.next`;
  await writeFile(next, JSON.stringify(state));
  await rename(next, statePath);
}

export const saveLinkState: (statePath: string, state: LinkState) => Promise<void> = saveStateFile;

export async function dropLinkState(statePath: string): Promise<void> {
  await rm(statePath, { force: true });
}
