// Quotes as `quotegraph export --format ndjson` writes them (docs/export.md), read back: the round trip.
// Each line gives a quote's id, words, speaker, time and sources with their spans; the documents become
// stubs with the metadata the line gives (their text stays where it was exported from).

import { isIsoCalendarDate } from '../documents/calendar-date.ts';
import type { Database } from '../db/database.ts';
import type { QuoteLine } from '../export/quotes-ndjson.ts';
import { wordsIdFor, quoteIdFor } from '../extract/ids.ts';
import type { EntityType } from '../model/entity-kinds.ts';
import { version } from '../version.ts';
import type { LineFormat } from './import-lines.ts';
import { isObject, objectOfLine } from './json-line.ts';
import {
  type ImportedQuoteRow,
  type QuoteRows,
  type SpeakerRow,
  type StubRow,
  writeQuoteRows,
  IMPORT_BATCH_TIMEOUT_MS,
} from './quote-rows.ts';

export const QUOTES_NDJSON = 'quotes';

/** The entity types an id's prefix names (src/extract/ids.ts); an "org:" is an organisation of any kind. */
const TYPE_OF_PREFIX: Record<string, EntityType> = {
  person: 'Person',
  org: 'Organization',
  country: 'Country',
  commandpost: 'CommandPost',
  place: 'Place',
};

const textOrNull = (v: unknown) => (typeof v === 'string' ? v : null);
const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const dayOrNull = (v: unknown) => (typeof v === 'string' && isIsoCalendarDate(v) ? v : null);

/** One exported line, checked; the reason when it is not one. */
export function parseQuoteLine(line: string): { record: QuoteLine } | { error: string } {
  const read = objectOfLine(line);
  if ('error' in read) return read;
  const v = read.object;
  if (typeof v.id !== 'string' || !/^quote:[0-9a-f]{16}$/.test(v.id)) return { error: 'id is not a quote id' };
  if (typeof v.text !== 'string' || !v.text.trim()) return { error: 'no text' };
  const speaker = v.speaker;
  if (speaker !== null && speaker !== undefined) {
    if (!isObject(speaker) || typeof speaker.id !== 'string' || typeof speaker.name !== 'string')
      return { error: 'speaker is not {id, name}' };
    if (!TYPE_OF_PREFIX[speaker.id.split(':')[0]!]) return { error: `speaker id ${speaker.id} names no entity kind` };
  }
  const said = isObject(v.said) ? v.said : {};
  for (const k of ['earliest', 'latest'] as const)
    if (said[k] != null && !dayOrNull(said[k])) return { error: `said.${k} is not a day` };
  if (!Array.isArray(v.sources) || !v.sources.length) return { error: 'no sources: a quote needs one' };
  for (const s of v.sources)
    if (!isObject(s) || typeof s.documentId !== 'string' || !s.documentId.startsWith('doc:'))
      return { error: 'a source has no documentId' };
  const knownSince = dayOrNull(v.knownSince);
  if (!knownSince) return { error: 'knownSince is not a day' };
  const sp = isObject(speaker) ? speaker : null;
  return {
    record: {
      id: v.id,
      text: v.text,
      lang: textOrNull(v.lang),
      speaker: sp ? { id: String(sp.id), name: String(sp.name), wikidataId: textOrNull(sp.wikidataId) } : null,
      speakerDescription: textOrNull(v.speakerDescription),
      said: {
        edtf: textOrNull(said.edtf),
        earliest: dayOrNull(said.earliest),
        latest: dayOrNull(said.latest),
        precision: textOrNull(said.precision),
      },
      saidBasis: textOrNull(v.saidBasis),
      eventId: null,
      knownSince,
      sources: (v.sources as Record<string, unknown>[]).map((s) => ({
        documentId: String(s.documentId),
        url: textOrNull(s.url),
        outlet: textOrNull(s.outlet),
        title: textOrNull(s.title),
        publishedAt: dayOrNull(s.publishedAt),
        start: numberOrNull(s.start),
        end: numberOrNull(s.end),
        excerpt: textOrNull(s.excerpt),
        cue: textOrNull(s.cue),
        confidence: numberOrNull(s.confidence),
        extractor: textOrNull(s.extractor),
      })),
    },
  };
}

export function quoteLineRows(lines: readonly QuoteLine[]): QuoteRows {
  const stubs = new Map<string, StubRow>();
  const speakers = new Map<string, SpeakerRow>();
  const quotes: ImportedQuoteRow[] = [];
  for (const l of lines) {
    for (const s of l.sources) {
      const knownSince = s.publishedAt ?? l.knownSince!;
      const seen = stubs.get(s.documentId);
      if (!seen)
        stubs.set(s.documentId, {
          id: s.documentId,
          url: s.url,
          outlet: s.outlet,
          title: s.title,
          lang: null,
          publishedAt: s.publishedAt,
          knownSince,
        });
      else if (knownSince < seen.knownSince) seen.knownSince = knownSince;
    }
    if (l.speaker && !speakers.has(l.speaker.id))
      speakers.set(l.speaker.id, {
        id: l.speaker.id,
        name: l.speaker.name,
        type: TYPE_OF_PREFIX[l.speaker.id.split(':')[0]!]!,
        qids: [],
        wikidataId: l.speaker.wikidataId,
      });
    quotes.push({
      id: l.id,
      textId: quoteIdFor(l.text, null),
      wordsId: wordsIdFor(l.text),
      text: l.text,
      lang: l.lang,
      kind: 'direct',
      speakerId: l.speaker?.id ?? null,
      speakerDescription: l.speakerDescription,
      ...l.said,
      basis: l.said.edtf ? l.saidBasis : null,
      candidates: null,
      probabilities: null,
      qids: null,
      occurrences: null,
      importedId: null,
      phase: null,
      sources: l.sources.map((s) => ({
        docId: s.documentId,
        start: s.start,
        end: s.end,
        excerpt: s.excerpt,
        cue: s.cue,
        confidence: s.confidence,
        method: null,
        extractor: s.extractor,
      })),
    });
  }
  return { stubs: [...stubs.values()], speakers: [...speakers.values()], quotes };
}

/** Our own NDJSON export as an importer format: a window of one graph moved into another. */
export function quotesNdjsonFormat(): LineFormat<QuoteLine> {
  const who = { extractor: `${QUOTES_NDJSON}@${version}`, origin: QUOTES_NDJSON };
  return {
    name: QUOTES_NDJSON,
    concurrent: true,
    parse: parseQuoteLine,
    write: (db: Database, lines: QuoteLine[]) =>
      db.write((tx) => writeQuoteRows(tx, quoteLineRows(lines), who), 'import quotes', IMPORT_BATCH_TIMEOUT_MS),
  };
}
