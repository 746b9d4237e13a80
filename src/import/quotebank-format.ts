import type { Database } from '../db/database.ts';
import { defaultAliasTable } from '../extract/aliases/alias-table.ts';
import { entityLabels } from '../model/entity-kinds.ts';
import { resolveEntityIds } from '../queries/entity/resolve-entity-id.ts';
import { version } from '../version.ts';
import type { LineFormat } from './import-lines.ts';
import { chosenSpeaker, parseQuotebankLine, type QuotebankRecord } from './quotebank-record.ts';
import { QUOTEBANK, quotebankRows, speakerIdResolver } from './quotebank-rows.ts';

/**
 * The default threshold for taking Quotebank's most probable speaker: above half, the model gives that
 * name more weight than every other candidate and "None" together. Below it the quote stays
 * unattributed, with its candidates kept (docs/import.md).
 */
export const DEFAULT_SPEAKER_THRESHOLD = 0.5;

/** Quotebank's quotation-centric JSON lines as an importer format (docs/import.md). */
export function quotebankFormat(threshold = DEFAULT_SPEAKER_THRESHOLD): LineFormat<QuotebankRecord> {
  const person = entityLabels('Person');
  const rawSpeakerId = speakerIdResolver(defaultAliasTable());
  const extractor = `${QUOTEBANK}@${version}`;
  return {
    name: QUOTEBANK,
    parse: parseQuotebankLine,
    async write(db: Database, records: QuotebankRecord[]) {
      return db.write(async (tx) => {
        // a speaker a curator merged into another entity speaks as that entity; the quote keeps the id
        // the name gives (as an article's quote does: ingest/follow-redirects)
        const names = records.flatMap((r) => chosenSpeaker(r, threshold)?.name ?? []);
        const current = await resolveEntityIds(tx, names.map(rawSpeakerId));
        const rows = quotebankRows(records, threshold, rawSpeakerId);
        const resolved = (id: string | null) => (id ? (current.get(id) ?? id) : null);
        const speakers = [
          ...new Map(
            rows.speakers.map((s) => {
              const id = resolved(s.id) ?? s.id;
              return [id, { ...s, id }] as const;
            }),
          ).values(),
        ];
        const [stubs] = await Promise.all([
          tx.one('import/merge-stubs', { stubs: rows.stubs, origin: QUOTEBANK }),
          speakers.length
            ? tx.one('import/merge-speakers', {
                speakers,
                kind: person.kind,
                labels: person.labels,
              })
            : null,
        ]);
        const quotes = rows.quotes.map((q) => ({ ...q, speakerId: resolved(q.speakerId) }));
        await tx.one('import/merge-quotes', { extractor, quotes });
        // stubs now known earlier than before: the quotes of earlier batches they carry follow
        for (const docId of stubs?.movedEarlier ?? []) await tx.rows('ingest/refresh-known-since', { docId });
        await tx.rows('timeline/refresh-timeline-entries', { ids: quotes.map((q) => q.id) });
        return {
          quotes: quotes.length,
          attributed: quotes.filter((q) => q.speakerId).length,
        };
      }, 'import quotebank');
    },
  };
}
