// The graph's entities and quotes as one JSON-LD document (docs/export.md): schema.org types (Person,
// Organization, Place, Quotation, NewsArticle, Event) and our provenance (each source's document, span,
// extractor and confidence; each quote's knownSince), in the context of jsonld-context.ts, written inline
// so the file expands offline. Streamed: the @graph is written a node at a time.

import type { Database } from '../db/database.ts';
import type { EntityRow } from '../db/row-types.ts';
import type { EntityKind, EventModel } from '../model/index.ts';
import { readFacts } from '../queries/fact/read-facts.ts';
import { graphNodes } from './graph-walk.ts';
import { JSONLD_CONTEXT, nodeIri } from './jsonld-context.ts';
import { type QuoteExportFilter, type QuoteLine, quotePages } from './quotes-ndjson.ts';

const TYPES: Record<EntityKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Organization',
  ALLIANCE: 'Organization',
  MEDIA_OUTLET: 'Organization',
  GOVERNMENT_BODY: 'Organization',
  COMMAND_POST: 'Organization',
  PLACE: 'Place',
};

const wikidataIri = (id: string | null) => (id ? `http://www.wikidata.org/entity/${id}` : undefined);

/** A node without its empty fields (null, undefined, empty lists): JSON-LD drops them anyway. */
function compact(node: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length)),
  );
}

export function entityNode(e: EntityRow): Record<string, unknown> {
  return compact({
    '@id': nodeIri(e.id),
    '@type': TYPES[e.kind] ?? 'Organization',
    identifier: e.id,
    name: e.name,
    alternateName: [...e.aliases].sort(),
    kind: e.kind,
    sameAs: wikidataIri(e.wikidataId),
  });
}

function eventNode(e: EventModel): Record<string, unknown> {
  return compact({
    '@id': nodeIri(e.id),
    '@type': 'Event',
    identifier: e.id,
    name: e.name,
    startDate: e.earliest,
    endDate: e.latest,
    location: e.placeId ? nodeIri(e.placeId) : null,
    knownSince: e.knownSince,
  });
}

export function quotationNode(q: QuoteLine, event: EventModel | undefined): Record<string, unknown> {
  return compact({
    '@id': nodeIri(q.id),
    '@type': 'Quotation',
    identifier: q.id,
    text: q.text,
    inLanguage: q.lang,
    spokenByCharacter: q.speaker
      ? compact({
          '@id': nodeIri(q.speaker.id),
          '@type': 'Person',
          name: q.speaker.name,
          sameAs: wikidataIri(q.speaker.wikidataId),
        })
      : null,
    speakerDescription: q.speakerDescription,
    said: q.said.edtf,
    earliest: q.said.earliest,
    latest: q.said.latest,
    precision: q.said.precision,
    saidBasis: q.saidBasis,
    saidAt: event ? eventNode(event) : q.eventId ? nodeIri(q.eventId) : null,
    knownSince: q.knownSince,
    citation: q.sources.map((s) => nodeIri(s.documentId)),
    source: q.sources.map((s) =>
      compact({
        '@type': 'Source',
        document: compact({
          '@id': nodeIri(s.documentId),
          '@type': 'NewsArticle',
          identifier: s.documentId,
          url: s.url,
          headline: s.title,
          datePublished: s.publishedAt,
          publisher: s.outlet ? { '@type': 'Organization', name: s.outlet } : null,
        }),
        spanStart: s.start,
        spanEnd: s.end,
        excerpt: s.excerpt,
        cue: s.cue,
        extractor: s.extractor,
        confidence: s.confidence,
      }),
    ),
  });
}

/** The document: the graph's entities (the nodes `nodeIds` names), then the quotes of the filter. */
export async function* jsonld(
  db: Database,
  quotes: QuoteExportFilter,
  nodeIds: readonly string[],
): AsyncGenerator<string> {
  // every chunk ends with a line break (a node per line, the comma before it), as the CLI prints them
  yield `{"@context":${JSON.stringify(JSONLD_CONTEXT)},\n"@graph":[\n`;
  let first = true;
  const item = (node: Record<string, unknown>) => {
    const text = `${first ? '' : ','}${JSON.stringify(node)}\n`;
    first = false;
    return text;
  };
  for await (const nodes of graphNodes(db, nodeIds)) yield nodes.map((n) => item(entityNode(n))).join('');
  for await (const page of quotePages(db, quotes)) {
    const eventIds = [...new Set(page.flatMap((q) => (q.eventId ? [q.eventId] : [])))];
    const events = eventIds.length ? await db.read((tx) => readFacts(tx, eventIds, quotes.asOf), 'export events') : [];
    const byId = new Map(events.flatMap((e) => (e.__typename === 'Event' ? [[e.id, e] as const] : [])));
    yield page.map((q) => item(quotationNode(q, q.eventId ? byId.get(q.eventId) : undefined))).join('');
  }
  yield ']}\n';
}
