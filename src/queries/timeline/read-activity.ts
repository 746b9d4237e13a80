import type { CypherTx } from '../../db/database.ts';

export type ActivityUnit = 'day' | 'week' | 'month' | 'year';

export interface ActivityRow {
  bucket: string | null;
  kind: 'QUOTE' | 'CLAIM' | 'EVENT' | 'REPORT' | 'ROLE_CHANGE' | null;
  within: boolean | null;
  n: number;
}

export async function readActivity(tx: CypherTx, p: { entityIds: string[]; from: string; to: string; unit: ActivityUnit; asOf: string | null; includeRetracted: boolean }) {
  const rows = await tx.rows<ActivityRow & { found: string[] } & Record<string, unknown>>('timeline/activity', p);
  return { found: rows[0]?.found ?? [], rows: rows.filter((r) => r.bucket !== null) };
}
