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
    // Hex, not base64: neo4j-admin reads a password that starts with "-" as an option.
    const creds = { user: 'neo4j', password: randomBytes(16).toString('hex') };
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(creds, null, 2), { mode: 0o600 });
    return creds;
  }
}
