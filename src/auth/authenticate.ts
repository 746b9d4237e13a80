import { AppError } from '../errors/app-error.ts';
import { hashApiKey, roleAtLeast, type ApiKeyStore, type Role } from './api-keys.ts';

export interface Principal {
  name: string;
  role: Role;
}

/**
 * Who is calling: a key holder, an anonymous caller, or someone whose Authorization header names
 * no key we know (refused as a whole, even for public reads: a wrong key is a client bug to surface).
 */
export type AuthState =
  | { kind: 'key'; principal: Principal }
  | { kind: 'anonymous' }
  | { kind: 'invalid'; reason: string };

export function authenticate(authorization: string | undefined, keys: ApiKeyStore): AuthState {
  if (authorization === undefined || authorization === '') return { kind: 'anonymous' };
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!m) return { kind: 'invalid', reason: 'the Authorization header must be "Bearer <api key>"' };
  const found = keys.get(hashApiKey(m[1]!));
  return found ? { kind: 'key', principal: { ...found } } : { kind: 'invalid', reason: 'unknown API key' };
}

/** The principal if it has at least `role`; else UNAUTHENTICATED (no valid key) or FORBIDDEN. */
export function requireRole(auth: AuthState, role: Role): Principal {
  if (auth.kind === 'invalid') throw new AppError('UNAUTHENTICATED', auth.reason);
  if (auth.kind === 'anonymous')
    throw new AppError('UNAUTHENTICATED', `this needs an API key with role ${role} (Authorization: Bearer <key>)`);
  if (!roleAtLeast(auth.principal.role, role))
    throw new AppError(
      'FORBIDDEN',
      `this needs role ${role}; the key "${auth.principal.name}" has role ${auth.principal.role}`,
    );
  return auth.principal;
}

/** For audit entries: who did it. */
export const actorOf = (auth: AuthState) =>
  auth.kind === 'key' ? `${auth.principal.name} (${auth.principal.role})` : 'anonymous';
