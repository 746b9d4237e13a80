// Quotes as NDJSON, one JSON object per line, the shape researchers script against (pandas'
// read_json(lines=True), jq, R's jsonlite::stream_in): each quote with its speaker, its time as the text
// gives it (EDTF and bounds), and every source with its span. Read page by page through the API's own
// quote read, so the export answers what `quotes` answers: asOf, the window and retractions included.

import type { Database } from '../db/database.ts';
import { isIsoCalendarDate } from '../documents/calendar-date.ts';
import { AppError, badInput } from '../errors/app-error.ts';
import { resolveEntityId } from '../queries/entity/resolve-entity-id.ts';
import type { EntityModel, QuoteModel } from '../model/index.ts';
import { readQuotes } from '../queries/quote/read-quotes.ts';

export interface QuoteExportFilter {
  /** a person's quotes (speakerId) or the quotes about an entity (aboutId) */
  speakerId: string | null;
  aboutId: string | null;
  from: string | null;
  to: string | null;
  asOf: string | null;
}

/** One exported line. Field names are the API's, flattened where a table would flatten them. */
export interface QuoteLine {
  id: string;
  text: string;
  lang: string | null;
  speaker: { id: string; name: string; wikidataId: string | null } | null;
  speakerDescription: string | null;
  said: { edtf: string | null; earliest: string | null; latest: string | null; precision: string | null };
  /** 'text' | 'event' | 'publication': where the time came from */
  saidBasis: string | null;
  eventId: string | null;
  knownSince: string | null;
  sources: {
    documentId: string;
    url: string | null;
    outlet: string | null;
    title: string | null;
    publishedAt: string | null;
    start: number | null;
    end: number | null;
    excerpt: string | null;
    cue: string | null;
    confidence: number | null;
    /** the extractor version that read this source */
    extractor: string | null;
  }[];
}

const PAGE = 200;

export function quoteLine(q: QuoteModel, speakers: ReadonlyMap<string, EntityModel>): QuoteLine {
  const speaker = q.speakerId ? speakers.get(q.speakerId) : undefined;
  return {
    id: q.id,
    text: q.text,
    lang: q.lang,
    speaker: speaker ? { id: speaker.id, name: speaker.name, wikidataId: speaker.wikidataId } : null,
    speakerDescription: q.speakerDescription,
    said: { edtf: q.edtf, earliest: q.earliest, latest: q.latest, precision: q.precision },
    saidBasis: q.basis,
    eventId: q.eventId,
    knownSince: q.knownSince,
    // the earliest publication first (undated last), then by document id: the same graph exports the same
    sources: [...q.sources]
      .sort(
        (a, b) =>
          (a.document.publishedAt ?? '9999').localeCompare(b.document.publishedAt ?? '9999') ||
          a.document.id.localeCompare(b.document.id),
      )
      .map((s) => ({
        documentId: s.document.id,
        url: s.document.url,
        outlet: s.document.outlet,
        title: s.document.title,
        publishedAt: s.document.publishedAt,
        start: s.start,
        end: s.end,
        excerpt: s.excerpt,
        cue: s.cue,
        confidence: s.confidence,
        extractor: s.extractor,
      })),
  };
}

/**
 * The quotes of the filter as export lines, a page at a time (with the entities they name), read through
 * the API's own quote read: what every quote export (NDJSON, CSV, JSON-LD) writes.
 */
export async function* quotePages(
  db: Database,
  filter: QuoteExportFilter,
  onPage: (done: number, total: number) => void = () => {},
): AsyncGenerator<QuoteLine[]> {
  let afterKey: string | null = null;
  let done = 0;
  for (;;) {
    const { total, page, related } = await db.read(
      (tx) =>
        readQuotes(tx, {
          ...filter,
          text: null,
          lang: null,
          outletId: null,
          afterKey,
          first: PAGE,
          includeRetracted: false,
          textDatedOnly: false,
          minConfidence: null,
          methods: null,
          withRelated: true,
        }),
      'export quotes',
    );
    const speakers = new Map(related.entities.map((e) => [e.id, e]));
    yield page.map(({ quote }) => quoteLine(quote, speakers));
    done += page.length;
    onPage(done, total);
    if (page.length < PAGE) return;
    afterKey = page[page.length - 1]!.key;
  }
}

/** The quotes of the filter, a page at a time, each as one NDJSON line (with its newline). */
export async function* quotesNdjson(
  db: Database,
  filter: QuoteExportFilter,
  onPage: (done: number, total: number) => void = () => {},
): AsyncGenerator<string> {
  for await (const lines of quotePages(db, filter, onPage)) for (const l of lines) yield `${JSON.stringify(l)}\n`;
}

/**
 * The export filter from what a caller gave (CLI options, URL parameters), checked: days as YYYY-MM-DD,
 * from not after to, and an entity that exists (a person: its quotes; anything else: the quotes about it).
 * `field` names each input as the caller knows it (--from, from).
 */
export async function exportFilter(
  db: Database,
  given: { from: string | null; to: string | null; asOf: string | null; entity: string | null },
  field: (name: 'from' | 'to' | 'asOf' | 'entity') => string,
): Promise<QuoteExportFilter> {
  checkExportDays(given, field);
  let speakerId: string | null = null;
  let aboutId: string | null = null;
  if (given.entity) {
    const asked = given.entity;
    const id = await db.read((tx) => resolveEntityId(tx, asked), 'export entity');
    if (!(await db.read((tx) => tx.one('curation/entity-state', { id }), 'export entity')))
      throw new AppError('NOT_FOUND', `${field('entity')}: no entity ${JSON.stringify(asked)} in the graph`, {
        field: field('entity'),
      });
    if (id.startsWith('person:')) speakerId = id;
    else aboutId = id;
  }
  return { speakerId, aboutId, from: given.from, to: given.to, asOf: given.asOf };
}

/** Days as YYYY-MM-DD and from not after to; checked before anything connects to the database. */
export function checkExportDays(
  given: { from: string | null; to: string | null; asOf: string | null },
  field: (name: 'from' | 'to' | 'asOf') => string,
): void {
  for (const name of ['from', 'to', 'asOf'] as const) {
    const v = given[name];
    if (v !== null && !isIsoCalendarDate(v)) throw badInput(field(name), `${v}: give a day as YYYY-MM-DD`);
  }
  if (given.from && given.to && given.from > given.to)
    throw badInput(field('to'), `${given.to} is before ${field('from')} ${given.from}`);
}
