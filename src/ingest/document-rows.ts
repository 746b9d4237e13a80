import { createHash } from 'node:crypto';
import { claimIdFor, quoteIdFor, wordsIdFor } from '../extract/ids.ts';
import type { ExtractedDocument, TimeSpan } from '../extract/types.ts';
import { entityLabels } from '../model/entity-kinds.ts';
import { relationshipType } from './graph-vocabulary.ts';
import { spanExcerpt } from './span-excerpt.ts';

/**
 * The id of a stored document: from its url when it has one (so a changed version replaces the old
 * one), else from its content (so the same text is the same document).
 */
export function documentId(doc: Pick<ExtractedDocument, 'url' | 'contentHash'>): string {
  return doc.url
    ? `doc:${createHash('sha256').update(doc.url).digest('hex').slice(0, 20)}`
    : `doc:h${doc.contentHash.slice(0, 20)}`;
}

const time = (t: TimeSpan | null) => ({
  edtf: t?.edtf ?? null,
  earliest: t?.earliest ?? null,
  latest: t?.latest ?? null,
  precision: t?.precision ?? null,
});

/**
 * The parameters of the ingest/*.cypher statements for one extracted document. Every span carries its
 * excerpt, cut here from the text already in memory: reads return it as stored, so no query has to load
 * a document's whole text once per source row (a 3 MB transcript's quotes page ran out of memory, issue 17).
 */
export function documentRows(doc: ExtractedDocument) {
  const id = documentId(doc);
  // offsets are JavaScript string offsets (UTF-16 code units), as Source.start/end say
  const excerpt = (start: number, end: number) => doc.body.slice(start, end);
  const entities = doc.entities.map((e) => {
    const { kind, labels } = entityLabels(e.type);
    return {
      id: e.id,
      name: e.name,
      kind,
      labels,
      aliases: [...new Set([e.name, ...e.aliases])],
      starts: e.mentions.map((m) => m.start),
      ends: e.mentions.map((m) => m.end),
    };
  });
  const known = new Set(entities.map((e) => e.id));
  const entityOrNull = (entityId: string | null | undefined) => (entityId && known.has(entityId) ? entityId : null);
  const events = doc.events.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    placeId: entityOrNull(e.place),
    ...time(e.when),
    start: e.evidence.start,
    end: e.evidence.end,
    excerpt: excerpt(e.evidence.start, e.evidence.end),
    confidence: 0.8,
  }));
  const eventIds = new Set(events.map((e) => e.id));
  const claims = doc.reported.map((c) => ({
    id: c.id,
    textId: claimIdFor(c.text, null),
    wordsId: wordsIdFor(c.text),
    text: c.text,
    lang: doc.lang,
    speakerId: entityOrNull(c.speaker?.entityId),
    speakerDescription: c.speakerDescription,
    cue: c.cue,
    quantities: c.quantities.map((q) => q.text),
    ...time(c.when),
    basis: c.when ? (c.whenBasis ?? 'text') : null,
    start: c.start,
    end: c.end,
    excerpt: excerpt(c.start, c.end),
    confidence: c.attribution?.confidence ?? c.confidence,
    method: c.attribution?.method ?? null,
  }));
  const quotes = doc.quotes.map((q) => ({
    id: q.id,
    textId: quoteIdFor(q.text, null),
    wordsId: wordsIdFor(q.text),
    text: q.text,
    lang: q.lang || doc.lang,
    kind: q.kind,
    speakerId: entityOrNull(q.speaker?.entityId),
    speakerDescription: q.speakerDescription,
    cue: q.cue,
    eventId: q.event && eventIds.has(q.event) ? q.event : null,
    ...time(q.said),
    basis: q.said ? (q.saidBasis ?? 'text') : null,
    start: q.start,
    end: q.end,
    excerpt: excerpt(q.start, q.end),
    confidence: q.attribution?.confidence ?? q.confidence,
    method: q.attribution?.method ?? null,
  }));
  const reports = doc.reports
    .filter((r) => known.has(r.publisher.entityId))
    .map((r) => ({
      id: r.id,
      publisherId: r.publisher.entityId,
      cue: r.cue,
      about: r.about,
      ...time(r.when),
      start: r.evidence.start,
      end: r.evidence.end,
      excerpt: excerpt(r.evidence.start, r.evidence.end),
      confidence: 0.8,
    }));
  const relations = doc.relations.map((r) => {
    const type = relationshipType(r.type);
    const t = time(r.when);
    const factId = createHash('sha256')
      .update([type, r.from, r.to, JSON.stringify(sortedEntries(r.properties)), t.edtf ?? ''].join('\u0000'))
      .digest('hex')
      .slice(0, 16);
    return {
      id: `fact:${factId}`,
      type,
      from: r.from,
      to: r.to,
      properties: r.properties,
      ...t,
      evidence: [`${id}|${r.evidence.start}|${r.evidence.end}|${doc.extractor}|${r.confidence}`],
      excerpts: [spanExcerpt(id, r.evidence.start, r.evidence.end, excerpt(r.evidence.start, r.evidence.end))],
    };
  });
  return {
    doc: {
      id,
      title: doc.title,
      url: doc.url,
      outlet: doc.outlet,
      lang: doc.lang,
      publishedAt: doc.publishedAt,
      contentHash: doc.contentHash,
      text: doc.body,
      source: doc.source,
      extractor: doc.extractor,
      notExtractedReason: doc.notExtractedReason ?? null,
    },
    entities,
    events,
    claims,
    quotes,
    reports,
    relations,
  };
}

function sortedEntries(o: Record<string, unknown>): [string, unknown][] {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}
