import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The schema is the concatenation of schema/*.graphql, one module per domain. */
export async function loadTypeDefs(schemaDir: string): Promise<string> {
  const files = (await readdir(schemaDir)).filter((f) => f.endsWith('.graphql')).sort();
  const parts = await Promise.all(files.map((f) => readFile(path.join(schemaDir, f), 'utf8')));
  return parts.join('\n');
}
