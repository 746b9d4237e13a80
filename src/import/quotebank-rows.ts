// The parameters of the import/*.cypher statements for a batch of Quotebank records: the document
// stubs (one per url: no text, the outlet from the host), the speakers, and the quotes with their
// sources. Pure: the same records give the same rows, so importing them again merges onto the same ids.

import { entityIdFor, quoteIdFor, wordsIdFor } from '../extract/ids.ts';
import type { AliasTable } from '../extract/aliases/alias-table.ts';
import { documentId } from '../ingest/document-rows.ts';
import { type ImportedQuoteRow, outletOfUrl, type QuoteRows, type SpeakerRow, type StubRow } from './quote-rows.ts';
import { chosenSpeaker, type QuotebankRecord } from './quotebank-record.ts';

/** Names the importer writes as the extractor of what it stored, and as a stub's origin. */
export const QUOTEBANK = 'quotebank';

/**
 * The entity id of a speaker's name: the alias table's when it lists the name (so "Angela Merkel"
 * from Quotebank is the Merkel the extractor finds in articles), else the id the extractor would give.
 */
export function speakerIdResolver(table: AliasTable): (name: string) => string {
  const byName = new Map<string, string>();
  for (const e of table.entries) {
    if (e.type !== 'Person') continue;
    for (const n of [e.name, ...e.aliases]) if (n.includes(' ')) byName.set(n.toLowerCase(), e.id);
  }
  return (name) => byName.get(name.toLowerCase()) ?? entityIdFor('Person', name);
}

export function quotebankRows(
  records: readonly QuotebankRecord[],
  threshold: number,
  speakerId: (name: string) => string,
): QuoteRows {
  const stubs = new Map<string, StubRow>();
  const speakers = new Map<string, SpeakerRow>();
  const quotes = new Map<string, ImportedQuoteRow>();
  for (const r of records) {
    const docIds: string[] = [];
    for (const url of r.urls) {
      const id = documentId({ url, contentHash: '' });
      docIds.push(id);
      const seen = stubs.get(id);
      if (!seen)
        stubs.set(id, {
          id,
          url,
          outlet: outletOfUrl(url),
          title: null,
          lang: 'en',
          publishedAt: null,
          knownSince: r.day,
        });
      else if (r.day < seen.knownSince) seen.knownSince = r.day;
    }
    const chosen = chosenSpeaker(r, threshold);
    const pid = chosen ? speakerId(chosen.name) : null;
    if (chosen && pid) {
      const s = speakers.get(pid);
      if (s) s.qids = [...new Set([...s.qids, ...r.qids])];
      else speakers.set(pid, { id: pid, name: chosen.name, type: 'Person', qids: r.qids, wikidataId: null });
    }
    const confidence = chosen?.probability ?? null;
    const sources = docIds.map((docId) => ({
      docId,
      start: null,
      end: null,
      excerpt: null,
      cue: null,
      confidence,
      method: 'imported',
      extractor: null,
    }));
    const id = quoteIdFor(r.quotation, pid);
    const earlier = quotes.get(id);
    // the same words by the same speaker twice in a batch (Quotebank keeps a quotation once, but
    // punctuation variants share an id): one quote with every source, dated by the earliest
    if (earlier) {
      const known = new Set(earlier.sources.map((x) => x.docId));
      earlier.sources.push(...sources.filter((x) => !known.has(x.docId)));
      if (r.day < earlier.earliest!) Object.assign(earlier, { edtf: r.day, earliest: r.day, latest: r.day });
      continue;
    }
    quotes.set(id, {
      id,
      textId: quoteIdFor(r.quotation, null),
      wordsId: wordsIdFor(r.quotation),
      text: r.quotation,
      lang: 'en',
      kind: 'direct',
      speakerId: pid,
      speakerDescription: null,
      // said on or before the day it was first seen: placed there, as an undated quote is at its publication
      edtf: r.day,
      earliest: r.day,
      latest: r.day,
      precision: 'day',
      basis: 'publication',
      // an empty list is no list: stored as absent, as neo4j-admin's bulk files can only write it
      candidates: r.candidates.length ? r.candidates.map((c) => c.name) : null,
      probabilities: r.candidates.length ? r.candidates.map((c) => c.probability) : null,
      qids: r.qids.length ? r.qids : null,
      occurrences: r.occurrences,
      importedId: r.quoteId,
      phase: r.phase,
      sources,
    });
  }
  return { stubs: [...stubs.values()], speakers: [...speakers.values()], quotes: [...quotes.values()] };
}
