import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, type Config } from '../config/config.ts';

/** Roles in increasing power: a role may do everything the roles before it may. */
export const Roles = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof Roles)[number];

export const roleAtLeast = (have: Role, need: Role) => Roles.indexOf(have) >= Roles.indexOf(need);

export interface ApiKeyEntry {
  name: string;
  role: Role;
  /** sha256 hex of the key: the key itself is never stored */
  sha256: string;
}

/** Keys are looked up by their hash, so the server never holds a key it could leak. */
export type ApiKeyStore = ReadonlyMap<string, { name: string; role: Role }>;

export const hashApiKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/** 32 random bytes; the prefix makes a leaked key recognisable to secret scanners. */
export const newApiKey = () => `qg_${randomBytes(32).toString('base64url')}`;

const Entry = z.object({
  name: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, . _ - (at most 64)'),
  role: z.enum(Roles),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 hex (64 lowercase hex digits)'),
});

/** "name:role:sha256hex,name:role:sha256hex" (QUOTEGRAPH_API_KEYS) */
export function parseKeyList(list: string): ApiKeyEntry[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item, i) => {
      const [name, role, sha256, ...rest] = item.split(':');
      const parsed = Entry.safeParse({ name, role, sha256 });
      if (rest.length || !parsed.success) {
        // the entry holds a hash, not a key, so naming its position is safe; its text is not echoed anyway
        throw new ConfigError(
          `QUOTEGRAPH_API_KEYS: entry ${i + 1} is not name:role:sha256hex (roles: ${Roles.join(', ')})`,
        );
      }
      return parsed.data;
    });
}

export function formatKeyLine(e: ApiKeyEntry): string {
  return `${e.name}:${e.role}:${e.sha256}`;
}

function readKeyFile(file: string): ApiKeyEntry[] {
  if (!existsSync(file)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ConfigError(`${file}: not JSON (expected a list of {name, role, sha256})`);
  }
  const parsed = z.array(Entry).safeParse(json);
  if (!parsed.success)
    throw new ConfigError(`${file}: expected a list of {name, role, sha256}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The keys of QUOTEGRAPH_API_KEYS and of the key file, by hash. Read once at start-up. */
export function loadApiKeys(security: Config['security']): ApiKeyStore {
  const entries = [...(security.apiKeys ? parseKeyList(security.apiKeys) : []), ...readKeyFile(security.apiKeysFile)];
  return new Map(entries.map((e) => [e.sha256, { name: e.name, role: e.role }]));
}

/** Appends an entry to the key file (created with mode 0600); a name may be used once. */
export async function addKeyToFile(file: string, entry: ApiKeyEntry): Promise<void> {
  const existing = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as ApiKeyEntry[]) : [];
  if (existing.some((e) => e.name === entry.name))
    throw new ConfigError(`${file} already has a key named ${entry.name}`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify([...existing, entry], null, 2)}\n`, { mode: 0o600 });
}
