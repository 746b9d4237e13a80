// The parameters of the import/*.cypher statements for a batch of GDELT Global Quotation Graph records:
// one document stub per article url (title, language, the record's day as its publication, the outlet
// from the host), each quote with the speaker our attribution rules find in its context, and its source
// with that context as the excerpt. Pure: the same records give the same rows, so importing them again
// merges onto the same ids.

import { quoteIdFor, wordsIdFor } from '../extract/ids.ts';
import { documentId } from '../ingest/document-rows.ts';
import { ATTRIBUTED_LANGUAGES, attributeGdeltQuote, contextOf } from './gdelt-attribution.ts';
import type { UnattributedReason } from '../model/unattributed-reasons.ts';
import type { GdeltRecord } from './gdelt-record.ts';
import { type ImportedQuoteRow, outletOfUrl, type QuoteRows, type SpeakerRow, type StubRow } from './quote-rows.ts';

/** Names the importer writes as the extractor of what it stored, and as a stub's origin. */
export const GDELT = 'gdelt';

/** Why a quote has no speaker when its language has no attribution rules (Quote.unattributedReason). */
export const UNSUPPORTED_LANGUAGE: UnattributedReason = 'unsupported-language';

export interface GdeltRows extends QuoteRows {
  /** what the batch held besides quotes: quotes in languages without rules, quotes without words */
  counts: { unsupported: number; empty: number };
}

/** a later placing of the same quote wins when it comes from the text over a publication, or is earlier */
function placesBetter(next: ImportedQuoteRow, known: ImportedQuoteRow): boolean {
  if (known.basis === 'publication' && next.basis !== 'publication') return true;
  return known.basis === next.basis && next.basis === 'publication' && next.latest! < known.latest!;
}

export function gdeltRows(records: readonly GdeltRecord[]): GdeltRows {
  const stubs = new Map<string, StubRow>();
  const speakers = new Map<string, SpeakerRow>();
  const quotes = new Map<string, ImportedQuoteRow>();
  const counts = { unsupported: 0, empty: 0 };
  for (const r of records) {
    counts.empty += r.emptyQuotes;
    const docId = documentId({ url: r.url, contentHash: '' });
    const seen = stubs.get(docId);
    if (!seen)
      stubs.set(docId, {
        id: docId,
        url: r.url,
        outlet: outletOfUrl(r.url),
        title: r.title,
        lang: r.lang,
        publishedAt: r.day,
        knownSince: r.day,
      });
    else if (r.day < seen.knownSince) Object.assign(seen, { knownSince: r.day, publishedAt: r.day });
    const attributed = r.lang !== null && ATTRIBUTED_LANGUAGES.has(r.lang);
    for (const q of r.quotes) {
      const a = attributed ? attributeGdeltQuote(q, { lang: r.lang!, day: r.day, url: r.url }) : null;
      if (!attributed) counts.unsupported++;
      const speaker = a?.speaker ?? null;
      if (speaker && !speakers.has(speaker.id)) speakers.set(speaker.id, { ...speaker, qids: [], wikidataId: null });
      const id = quoteIdFor(q.quote, speaker?.id ?? null);
      const said = a?.said;
      const row: ImportedQuoteRow = {
        id,
        textId: quoteIdFor(q.quote, null),
        wordsId: wordsIdFor(q.quote),
        text: q.quote,
        lang: r.lang,
        kind: a?.kind ?? 'direct',
        speakerId: speaker?.id ?? null,
        speakerDescription: a?.speakerDescription ?? null,
        // the time the context gives, else placed on the day the article was seen, as an undated
        // quote in an article is placed at its publication
        ...(said
          ? { edtf: said.edtf, earliest: said.earliest, latest: said.latest, precision: said.precision, basis: 'text' }
          : { edtf: r.day, earliest: r.day, latest: r.day, precision: 'day', basis: 'publication' }),
        candidates: null,
        probabilities: null,
        qids: null,
        occurrences: null,
        importedId: null,
        phase: null,
        unattributedReason: attributed ? null : UNSUPPORTED_LANGUAGE,
        sources: [
          {
            docId,
            start: null,
            end: null,
            excerpt: contextOf(q, r.lang).text,
            cue: a?.cue ?? null,
            // a language without rules was not read for a speaker: no method, no confidence
            confidence: attributed ? (a?.confidence ?? 0) : null,
            method: attributed ? (a?.method ?? 'none') : null,
            extractor: null,
          },
        ],
      };
      const known = quotes.get(id);
      if (!known) {
        quotes.set(id, row);
        continue;
      }
      // the same words by the same speaker again in the batch: one quote with every source
      if (!known.sources.some((s) => s.docId === docId)) known.sources.push(...row.sources);
      if (placesBetter(row, known))
        Object.assign(known, {
          edtf: row.edtf,
          earliest: row.earliest,
          latest: row.latest,
          precision: row.precision,
          basis: row.basis,
        });
      if (attributed) known.unattributedReason = null;
    }
  }
  return { stubs: [...stubs.values()], speakers: [...speakers.values()], quotes: [...quotes.values()], counts };
}
