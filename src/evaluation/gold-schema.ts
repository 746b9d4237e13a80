// The gold annotation format shared by ../shared/corpus/dev/gold, ../shared/corpus/dev-broad/gold,
// data/sample/gold and data/heldout/**/gold (described in ../shared/corpus/README.md). One schema, so
// the eval and every gold test read the same shape, and a malformed gold file fails naming its field
// instead of scoring as a silent miss. Fields only a human reads (note, gist, what, reason) are kept
// optional; unknown fields are dropped rather than refused, so annotators may add commentary.

import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** YYYY, YYYY-MM, YYYY-MM-DD, or a range of them: the values a gold date resolves to. */
const CALENDAR = /^\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/;
/** "--MM-DD" or "--MM": the part of a date the text gives when its year cannot be known. */
const PARTIAL = /^--\d{2}(?:-\d{2})?$/;

const offset = z.number().int().nonnegative();

export const GoldQuoteSchema = z
  .object({
    /** exactly the characters between the quotation marks */
    text: z.string().min(1),
    /** canonical name, or null for an unnamed speaker ("a NATO official") */
    speaker: z.string().min(1).nullable(),
    speakerDescription: z.string().optional(),
    /** "organization" where a company, court, ministry or country speaks */
    speakerType: z.enum(['person', 'organization', 'unnamed']).optional(),
    kind: z.enum(['direct', 'fragment']),
    /** the attribution phrase */
    cue: z.string().nullable().optional(),
    /** character offsets of `text` in the body (the text after the closing front-matter line) */
    offsets: z.array(offset).min(1),
    /** the excerpt cuts the quote off: it matches from its start */
    truncated: z.boolean().optional(),
    /** the paragraph continues the quote in the next one without a closing mark */
    openEnded: z.boolean().optional(),
    note: z.string().optional(),
  })
  .refine((q) => q.speaker !== null || (q.speakerDescription ?? '') !== '', {
    message: 'an unnamed speaker (speaker: null) needs a speakerDescription',
  });

export const GoldDateSchema = z.object({
  surface: z.string().min(1),
  /** null when the text gives no calendar value (no year, or nothing at all) */
  resolved: z.string().regex(CALENDAR).nullable(),
  /** what the text does give when the year cannot be known: --01-20, --03 */
  partial: z.string().regex(PARTIAL).optional(),
  offset: offset.optional(),
  granularity: z.string().optional(),
  what: z.string().optional(),
  note: z.string().optional(),
});

export const GoldReportSchema = z.object({
  outlet: z.string().min(1),
  surface: z.string().min(1),
  offset: offset.optional(),
  gist: z.string().optional(),
  note: z.string().optional(),
});

export const GoldNotQuoteSchema = z.object({
  text: z.string().min(1),
  offset: offset.optional(),
  reason: z.string().optional(),
  why: z.string().optional(),
});

export const GoldReportedSchema = z.object({
  speaker: z.string().nullable(),
  speakerDescription: z.string().optional(),
  speakerType: z.string().optional(),
  cue: z.string().nullable(),
  gist: z.string().optional(),
  offset: offset.optional(),
  truncated: z.boolean().optional(),
  note: z.string().optional(),
});

export const GoldSchema = z.object({
  /** file name of the article this gold annotates */
  article: z.string().min(1),
  quotes: z.array(GoldQuoteSchema),
  notQuotes: z.array(GoldNotQuoteSchema).default([]),
  reported: z.array(GoldReportedSchema).default([]),
  /** canonical names by kind: people, organizations, places, commandPosts */
  entities: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** canonical name -> surface forms the text uses for it ("Herbert Kickl" -> ["Kickl"]) */
  aliases: z.record(z.string(), z.array(z.string().min(1))).default({}),
  dates: z.array(GoldDateSchema).default([]),
  reports: z.array(GoldReportSchema).default([]),
  notes: z.string().optional(),
});

export type Gold = z.infer<typeof GoldSchema>;
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldDate = z.infer<typeof GoldDateSchema>;

/** Parses a gold JSON text; a malformed file throws naming the file and each bad field. */
export function parseGold(file: string, json: string): Gold {
  const result = GoldSchema.safeParse(JSON.parse(json));
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${file}: not a valid gold file:\n  ${problems.join('\n  ')}`);
}

export function readGold(file: string): Gold {
  return parseGold(file, readFileSync(file, 'utf8'));
}
