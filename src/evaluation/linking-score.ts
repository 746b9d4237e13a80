// Scores Wikidata links against a hand-checked table of expected items (data/wikidata/dev-expected-qids.json):
// which entity of the graph each expected name became, and what the linking pass made of it.

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { textKey } from '../extract/text/normalize.ts';

const expectedSchema = z.object({
  version: z.literal(1),
  description: z.string(),
  entities: z.array(
    z.object({
      /** the name the gold files of the set use */
      name: z.string().min(1),
      /** the item the articles mean; null when Wikidata has none (a pass must not link one) */
      qid: z
        .string()
        .regex(/^Q[1-9]\d*$/)
        .nullable(),
      /** how the QID was checked */
      checked: z.string().min(1),
    }),
  ),
  /** names whose item could not be checked here: listed, never scored */
  unchecked: z.array(z.object({ name: z.string().min(1), note: z.string().min(1) })).default([]),
});
export type ExpectedLinks = z.input<typeof expectedSchema>;

export function readExpectedLinks(file: string): z.output<typeof expectedSchema> {
  const parsed = expectedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not a table of expected Wikidata links: ${parsed.error.message}`);
  return parsed.data;
}

/** An entity of the graph after a pass, as the scorer reads it. */
export interface LinkedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  qid: string | null;
  /** QIDs kept for review */
  candidates: readonly string[];
}

export type LinkOutcome =
  /** linked to the expected item */
  | 'correct'
  /** linked to another item, or to one where none was expected */
  | 'wrong'
  /** several items stayed for review, the expected one among them */
  | 'review'
  /** not linked, and no review candidate is the expected item */
  | 'unlinked'
  /** correctly left without a link (no item expected) */
  | 'nil'
  /** the extractor did not make this entity: not the linker's to score */
  | 'absent'
  /** the Wikidata files read do not hold the expected item: nothing the pass could find */
  | 'noItem';

export interface LinkRow {
  name: string;
  expected: string | null;
  entityId: string | null;
  linked: string | null;
  outcome: LinkOutcome;
}

export interface LinkScore {
  rows: LinkRow[];
  counts: Record<LinkOutcome, number>;
  /** correct ÷ all links made (1 when none were made) */
  precision: number;
  /** correct ÷ expected items whose entity is in the graph and whose item the files hold */
  recall: number;
}

/** The entity an expected name became: its name or one of its aliases has the same key; the first by id. */
function entityFor(name: string, entities: readonly LinkedEntity[]): LinkedEntity | null {
  const key = textKey(name);
  const hits = entities.filter((e) => [e.name, ...e.aliases].some((n) => textKey(n) === key));
  return hits.sort((a, b) => a.id.localeCompare(b.id))[0] ?? null;
}

function outcomeOf(
  expected: string | null,
  e: LinkedEntity | null,
  available: ReadonlySet<string> | null,
): LinkOutcome {
  if (!e) return 'absent';
  if (e.qid) return e.qid === expected ? 'correct' : 'wrong';
  if (!expected) return 'nil';
  if (available && !available.has(expected)) return 'noItem';
  return e.candidates.includes(expected) ? 'review' : 'unlinked';
}

/**
 * `available`: the expected items the Wikidata files hold (null: assume all); an expected item they
 * lack counts for neither precision nor recall, unless the entity was linked to something else.
 */
export function scoreLinks(
  expected: ExpectedLinks,
  entities: readonly LinkedEntity[],
  available: ReadonlySet<string> | null = null,
): LinkScore {
  const rows = expected.entities.map(({ name, qid }) => {
    const e = entityFor(name, entities);
    const outcome = outcomeOf(qid, e, available);
    return { name, expected: qid, entityId: e?.id ?? null, linked: e?.qid ?? null, outcome };
  });
  const counts: Record<LinkOutcome, number> = {
    correct: 0,
    wrong: 0,
    review: 0,
    unlinked: 0,
    nil: 0,
    absent: 0,
    noItem: 0,
  };
  for (const r of rows) counts[r.outcome]++;
  const made = counts.correct + counts.wrong;
  const inGraph = rows.filter((r) => r.expected && r.outcome !== 'absent' && r.outcome !== 'noItem').length;
  return {
    rows,
    counts,
    precision: made ? counts.correct / made : 1,
    recall: inGraph ? counts.correct / inGraph : 0,
  };
}
