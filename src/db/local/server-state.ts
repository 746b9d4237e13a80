import { readFile, rm, writeFile } from 'node:fs/promises';

/** What a running local server left behind so the CLI and a second `npm start` can find it. */
export interface ServerState {
  pid: number;
  uri: string;
  boltPort: number;
  httpPort: number | null;
  user: string;
  startedAt: string;
  startedBy: string;
  neo4jVersion: string;
}

export async function readServerState(file: string): Promise<ServerState | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ServerState;
  } catch {
    return null;
  }
}

export const writeServerState = (file: string, state: ServerState) => writeFile(file, JSON.stringify(state, null, 2));

export const removeServerState = (file: string) => rm(file, { force: true });

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
