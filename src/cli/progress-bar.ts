export interface IngestProgress {
  done: number;
  total: number;
  quotes: number;
  entities: number;
  relations: number;
}

/** "[██████░░░░░░░░░░░░░░]  12/40 documents · 30 quotes · 55 entities · 80 relations" */
export function renderProgress(p: IngestProgress, barWidth = 24): string {
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const filled = Math.round(share * barWidth);
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]`;
  const count = `${String(p.done).padStart(String(p.total).length)}/${p.total} documents`;
  return `${bar} ${count} · ${p.quotes} quotes · ${p.entities} entities · ${p.relations} relations`;
}
