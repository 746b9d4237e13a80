// Scores quote-lineage links against hand-written clusters (data/lineage/dev-gold.json): a predicted
// link is right when both renderings belong to one gold cluster; a gold link is found when the two
// renderings are linked directly, whatever kind the linker gave.

import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A link as src/lineage/link-renderings.ts makes it (the scorer needs only these fields). */
export interface RenderingLink {
  a: string;
  b: string;
  kind: string;
  evidence: string;
}

const goldSchema = z.object({
  version: z.literal(1),
  description: z.string(),
  documents: z.record(
    z.string(),
    z.object({ path: z.string(), publishedAt: z.string().optional(), origin: z.enum(['real', 'invented']) }),
  ),
  clusters: z.record(z.string(), z.array(z.string())),
  links: z.array(z.tuple([z.string(), z.string(), z.string()])),
});
export type LineageGold = z.infer<typeof goldSchema>;

export function readLineageGold(file: string): LineageGold {
  const parsed = goldSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not a lineage gold file: ${parsed.error.message}`);
  return parsed.data;
}

export interface KindScore {
  kind: string;
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  /** gold links found with the gold's kind */
  sameKind: number;
}

export interface LineageScore {
  kinds: KindScore[];
  all: KindScore;
  /** predicted links between renderings of different gold clusters */
  wrong: RenderingLink[];
  /** gold links not predicted */
  missed: [string, string, string][];
  /** gold renderings the extraction did not produce */
  absent: string[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function scoreLineage(
  gold: LineageGold,
  renderings: readonly string[],
  links: readonly RenderingLink[],
): LineageScore {
  const clustersOf = new Map<string, Set<string>>();
  for (const [id, members] of Object.entries(gold.clusters))
    for (const m of members) clustersOf.set(m, (clustersOf.get(m) ?? new Set()).add(id));
  const together = (a: string, b: string) => [...(clustersOf.get(a) ?? [])].some((c) => clustersOf.get(b)?.has(c));
  const predicted = new Map(links.map((l) => [pairKey(l.a, l.b), l]));
  const rows = new Map<string, KindScore>();
  const row = (kind: string) => {
    const r = rows.get(kind) ?? { kind, predicted: 0, correct: 0, gold: 0, found: 0, sameKind: 0 };
    rows.set(kind, r);
    return r;
  };
  const wrong: RenderingLink[] = [];
  for (const l of links) {
    const r = row(l.kind);
    r.predicted++;
    if (together(l.a, l.b)) r.correct++;
    else wrong.push(l);
  }
  const missed: [string, string, string][] = [];
  for (const [a, b, kind] of gold.links) {
    const r = row(kind);
    r.gold++;
    const p = predicted.get(pairKey(a, b));
    if (p) {
      r.found++;
      if (p.kind === kind) r.sameKind++;
    } else missed.push([a, b, kind]);
  }
  const all = [...rows.values()].reduce(
    (s, r) => ({
      kind: 'all',
      predicted: s.predicted + r.predicted,
      correct: s.correct + r.correct,
      gold: s.gold + r.gold,
      found: s.found + r.found,
      sameKind: s.sameKind + r.sameKind,
    }),
    { kind: 'all', predicted: 0, correct: 0, gold: 0, found: 0, sameKind: 0 },
  );
  const have = new Set(renderings);
  const absent = [...new Set(Object.values(gold.clusters).flat())].filter((k) => !have.has(k));
  return { kinds: [...rows.values()].sort((x, y) => x.kind.localeCompare(y.kind)), all, wrong, missed, absent };
}
