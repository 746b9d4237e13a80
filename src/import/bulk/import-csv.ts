// The gathered rows as the CSV files `neo4j-admin database import full` reads: a header row with typed
// columns (`knownSince:date`, `:LABEL`, `:START_ID`), one file per kind of node and relationship, the same
// properties the transactional statements (cypher/import/*.cypher) write, so the graph is the same.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { Migration } from '../../db/migrate.ts';
import { entityLabels } from '../../model/entity-kinds.ts';
import { type BulkRows, knownSince, timelineKey } from './bulk-rows.ts';

/** The array delimiter given to neo4j-admin; it is taken out of list items. */
export const ARRAY_DELIMITER = '|';

const text = (v: string | null | undefined) => (v == null ? '' : `"${v.replaceAll('"', '""')}"`);
const list = (items: readonly (string | number)[] | null | undefined) =>
  items?.length ? text(items.map((i) => String(i).replaceAll(ARRAY_DELIMITER, '/')).join(ARRAY_DELIMITER)) : '';
const value = (v: number | boolean | null | undefined) => (v == null ? '' : String(v));

/** A line break inside a quoted field: neo4j-admin then needs --multiline-fields, which reads single-threaded. */
const LINE_BREAK = /[\r\n]/;

async function writeCsv(
  file: string,
  header: string[],
  rows: Iterable<string[]>,
  seen: { multiline: boolean },
): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(header.join(','));
  for (const r of rows) {
    const line = r.join(',');
    if (!seen.multiline && LINE_BREAK.test(line)) seen.multiline = true;
    await write(line);
    n++;
  }
  out.end();
  await once(out, 'finish');
  return n;
}

export interface ImportFiles {
  nodes: string[];
  relationships: string[];
  counts: Record<string, number>;
  /** whether some field holds a line break (neo4j-admin must then be told, and parses on one thread) */
  multiline: boolean;
}

/**
 * Writes the files into `dir`. Migrations that only rewrite data (backfills, not indexes or constraints)
 * are recorded as applied: the imported data is already in the shape they would give it. The check of
 * the Cypher files against this server (system/plan-check), when the graph before held one, is carried
 * over: the same server and the same files need no second EXPLAIN of every statement.
 */
export async function writeImportCsv(
  dir: string,
  all: BulkRows,
  who: { extractor: string; origin: string; at: string },
  backfills: Migration[],
  planFingerprint: string | null = null,
): Promise<ImportFiles> {
  const f = (name: string) => path.join(dir, name);
  const counts: Record<string, number> = {};
  const seen = { multiline: false };
  counts.documents = await writeCsv(
    f('documents.csv'),
    [
      'id:ID',
      'url',
      'outlet',
      'title',
      'lang',
      'publishedAt:date',
      'text',
      'stub:boolean',
      'importedFrom',
      'source',
    ].concat(['ingestedAt:datetime', 'knownSince:date', ':LABEL']),
    (function* () {
      for (const s of all.stubs.values())
        yield [
          text(s.id),
          text(s.url),
          text(s.outlet),
          text(s.title),
          text(s.lang),
          s.publishedAt ?? '',
          '""',
          'true',
          text(who.origin),
          text(who.origin),
          who.at,
          s.knownSince,
          'Document',
        ];
    })(),
    seen,
  );
  counts.speakers = await writeCsv(
    f('speakers.csv'),
    ['id:ID', 'name', 'kind', 'aliases:string[]', 'aliasText', 'importedQids:string[]', 'wikidataId', ':LABEL'],
    (function* () {
      for (const p of all.speakers.values()) {
        const { kind, labels } = entityLabels(p.type);
        yield [
          text(p.id),
          text(p.name),
          text(kind),
          list([p.name]),
          text(` ${p.name}`),
          list(p.qids),
          text(p.wikidataId),
          // neo4j-admin separates labels with the array delimiter
          labels.join(ARRAY_DELIMITER),
        ];
      }
    })(),
    seen,
  );
  counts.quotes = await writeCsv(
    f('quotes.csv'),
    ['id:ID', 'text', 'lang', 'kind', 'textEn', 'textDe', 'textId', 'wordsId', 'speakerDescription', 'edtf']
      .concat(['earliest:date', 'latest:date', 'precision', 'basis', 'speakerCandidates:string[]'])
      .concat(['speakerProbabilities:double[]', 'speakerQids:string[]', 'importedId', 'importedPhase'])
      .concat(['occurrences:long', 'knownSince:date', 'sourceCount:long', ':LABEL']),
    (function* () {
      for (const q of all.quotes.values()) {
        const { since, sources } = knownSince(all, q);
        yield [
          text(q.id),
          text(q.text),
          text(q.lang),
          text(q.kind),
          q.lang === 'en' ? text(q.text) : '',
          q.lang === 'de' ? text(q.text) : '',
          text(q.textId),
          text(q.wordsId),
          text(q.speakerDescription),
          text(q.edtf),
          q.earliest ?? '',
          q.latest ?? '',
          text(q.precision),
          text(q.basis),
          list(q.candidates),
          list(q.probabilities),
          list(q.qids),
          text(q.importedId),
          text(q.phase),
          value(q.occurrences),
          since ?? '',
          String(sources),
          'Quote',
        ];
      }
    })(),
    seen,
  );
  counts.sources = await writeCsv(
    f('sourced-from.csv'),
    [
      ':START_ID',
      ':END_ID',
      'start:long',
      'end:long',
      'excerpt',
      'cue',
      'extractor',
      'confidence:double',
      'method',
    ].concat([':TYPE']),
    (function* () {
      for (const q of all.quotes.values())
        for (const s of q.sources)
          if (all.stubs.has(s.docId))
            yield [
              text(q.id),
              text(s.docId),
              value(s.start),
              value(s.end),
              text(s.excerpt),
              text(s.cue),
              text(s.extractor ?? who.extractor),
              value(s.confidence),
              text(s.method),
              'SOURCED_FROM',
            ];
    })(),
    seen,
  );
  counts.said = await writeCsv(
    f('said.csv'),
    [':START_ID', ':END_ID', 'edtf', 'earliest:date', 'latest:date', 'precision', ':TYPE'],
    (function* () {
      for (const q of all.quotes.values())
        if (q.speakerId && all.speakers.has(q.speakerId))
          yield [
            text(q.speakerId),
            text(q.id),
            text(q.edtf),
            q.earliest ?? '',
            q.latest ?? '',
            text(q.precision),
            'SAID',
          ];
    })(),
    seen,
  );
  counts.timelineEntries = await writeCsv(
    f('on-timeline.csv'),
    [':START_ID', ':END_ID', 'entity', 'precision', 'earliest:date', 'latest:date', 'kind', 'retracted:boolean'].concat(
      ['key', ':TYPE'],
    ),
    (function* () {
      for (const q of all.quotes.values())
        if (q.speakerId && all.speakers.has(q.speakerId) && q.earliest && q.latest)
          yield [
            text(q.speakerId),
            text(q.id),
            text(q.speakerId),
            text(q.precision),
            q.earliest,
            q.latest,
            '"QUOTE"',
            'false',
            text(timelineKey(q.earliest, q.latest, q.id)),
            'ON_TIMELINE',
          ];
    })(),
    seen,
  );
  await writeCsv(
    f('migrations.csv'),
    ['id:ID', 'checksum', 'appliedAt:datetime', ':LABEL'],
    backfills.map((m) => [text(m.id), text(m.checksum), who.at, 'Migration']),
    seen,
  );
  await writeCsv(
    f('plan-check.csv'),
    ['id:ID', 'fingerprint', 'checkedAt:datetime', ':LABEL'],
    planFingerprint ? [[text('cypher-files'), text(planFingerprint), who.at, 'PlanCheck']] : [],
    seen,
  );
  return {
    nodes: ['documents.csv', 'speakers.csv', 'quotes.csv', 'migrations.csv', 'plan-check.csv'].map(f),
    relationships: ['sourced-from.csv', 'said.csv', 'on-timeline.csv'].map(f),
    counts,
    multiline: seen.multiline,
  };
}
