// The extraction pipeline for one document: text structure -> entities and roles -> dates ->
// quotes -> reported speech -> events -> reports -> relations. Pure and synchronous: the same body
// and metadata always give the same result, with no network and no model downloads.

import { buildAliasMatcher, type AliasMatcher } from './aliases/alias-matcher.ts';
import { defaultAliasTable, type AliasTable } from './aliases/alias-table.ts';
import { findReportedSpeech, type ClaimDraft } from './claims/find-reported-speech.ts';
import { datesIn, entityName, mentionsIn, sentenceOf, type Context } from './context.ts';
import { daysInMonth, formatYmd, parsePublicationDate, type PublicationDate } from './dates/calendar.ts';
import { findDates } from './dates/find-dates.ts';
import { recognizeEntities } from './entities/recognize-entities.ts';
import { eventOfQuote } from './events/event-of-quote.ts';
import { findEvents, type EventDraft } from './events/find-events.ts';
import { claimIdFor, eventIdFor, quoteIdFor, reportIdFor, sha256 } from './ids.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { findQuotedSpans } from './quotes/find-quoted-spans.ts';
import { findHandoverRelations } from './relations/find-handover-relations.ts';
import { findRoleRelations } from './relations/find-role-relations.ts';
import { findReports } from './reports/find-reports.ts';
import { detectLanguage } from './text/detect-language.ts';
import { languagePack } from './lang/language-pack.ts';
import { spanAt } from './text/span-lookup.ts';
import { findParagraphs, findSentences, mergeAcross } from './text/structure.ts';
import type {
  DocumentMeta,
  ExtractedClaim,
  ExtractedDocument,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedQuote,
  ExtractedRelation,
  ExtractedReport,
  Span,
  TimeBasis,
  TimeSpan,
} from './types.ts';

// A new version changes the graph only for documents ingested again (docs/data-model.md, Writing).
export const EXTRACTOR = 'quotegraph-extract/0.2.0';

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

const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

export function extractDocument(body: string, meta: DocumentMeta, options: ExtractOptions = {}): ExtractedDocument {
  const table = options.aliases ?? defaultAliasTable();
  const contentHash = sha256(body);
  const diagnostics: ExtractedDocument['diagnostics'] = [];

  let lang = meta.lang?.toLowerCase() ?? null;
  if (!lang) {
    const detected = detectLanguage(body);
    lang = detected.lang;
    if (!detected.reliable) diagnostics.push({ level: 'info', message: `language guessed as "${lang}" with low confidence` });
  }
  const rules = lang.startsWith('de') ? 'de' : 'en';
  if (rules !== lang.slice(0, 2)) diagnostics.push({ level: 'warning', message: `no rules for language "${lang}"; English rules used` });

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
  // Outlets named together as reporters published the same story: none of them is its speaker.
  const coReported = new Set(reportDrafts.filter((r) => r.sentence && r.coReporters.length).map((r) => `${r.publisherId}@${r.sentence!.start}`));
  for (const d of claimDrafts) {
    if (d.speaker && coReported.has(`${d.speaker.entityId}@${d.sentence.start}`)) {
      d.speakerDescription = d.cue;
      d.speaker = null;
    }
  }
  const publicationSpan = publicationTime(publication);

  const events = eventDrafts.map((e) => toEvent(e, contentHash));
  const eventOf = eventOfQuote(eventDrafts);
  const quotes: ExtractedQuote[] = quoteDrafts.map((draft) => {
    const event = events[eventOf(draft.sentence, draft.speaker?.entityId ?? null, draft.quote.start)] ?? null;
    const textDate = dateOf(ctx, draft.sentence);
    const said = event?.when ? { time: event.when, basis: 'event' as const } : placed(textDate, publicationSpan);
    return {
      start: draft.quote.start,
      end: draft.quote.end,
      text: draft.text,
      kind: draft.kind,
      speaker: draft.speaker,
      speakerDescription: draft.speakerDescription,
      cue: draft.cue,
      event: event?.id ?? null,
      said: said.time,
      saidBasis: said.basis,
      lang,
      confidence: round(draft.confidence),
      attribution: { method: draft.method, confidence: round(draft.confidence) },
      id: quoteIdFor(draft.text, draft.speaker?.entityId ?? null),
      ...(draft.quote.truncated ? { truncated: true } : {}),
    };
  });
  const claims: ExtractedClaim[] = claimDrafts.map((c) => toClaim(c, publicationSpan));

  // what each sentence holds, for the reports about it: one pass over the facts, not one per report
  const inSentence = new Map<number, string[]>();
  const holds = (sentence: Span | null, id: string, span: Span): void => {
    if (!sentence || !within(span, sentence)) return;
    const ids = inSentence.get(sentence.start);
    if (ids) ids.push(id);
    else inSentence.set(sentence.start, [id]);
  };
  claims.forEach((c, i) => holds(claimDrafts[i]!.sentence, c.id, claimDrafts[i]!.sentence));
  for (const q of quotes) holds(sentenceOf(ctx, q.start), q.id, q);
  for (const e of events) holds(sentenceOf(ctx, e.evidence.start), e.id, e.evidence);
  const reports: ExtractedReport[] = reportDrafts.map((r) => {
    const about = r.sentence ? (inSentence.get(r.sentence.start) ?? []) : [...quotes.map((q) => q.id), ...claims.map((c) => c.id)];
    const unique = [...new Set(about)];
    return {
      id: reportIdFor(r.publisherId, r.when?.edtf ?? null, unique.join(','), contentHash),
      publisher: { name: entityName(ctx, r.publisherId), entityId: r.publisherId },
      when: r.when,
      about: unique,
      cue: r.cue,
      evidence: r.evidence,
    };
  });

  const relations: ExtractedRelation[] = [
    ...findRoleRelations(ctx),
    ...findHandoverRelations(ctx),
    ...participation(events),
    ...locations(ctx, events),
    ...reports.flatMap((r) => r.about.map((id) => ({ type: 'ABOUT' as const, from: r.id, to: id, when: r.when, properties: {}, evidence: r.evidence, confidence: 0.7 }))),
    ...claims.flatMap((c) =>
      [...new Set(mentionsIn(ctx, c).map((m) => m.entityId))]
        .filter((id) => id !== c.speaker?.entityId)
        .map((id) => ({ type: 'MENTIONS' as const, from: c.id, to: id, when: c.when, properties: {}, evidence: { start: c.start, end: c.end }, confidence: 0.6 })),
    ),
  ];

  const entities: ExtractedEntity[] = [...ctx.entities.values()]
    .map((e) => {
      const known = table.byId.get(e.id);
      const aliases = [...new Set([...e.aliases, ...(known?.aliases ?? [])])].filter((a) => a !== e.name);
      return { ...e, aliases, mentions: [...e.mentions].sort((a, b) => a.start - b.start) };
    })
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));

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

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The publication day (or month) as a span: when words the text does not date were said at the latest. */
function publicationTime(p: PublicationDate | null): TimeSpan | null {
  if (!p) return null;
  if (p.precision === 'day') return { edtf: p.iso, earliest: p.iso, latest: p.iso, precision: 'day' };
  const last = formatYmd({ ...p.date, day: daysInMonth(p.date.year, p.date.month) });
  return { edtf: p.iso, earliest: formatYmd(p.date), latest: last, precision: 'month' };
}

/**
 * What the text dates stays as it is; anything else was said on or before its publication and is
 * placed there, marked so (docs/decisions/0005-undated-quotes-at-publication.md).
 */
function placed(text: TimeSpan | null, publication: TimeSpan | null): { time: TimeSpan | null; basis: TimeBasis | null } {
  if (text) return { time: text, basis: 'text' };
  return publication ? { time: publication, basis: 'publication' } : { time: null, basis: null };
}

function dateOf(ctx: Context, sentence: Span): TimeSpan | null {
  const d = datesIn(ctx, sentence)[0];
  return d ? { edtf: d.edtf, earliest: d.earliest, latest: d.latest, precision: d.precision } : null;
}

function toEvent(e: EventDraft, contentHash: string): ExtractedEvent {
  return {
    id: eventIdFor(e.type, e.when?.edtf ?? null, e.participants[0] ?? null, contentHash),
    name: e.name,
    type: e.type,
    when: e.when,
    place: e.place,
    participants: e.participants,
    evidence: e.evidence,
  };
}

function toClaim(c: ClaimDraft, publication: TimeSpan | null): ExtractedClaim {
  const when = placed(c.when, publication);
  return {
    id: claimIdFor(c.text, c.speaker?.entityId ?? null),
    start: c.start,
    end: c.end,
    text: c.text,
    speaker: c.speaker,
    speakerDescription: c.speakerDescription,
    cue: c.cue,
    quantities: c.quantities.map(({ text, value, unit, approximate }) => ({ text, value, unit, approximate })),
    when: when.time,
    whenBasis: when.basis,
    confidence: round(c.confidence),
    attribution: { method: c.method, confidence: round(c.confidence) },
  };
}

function participation(events: ExtractedEvent[]): ExtractedRelation[] {
  return events.flatMap((e) =>
    e.participants.map((p) => ({ type: 'PARTICIPATED_IN' as const, from: p, to: e.id, when: e.when, properties: {}, evidence: e.evidence, confidence: 0.6 })),
  );
}

function locations(ctx: Context, events: ExtractedEvent[]): ExtractedRelation[] {
  const relations: ExtractedRelation[] = events
    .filter((e) => e.place)
    .map((e) => ({ type: 'LOCATED_IN' as const, from: e.id, to: e.place!, when: e.when, properties: {}, evidence: e.evidence, confidence: 0.6 }));
  const seen = new Set<string>();
  for (const post of ctx.mentions.filter((m) => m.type === 'CommandPost')) {
    const placeId = ctx.matcher.table.byId.get(post.entityId)?.locatedIn;
    const sentence = sentenceOf(ctx, post.start);
    if (!placeId || !sentence || seen.has(post.entityId)) continue;
    const place = mentionsIn(ctx, sentence).find((m) => m.entityId === placeId);
    if (!place) continue;
    seen.add(post.entityId);
    relations.push({ type: 'LOCATED_IN', from: post.entityId, to: placeId, when: null, properties: {}, evidence: { start: Math.min(post.start, place.start), end: Math.max(post.end, place.end) }, confidence: 0.8 });
  }
  return relations;
}
