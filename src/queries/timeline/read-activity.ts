import type { CypherTx } from '../../db/database.ts';

export type ActivityUnit = 'day' | 'week' | 'month' | 'year';

export async function readActivity(
  tx: CypherTx,
  p: {
    entityIds: string[];
    from: string;
    to: string;
    unit: ActivityUnit;
    asOf: string | null;
    includeRetracted: boolean;
  },
) {
  const rows = await tx.rows('timeline/activity', p);
  return { found: rows[0]?.found ?? [], rows: rows.filter((r) => r.bucket !== null) };
}
