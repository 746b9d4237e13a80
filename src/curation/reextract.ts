import { recordAudit } from './audit.ts';
import type { Database } from '../db/database.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { EXTRACTOR, NOT_EXTRACTED_PREFIX } from '../extract/extractor-version.ts';
import type { ExtractedDocument } from '../extract/types.ts';
import { documentId } from '../ingest/document-rows.ts';
import { writeDocument } from '../ingest/write-document.ts';

/** Which stored documents to read again; by default those an older (or no) extractor read. */
export interface ReextractFilter {
  /** every document, whatever read it */
  all?: boolean;
  ids?: string[] | null;
  outlet?: string | null;
  lang?: string | null;
  /** publication dates, YYYY-MM-DD */
  from?: string | null;
  to?: string | null;
}

type FactKind = 'QUOTE' | 'CLAIM' | 'EVENT' | 'REPORT';
const KINDS: FactKind[] = ['QUOTE', 'CLAIM', 'EVENT', 'REPORT'];

/** What extraction by the running version changes in one document, fact ids compared by kind. */
export interface DocumentChange {
  id: string;
  url: string | null;
  title: string | null;
  /** the version that had read it */
  extractor: string | null;
  added: Record<FactKind, number>;
  removed: Record<FactKind, number>;
  /** quotes and claims whose words stay but whose speaker changes (one removed, one added: ids hash the speaker) */
  changedSpeaker: number;
  /** facts kept whose date changes */
  changedDate: number;
}

export interface ReextractSummary {
  extractor: string;
  dryRun: boolean;
  documents: number;
  /** written again (their facts replaced); in a dry run: would be */
  replaced: number;
  /** the extraction and the stored version were the same (nothing written) */
  unchanged: number;
  failed: { id: string; reason: string }[];
  /** by version that had read them */
  fromVersions: Record<string, number>;
  added: Record<FactKind, number>;
  removed: Record<FactKind, number>;
  changedSpeaker: number;
  changedDate: number;
  changes: DocumentChange[];
}

const zero = (): Record<FactKind, number> => ({ QUOTE: 0, CLAIM: 0, EVENT: 0, REPORT: 0 });

interface NewFact {
  text: string | null;
  edtf: string | null;
}

/** The facts of an extraction by kind and id, with what a dry run compares (words, date). */
function factsOf(doc: ExtractedDocument): Record<FactKind, Map<string, NewFact>> {
  return {
    QUOTE: new Map(doc.quotes.map((q) => [q.id, { text: q.text, edtf: q.said?.edtf ?? null }])),
    CLAIM: new Map(doc.reported.map((c) => [c.id, { text: c.text, edtf: c.when?.edtf ?? null }])),
    EVENT: new Map(doc.events.map((e) => [e.id, { text: null, edtf: e.when?.edtf ?? null }])),
    REPORT: new Map(doc.reports.map((r) => [r.id, { text: null, edtf: r.when?.edtf ?? null }])),
  };
}

/**
 * Extracts stored documents again with the running extractor and writes each one, in its own
 * transaction, exactly as a changed version of it is written: its facts are replaced, curation stays
 * (merged entities stay merged, retracted facts stay retracted, a curator's facts and aliases stay).
 * Documents are taken in id order, a page at a time, so a run stopped half-way (Ctrl-C, a crash)
 * continues where it was when started again: what was written is no longer behind. A dry run writes
 * nothing and reports what would change. The run is one entry in the audit log.
 */
export async function reextract(
  db: Database,
  who: string,
  filter: ReextractFilter,
  options: {
    dryRun?: boolean;
    page?: number;
    shouldStop?: () => boolean;
    onDocument?: (s: ReextractSummary, total: number) => void;
  } = {},
): Promise<ReextractSummary> {
  const dryRun = options.dryRun ?? false;
  const page = options.page ?? 50;
  const summary: ReextractSummary = {
    extractor: EXTRACTOR,
    dryRun,
    documents: 0,
    replaced: 0,
    unchanged: 0,
    failed: [],
    fromVersions: {},
    added: zero(),
    removed: zero(),
    changedSpeaker: 0,
    changedDate: 0,
    changes: [],
  };
  const params = {
    current: EXTRACTOR,
    notExtracted: NOT_EXTRACTED_PREFIX,
    all: filter.all ?? false,
    ids: filter.ids?.length ? filter.ids : null,
    outlet: filter.outlet ?? null,
    lang: filter.lang ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
  // the filter's count, not every document behind: a run narrowed to one outlet counts to its own end
  const total = (await db.read((tx) => tx.one('ingest/count-documents-to-reextract', params), 'reextract'))?.total ?? 0;
  let after = '';
  for (;;) {
    if (options.shouldStop?.()) break;
    const docs = await db.query('ingest/documents-to-reextract', { ...params, after, first: page });
    if (!docs.length) break;
    for (const d of docs) {
      if (options.shouldStop?.()) break;
      after = d.id;
      summary.documents++;
      const from = d.extractor ?? 'none';
      summary.fromVersions[from] = (summary.fromVersions[from] ?? 0) + 1;
      try {
        const meta = {
          source: d.source ?? d.url ?? d.id,
          title: d.title,
          url: d.url,
          outlet: d.outlet,
          publishedAt: d.publishedAt,
          lang: d.lang,
        };
        const extracted = extractDocument(d.text, meta);
        if (documentId(extracted) !== d.id)
          throw new Error(`extracting it again gives the id ${documentId(extracted)}`);
        const stored = await db.query('ingest/document-fact-ids', { id: d.id });
        const now = factsOf(extracted);
        const change: DocumentChange = {
          id: d.id,
          url: d.url,
          title: d.title,
          extractor: d.extractor,
          added: zero(),
          removed: zero(),
          changedSpeaker: 0,
          changedDate: 0,
        };
        for (const kind of KINDS) {
          const before = new Map(stored.filter((f) => f.kind === kind).map((f) => [f.id, f]));
          const added = [...now[kind]].filter(([id]) => !before.has(id));
          const removed = [...before.values()].filter((f) => !now[kind].has(f.id));
          change.added[kind] = added.length;
          change.removed[kind] = removed.length;
          const removedTexts = new Set(removed.map((f) => f.text).filter((t) => t !== null));
          change.changedSpeaker += added.filter(([, f]) => f.text !== null && removedTexts.has(f.text)).length;
          change.changedDate += [...now[kind]].filter(
            ([id, f]) => before.has(id) && before.get(id)!.edtf !== f.edtf,
          ).length;
          summary.added[kind] += change.added[kind];
          summary.removed[kind] += change.removed[kind];
        }
        summary.changedSpeaker += change.changedSpeaker;
        summary.changedDate += change.changedDate;
        summary.changes.push(change);
        if (dryRun) summary.replaced++;
        else {
          const written = await db.write((tx) => writeDocument(tx, extracted), 'reextract');
          if (written.status === 'unchanged') summary.unchanged++;
          else summary.replaced++;
        }
      } catch (err) {
        summary.failed.push({ id: d.id, reason: (err as Error).message });
      }
      options.onDocument?.(summary, Math.max(total, summary.documents));
    }
    // a dry run changes nothing, so the next page must start after this one; so does a real run,
    // for the documents that failed or were already current (with --all)
  }
  if (!dryRun && summary.documents > 0) {
    const { changes: _changes, ...counts } = summary;
    await db.write(
      (tx) =>
        recordAudit(tx, {
          who,
          operation: 'reextract',
          target: `extractor:${EXTRACTOR}`,
          before: { fromVersions: summary.fromVersions, filter },
          after: counts,
        }),
      'reextract-audit',
    );
  }
  return summary;
}
