import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config.ts';
import { hashApiKey, loadApiKeys, newApiKey, parseKeyList } from './api-keys.ts';
import { authenticate, requireRole } from './authenticate.ts';

const sec = (apiKeys?: string) => ({
  apiKeys,
  apiKeysFile: '/nonexistent/keys.json',
  readsRequireKey: false,
  corsOrigins: [],
  introspection: true,
  maxDepth: 12,
  maxAliases: 20,
  maxCost: 1,
  bodyLimit: '1mb',
});

describe('API keys', () => {
  it('when a key list is parsed, then names, roles and hashes are checked and the key text is never echoed', () => {
    const key = newApiKey();
    expect(parseKeyList(`ci:editor:${hashApiKey(key)}`)).toEqual([
      { name: 'ci', role: 'editor', sha256: hashApiKey(key) },
    ]);
    expect(() => parseKeyList(`ci:root:${hashApiKey(key)}`)).toThrow(ConfigError);
    try {
      parseKeyList(`ci:editor:${key}`); // someone pasted the key instead of its hash
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toContain(key);
    }
  });

  it(
    'when a request is authenticated, ' +
      'then a known key gives its role, a missing one is anonymous, anything else is invalid',
    () => {
      const key = newApiKey();
      const keys = loadApiKeys(sec(`bot:reader:${hashApiKey(key)}`));
      expect(authenticate(`Bearer ${key}`, keys)).toEqual({ kind: 'key', principal: { name: 'bot', role: 'reader' } });
      expect(authenticate(undefined, keys)).toEqual({ kind: 'anonymous' });
      expect(authenticate(`Bearer ${hashApiKey(key)}`, keys).kind).toBe('invalid');
      expect(authenticate(`Token ${key}`, keys).kind).toBe('invalid');
    },
  );

  it('when a role is required, then weaker roles are FORBIDDEN and no key is UNAUTHENTICATED', () => {
    const reader = { kind: 'key' as const, principal: { name: 'r', role: 'reader' as const } };
    expect(() => requireRole(reader, 'editor')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireRole({ kind: 'anonymous' }, 'reader')).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(requireRole({ kind: 'key', principal: { name: 'a', role: 'admin' } }, 'editor').name).toBe('a');
  });
});
