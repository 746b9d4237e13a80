// The extraction pipeline for one document: text structure -> entities and roles -> dates ->
// quotes -> reported speech -> events -> reports -> relations. Pure and synchronous: the same body
// and metadata always give the same result, with no network and no model downloads.

import { buildAliasMatcher, type AliasMatcher } from './aliases/alias-matcher.ts';
import { defaultAliasTable, type AliasTable } from './aliases/alias-table.ts';
import { findReportedSpeech } from './claims/find-reported-speech.ts';
import { toClaim } from './claims/to-claim.ts';
import type { Context } from './context.ts';
import { parsePublicationDate } from './dates/calendar.ts';
import { findDates } from './dates/find-dates.ts';
import { publicationTime } from './dates/publication-time.ts';
import { listEntities } from './entities/list-entities.ts';
import { recognizeEntities } from './entities/recognize-entities.ts';
import { findEvents } from './events/find-events.ts';
import { toEvent } from './events/to-event.ts';
import { sha256 } from './ids.ts';
import { languagePack } from './lang/language-pack.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { findQuotedSpans } from './quotes/find-quoted-spans.ts';
import { toQuotes } from './quotes/to-quotes.ts';
import { findRelations } from './relations/find-relations.ts';
import { dropCoReporterSpeakers } from './reports/drop-co-reporter-speakers.ts';
import { findReports } from './reports/find-reports.ts';
import { toReports } from './reports/to-reports.ts';
import { chooseLanguage } from './text/choose-language.ts';
import { spanAt } from './text/span-lookup.ts';
import { findParagraphs, findSentences, mergeAcross } from './text/structure.ts';
import type { ExtractedClaim, ExtractedDocument, DocumentMeta } from './types.ts';

import { EXTRACTOR } from './extractor-version.ts';

export { EXTRACTOR };

export interface ExtractOptions {
  /** alias table to use instead of the shipped one (see loadAliasTable for extra files) */
  aliases?: AliasTable;
}

const matchers = new WeakMap<AliasTable, AliasMatcher>();

function matcherFor(table: AliasTable): AliasMatcher {
  let matcher = matchers.get(table);
  if (!matcher) {
    matcher = buildAliasMatcher(table);
    matchers.set(table, matcher);
  }
  return matcher;
}

export function extractDocument(body: string, meta: DocumentMeta, options: ExtractOptions = {}): ExtractedDocument {
  const table = options.aliases ?? defaultAliasTable();
  const contentHash = sha256(body);
  const diagnostics: ExtractedDocument['diagnostics'] = [];

  const { documentLang: lang, rules } = chooseLanguage(body, meta.lang, diagnostics);

  const publication = parsePublicationDate(meta.publishedAt);
  if (meta.publishedAt && !publication) diagnostics.push({ level: 'warning', message: `publication date "${meta.publishedAt}" is not a valid date (YYYY-MM-DD, YYYY-MM or DD.MM.YYYY); ignored` });
  const published = publication?.date ?? null;

  const paragraphs = findParagraphs(body);
  const quoted = findQuotedSpans(body, paragraphs);
  const sentences = mergeAcross(
    findSentences(body, paragraphs, rules),
    quoted.map((q) => ({ start: q.open, end: (q.close ?? q.end) + 1 })),
  );

  const ctx: Context = {
    body,
    lang: rules,
    pack: languagePack(rules),
    published,
    publishedAt: publication?.iso ?? null,
    contentHash,
    matcher: matcherFor(table),
    paragraphs,
    sentences,
    speech: [],
    quoted: quoted.map((q) => ({ start: q.start, end: q.end })),
    entities: new Map(),
    mentions: [],
    roles: [],
    dates: [],
    diagnostics,
  };

  recognizeEntities(ctx, meta.outlet);
  const sentenceAt = (offset: number): string => {
    const s = spanAt(sentences, offset);
    return s ? body.slice(s.start, s.end) : '';
  };
  // A month-precision publication's day 1 is no day: `publishedPrecision` tells the date parsers not
  // to count weekdays, "gestern" or "vor drei Tagen" from it (passed as a variable: DateContext may
  // not declare the field yet).
  const dateContext = { body, published, publishedPrecision: publication?.precision ?? null, sentenceAt, sentences };
  const found = findDates(dateContext, rules);
  ctx.dates = found.dates;
  diagnostics.push(...found.diagnostics);

  const descriptions = new Map<number, string>();
  const quoteDrafts = extractQuotes(ctx, quoted, descriptions);
  const claimDrafts = findReportedSpeech(ctx, quoteDrafts, descriptions);
  const eventDrafts = findEvents(ctx);
  const reportDrafts = findReports(ctx);
  dropCoReporterSpeakers(claimDrafts, reportDrafts);
  const publicationSpan = publicationTime(publication);

  const events = eventDrafts.map((e) => toEvent(e, contentHash));
  const quotes = toQuotes(ctx, quoteDrafts, eventDrafts, events, publicationSpan, lang);
  const claims: ExtractedClaim[] = claimDrafts.map((c) => toClaim(c, publicationSpan));

  const reports = toReports(ctx, reportDrafts, claimDrafts, claims, quotes, events);

  const relations = findRelations(ctx, events, reports, claims);
  const entities = listEntities(ctx.entities, table);

  return {
    source: meta.source,
    title: meta.title,
    url: meta.url,
    outlet: meta.outlet,
    lang,
    publishedAt: ctx.publishedAt,
    contentHash,
    body,
    quotes,
    reported: claims,
    entities,
    dates: ctx.dates,
    events,
    reports,
    relations,
    diagnostics,
    extractor: EXTRACTOR,
  };
}
