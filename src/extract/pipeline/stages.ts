// The extraction pipeline, in order. Each stage declares the state keys it reads, writes and
// amends; stages.test.ts checks that no stage reads what a later one writes or amends, that each
// key has one writer, and (over the sample corpus, through a recording proxy) that every stage
// touches exactly what it declares.
//
//   language         the document's language (metadata, else guessed), the rules to read it with
//                    and their word lists (lang/<rules>/)
//   publication      the publication date from the metadata, also as a span for undated speech
//   text-structure   paragraphs, quoted spans (with their marks), sentences that keep a quote whole
//   entities         alias-table names, outlets, organisations, roles, people, places: mentions
//   dates            dates and periods, resolved against the publication date
//   quote-drafts     which quoted spans are speech and who said them (names speakers as mentions)
//   claim-drafts     reported speech outside quote marks, with its speaker, quantities and date
//   event-drafts     events (meetings, summits, visits) with time, place and participants
//   report-drafts    which outlets report what, from bylines and credits
//   co-reporters     a claim is not said by the outlets that reported it together
//   events           events as output, with their ids
//   quotes           quotes as output: their event and when they were said
//   claims           reported speech as output, placed in time like quotes
//   reports          reports as output, each about the facts of its sentence
//   relations        roles held, handovers, participation, locations, ABOUT and MENTIONS
//   entity-list      entities as output, with the alias table's aliases, by first mention
//   output           the ExtractedDocument

import { assembleDocument } from '../assemble-document.ts';
import { findReportedSpeech } from '../claims/find-reported-speech.ts';
import { toClaim } from '../claims/to-claim.ts';
import { findDates } from '../dates/find-dates.ts';
import { readPublication } from '../dates/read-publication.ts';
import { listEntities } from '../entities/list-entities.ts';
import { recognizeEntities } from '../entities/recognize-entities.ts';
import { findEvents } from '../events/find-events.ts';
import { toEvent } from '../events/to-event.ts';
import { languagePack } from '../lang/language-pack.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { findQuotedSpans } from '../quotes/find-quoted-spans.ts';
import { toQuotes } from '../quotes/to-quotes.ts';
import { findRelations } from '../relations/find-relations.ts';
import { dropCoReporterSpeakers } from '../reports/drop-co-reporter-speakers.ts';
import { findReports } from '../reports/find-reports.ts';
import { toReports } from '../reports/to-reports.ts';
import { chooseLanguage } from '../text/choose-language.ts';
import { spanAt } from '../text/span-lookup.ts';
import { findParagraphs, findSentences, mergeAcross } from '../text/structure.ts';
import { stage, type Stage } from './stage.ts';

export const STAGES: readonly Stage[] = [
  stage({
    name: 'language',
    reads: ['body', 'meta'],
    writes: ['documentLang', 'lang', 'pack'],
    amends: ['diagnostics'],
    run: (s) => {
      const { documentLang, rules, diagnostics } = chooseLanguage(s.body, s.meta.lang);
      // extractDocument stores a document in a language without rules unextracted, before any stage
      if (!rules) throw new Error(`no rules for language "${documentLang}": the stages cannot read it`);
      s.diagnostics.push(...diagnostics);
      return { documentLang, lang: rules, pack: languagePack(rules) };
    },
  }),
  stage({
    name: 'publication',
    reads: ['meta'],
    writes: ['publication', 'published', 'publishedAt', 'publicationSpan'],
    amends: ['diagnostics'],
    run: ({ meta, diagnostics }) => readPublication(meta, diagnostics),
  }),
  stage({
    name: 'text-structure',
    reads: ['body', 'lang'],
    writes: ['paragraphs', 'quotedSpans', 'quoted', 'sentences'],
    run: ({ body, lang }) => {
      const paragraphs = findParagraphs(body);
      const quotedSpans = findQuotedSpans(body, paragraphs);
      const sentences = mergeAcross(
        findSentences(body, paragraphs, lang),
        quotedSpans.map((q) => ({ start: q.open, end: (q.close ?? q.end) + 1 })),
      );
      return { paragraphs, quotedSpans, quoted: quotedSpans.map((q) => ({ start: q.start, end: q.end })), sentences };
    },
  }),
  stage({
    name: 'entities',
    reads: ['body', 'meta', 'matcher', 'pack', 'paragraphs', 'sentences'],
    writes: ['entities', 'mentions', 'roles'],
    run: ({ meta }, ctx) => {
      ctx.entities = new Map();
      ctx.mentions = [];
      ctx.roles = [];
      recognizeEntities(ctx, meta.outlet);
      return { entities: ctx.entities, mentions: ctx.mentions, roles: ctx.roles };
    },
  }),
  stage({
    name: 'dates',
    reads: ['body', 'lang', 'published', 'publication', 'sentences'],
    writes: ['dates'],
    amends: ['diagnostics'],
    run: ({ body, lang, published, publication, sentences, diagnostics }) => {
      const sentenceAt = (offset: number): string => {
        const s = spanAt(sentences, offset);
        return s ? body.slice(s.start, s.end) : '';
      };
      // A month-precision publication's day 1 is no day: `publishedPrecision` tells the date parsers
      // not to count weekdays, "gestern" or "vor drei Tagen" from it (passed as a variable:
      // DateContext may not declare the field yet).
      const dateContext = {
        body,
        published,
        publishedPrecision: publication?.precision ?? null,
        sentenceAt,
        sentences,
      };
      const found = findDates(dateContext, lang);
      diagnostics.push(...found.diagnostics);
      return { dates: found.dates };
    },
  }),
  stage({
    name: 'quote-drafts',
    reads: ['body', 'pack', 'matcher', 'quotedSpans', 'quoted', 'paragraphs', 'sentences', 'roles'],
    writes: ['speech', 'descriptions', 'quoteDrafts'],
    amends: ['entities', 'mentions', 'diagnostics'],
    run: ({ quotedSpans }, ctx) => {
      const descriptions = new Map<number, string>();
      const quoteDrafts = extractQuotes(ctx, quotedSpans, descriptions);
      return { speech: ctx.speech, descriptions, quoteDrafts };
    },
  }),
  stage({
    name: 'claim-drafts',
    reads: ['body', 'pack', 'matcher', 'speech', 'sentences', 'roles', 'dates', 'quoteDrafts'],
    writes: ['claimDrafts'],
    amends: ['descriptions', 'entities', 'mentions'],
    run: ({ quoteDrafts, descriptions }, ctx) => ({ claimDrafts: findReportedSpeech(ctx, quoteDrafts, descriptions) }),
  }),
  stage({
    name: 'event-drafts',
    reads: ['body', 'pack', 'speech', 'sentences', 'mentions', 'dates'],
    writes: ['eventDrafts'],
    run: (_, ctx) => ({ eventDrafts: findEvents(ctx) }),
  }),
  stage({
    name: 'report-drafts',
    reads: ['body', 'pack', 'speech', 'paragraphs', 'sentences', 'mentions', 'dates'],
    writes: ['reportDrafts'],
    run: (_, ctx) => ({ reportDrafts: findReports(ctx) }),
  }),
  stage({
    name: 'co-reporters',
    reads: ['reportDrafts'],
    writes: [],
    amends: ['claimDrafts'],
    run: ({ claimDrafts, reportDrafts }) => {
      dropCoReporterSpeakers(claimDrafts, reportDrafts);
      return {};
    },
  }),
  stage({
    name: 'events',
    reads: ['eventDrafts', 'contentHash'],
    writes: ['events'],
    run: ({ eventDrafts, contentHash }) => ({ events: eventDrafts.map((e) => toEvent(e, contentHash)) }),
  }),
  stage({
    name: 'quotes',
    reads: ['quoteDrafts', 'eventDrafts', 'events', 'publicationSpan', 'documentLang', 'dates', 'speech'],
    writes: ['quotes'],
    run: (s, ctx) => ({
      quotes: toQuotes(ctx, s.quoteDrafts, s.eventDrafts, s.events, s.publicationSpan, s.documentLang),
    }),
  }),
  stage({
    name: 'claims',
    reads: ['claimDrafts', 'publicationSpan'],
    writes: ['claims'],
    run: ({ claimDrafts, publicationSpan }) => ({ claims: claimDrafts.map((c) => toClaim(c, publicationSpan)) }),
  }),
  stage({
    name: 'reports',
    reads: ['reportDrafts', 'claimDrafts', 'claims', 'quotes', 'events', 'sentences', 'entities', 'contentHash'],
    writes: ['reports'],
    run: (s, ctx) => ({ reports: toReports(ctx, s.reportDrafts, s.claimDrafts, s.claims, s.quotes, s.events) }),
  }),
  stage({
    name: 'relations',
    reads: [
      'events',
      'reports',
      'claims',
      'roles',
      'mentions',
      'matcher',
      'sentences',
      'dates',
      'speech',
      'body',
      'publishedAt',
    ],
    writes: ['relations'],
    amends: ['diagnostics'],
    run: (s, ctx) => ({ relations: findRelations(ctx, s.events, s.reports, s.claims) }),
  }),
  stage({
    name: 'entity-list',
    reads: ['entities', 'matcher'],
    writes: ['entityList'],
    run: ({ entities, matcher }) => ({ entityList: listEntities(entities, matcher.table) }),
  }),
  stage({
    name: 'output',
    reads: [
      'meta',
      'documentLang',
      'publishedAt',
      'contentHash',
      'body',
      'quotes',
      'claims',
      'entityList',
      'dates',
      'events',
      'reports',
      'relations',
      'diagnostics',
    ],
    writes: ['output'],
    run: (s) => ({ output: assembleDocument(s) }),
  }),
];
