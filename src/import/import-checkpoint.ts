import { readFile } from 'node:fs/promises';
import { AppError } from '../errors/app-error.ts';
import { dropLinkState, type FileStamp, sameFiles, saveStateFile } from '../wikidata/link-state.ts';

/** A bad line of an import: skipped, counted, and (the first few) named in the summary. */
export interface BadLine {
  file: string;
  line: number;
  reason: string;
}

/**
 * Where an import stood after its last committed batch: the file it was reading and the last line
 * whose records are in the graph. A stopped import goes on from there; what it wrote before stays.
 */
export interface ImportCheckpoint {
  version: 1;
  format: string;
  files: FileStamp[];
  fileIndex: number;
  line: number;
  counts: Record<string, number>;
  badLines: BadLine[];
}

/**
 * The checkpoint of an earlier import of the same files in the same format, or null when there is
 * none. One of other files (or of these files since changed) is refused, naming the state file.
 */
export async function loadCheckpoint(
  statePath: string,
  format: string,
  files: FileStamp[],
): Promise<ImportCheckpoint | null> {
  let text: string;
  try {
    text = await readFile(statePath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let state: ImportCheckpoint | null = null;
  try {
    state = JSON.parse(text) as ImportCheckpoint;
  } catch {
    // refused below
  }
  if (state?.version !== 1 || state.format !== format || !Array.isArray(state.files))
    throw new AppError('BAD_USER_INPUT', `${statePath}: not a ${format} import checkpoint; delete it to start over`, {
      field: 'state',
    });
  if (!sameFiles(state.files, files))
    throw new AppError(
      'BAD_USER_INPUT',
      `${statePath}: the checkpoint of an import of other files, or of these before they changed; ` +
        'delete it (or pass --restart) to start over',
      { field: 'state' },
    );
  return state;
}

/** Writes the checkpoint whole or not at all. */
export const saveCheckpoint: (statePath: string, state: ImportCheckpoint) => Promise<void> = saveStateFile;

export const dropCheckpoint: (statePath: string) => Promise<void> = dropLinkState;
