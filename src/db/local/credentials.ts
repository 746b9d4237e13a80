import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Credentials {
  user: string;
  password: string;
}

/** The local server's password: generated once, kept in .data/credentials.json (mode 0600, git-ignored). */
export async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  } catch {
    const creds = { user: 'neo4j', password: randomBytes(18).toString('base64url') };
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(creds, null, 2), { mode: 0o600 });
    return creds;
  }
}
