import { randomUUID } from 'node:crypto';
import type { CypherTx } from '../db/database.ts';

export interface AuditRecord {
  who: string;
  operation: string;
  target: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditEntryRow {
  id: string;
  at: string;
  who: string;
  operation: string;
  target: string | null;
  before: string | null;
  after: string | null;
}

/**
 * Records a write in the audit trail. Called with the write's own transaction, so the change and
 * its entry commit together or not at all.
 */
export async function recordAudit(tx: CypherTx, r: AuditRecord): Promise<void> {
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  await tx.rows('audit/record-entry', {
    id: `audit:${randomUUID()}`,
    who: r.who,
    operation: r.operation,
    target: r.target,
    before: json(r.before),
    after: json(r.after),
  });
}

export async function readAuditEntries(
  tx: CypherTx,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<AuditEntryRow[]> {
  return tx.rows('audit/entries', { afterAt: after?.at ?? null, afterId: after?.id ?? null, limit });
}
