import { AppError } from '../../errors/app-error.ts';
import { asOfKey } from '../../queries/loaders.ts';
import type { DocumentModel, FactModel, SourceModel, TimeModel } from '../../model/index.ts';
import type {
  AttributionMethod,
  DatePrecision,
  Resolvers,
  TimeBasis,
  UnattributedReason,
} from '../resolvers-types.generated.ts';
import type { AttributionMethod as ExtractedMethod } from '../../model/attribution-methods.ts';
import type { UnattributedReason as StoredReason } from '../../model/unattributed-reasons.ts';
import type { GraphQLContext } from '../context.ts';
import { documentSpans } from './document-spans.ts';

function precisionOf(p: string | null): DatePrecision {
  switch (p) {
    case 'day':
      return 'DAY';
    case 'month':
      return 'MONTH';
    case 'year':
      return 'YEAR';
    case 'range':
      return 'RANGE';
    default:
      return 'UNKNOWN_YEAR';
  }
}

/** A Record, so a sieve stage added to the extractor does not compile until the API names it. */
const METHODS: Record<ExtractedMethod, AttributionMethod> = {
  'dash-line': 'DASH_LINE',
  'so-clause': 'SO_CLAUSE',
  'verb-after-quote': 'VERB_AFTER_QUOTE',
  'verb-before-quote': 'VERB_BEFORE_QUOTE',
  'source-cue': 'SOURCE_CUE',
  'verb-last-subject': 'VERB_LAST_SUBJECT',
  'run-on-paragraph': 'RUN_ON_PARAGRAPH',
  'reported-speech-before': 'REPORTED_SPEECH_BEFORE',
  'previous-speaker': 'PREVIOUS_SPEAKER',
  'nearest-person': 'NEAREST_PERSON',
  imported: 'IMPORTED',
  none: 'NONE',
};

/** The API's enum back to the stored stage name, built once from METHODS. */
const STORED = Object.fromEntries(Object.entries(METHODS).map(([stored, api]) => [api, stored])) as Record<
  AttributionMethod,
  ExtractedMethod
>;

/** The stored stage name as the API's enum; null for sources written before methods were stored. */
export const methodOf = (m: string | null | undefined): AttributionMethod | null =>
  m && Object.hasOwn(METHODS, m) ? METHODS[m as ExtractedMethod] : null;

/** The API's enum as the stored stage name (for filters). */
export const storedMethod = (m: AttributionMethod): ExtractedMethod => STORED[m];

/** A Record, so a reason an importer starts to store does not compile until the API names it. */
const UNATTRIBUTED: Record<StoredReason, UnattributedReason> = {
  'unsupported-language': 'UNSUPPORTED_LANGUAGE',
};

/** The stored reason as the API's enum; null for none (and for a reason this version does not know). */
const unattributedReasonOf = (r: string | null): UnattributedReason | null =>
  r && Object.hasOwn(UNATTRIBUTED, r) ? UNATTRIBUTED[r as StoredReason] : null;

/** The attribution of the source that attributes the fact most confidently (ties: the first listed). */
function attributionOf(f: FactModel): { method: AttributionMethod; confidence: number } | null {
  let best: { method: AttributionMethod; confidence: number } | null = null;
  for (const s of f.sources) {
    const method = methodOf(s.method);
    if (method && s.confidence !== null && (!best || s.confidence > best.confidence))
      best = { method, confidence: s.confidence };
  }
  return best;
}

/** Where a dated quote's or claim's time comes from; a time stored before bases existed came from the text. */
function basisOf(f: FactModel): TimeBasis | null {
  if (!f.edtf) return null;
  switch (f.basis) {
    case 'event':
      return 'EVENT';
    case 'publication':
      return 'PUBLICATION';
    case 'curator':
      return 'CURATOR';
    default:
      return 'TEXT';
  }
}

/** A fact's time as a TimeSpan, or null when the text gave none. */
export const timeOf = (t: TimeModel): TimeModel | null => (t.edtf ? t : null);

const entityById = (ctx: GraphQLContext, id: string | null, asOf: string | null) =>
  id ? ctx.loaders.entity.load(asOfKey(id, asOf)) : null;
const sourcesOf = (f: FactModel): SourceModel[] => f.sources;

/** A document's reason for not being extracted: as read with it, else loaded (a fact's source reads none). */
async function notExtractedReason(d: DocumentModel, ctx: GraphQLContext): Promise<string | null> {
  if (d.notExtractedReason !== undefined) return d.notExtractedReason;
  return (await ctx.loaders.document.load(d.id))?.notExtractedReason ?? null;
}

/** Field resolvers of the object types: mapping from the models, nested lookups through the loaders. */
export const typeResolvers: Resolvers = {
  Node: { __resolveType: (n) => ('__typename' in n ? (n.__typename as never) : 'Document') },
  Entity: { __resolveType: (e) => e.__typename },
  TimelineItem: { __resolveType: (f) => f.__typename },
  TimeSpan: {
    edtf: (t) => t.edtf ?? '',
    earliest: (t) => t.earliest,
    latest: (t) => t.latest,
    precision: (t) => precisionOf(t.precision),
  },
  Source: {
    attributionMethod: (s) => methodOf(s.method),
  },
  Quote: {
    said: timeOf,
    saidBasis: basisOf,
    attribution: attributionOf,
    unattributedReason: (q) => unattributedReasonOf(q.unattributedReason),
    speaker: (q, _a, ctx) => entityById(ctx, q.speakerId, q.asOf),
    event: (q, _a, ctx) => (q.eventId ? (ctx.loaders.fact.load(asOfKey(q.eventId, q.asOf)) as never) : null),
    sources: sourcesOf,
    speakerCandidates: (q, _a, ctx) => ctx.loaders.speakerCandidates.load(q.id),
  },
  Claim: {
    when: timeOf,
    whenBasis: basisOf,
    attribution: attributionOf,
    speaker: (c, _a, ctx) => entityById(ctx, c.speakerId, c.asOf),
    about: async (c, _a, ctx) =>
      (await ctx.loaders.entity.loadMany(c.aboutIds.map((id) => asOfKey(id, c.asOf)))).filter(
        (e) => e && !(e instanceof Error),
      ) as never,
    sources: sourcesOf,
  },
  Event: {
    when: timeOf,
    place: (e, _a, ctx) => entityById(ctx, e.placeId, e.asOf),
    sources: sourcesOf,
  },
  Report: {
    when: timeOf,
    publisher: (r, _a, ctx) => entityById(ctx, r.publisherId, r.asOf),
    sources: sourcesOf,
  },
  RoleChange: {
    when: timeOf,
    person: async (r, _a, ctx) => mustExist(await entityById(ctx, r.personId, null), r.personId),
    organization: async (r, _a, ctx) => mustExist(await entityById(ctx, r.organizationId, null), r.organizationId),
    sources: sourcesOf,
  },
  Person: { roles: (e, _a, ctx) => ctx.loaders.roles.load(asOfKey(e.id, e.asOf)) },
  Organization: { roles: (e, _a, ctx) => ctx.loaders.roles.load(asOfKey(e.id, e.asOf)) },
  Country: { roles: (e, _a, ctx) => ctx.loaders.roles.load(asOfKey(e.id, e.asOf)) },
  Alliance: { roles: (e, _a, ctx) => ctx.loaders.roles.load(asOfKey(e.id, e.asOf)) },
  MediaOutlet: { roles: (e, _a, ctx) => ctx.loaders.roles.load(asOfKey(e.id, e.asOf)) },
  GovernmentBody: { roles: (e, _a, ctx) => ctx.loaders.roles.load(asOfKey(e.id, e.asOf)) },
  CommandPost: { roles: (e, _a, ctx) => ctx.loaders.roles.load(asOfKey(e.id, e.asOf)) },
  Place: { roles: (e, _a, ctx) => ctx.loaders.roles.load(asOfKey(e.id, e.asOf)) },
  Document: {
    text: async (d, _a, ctx) => d.text ?? (await ctx.loaders.document.load(d.id))?.text ?? '',
    importedFrom: async (d, _a, ctx) =>
      d.importedFrom !== undefined ? d.importedFrom : ((await ctx.loaders.document.load(d.id))?.importedFrom ?? null),
    notExtractedReason: (d, _a, ctx) => notExtractedReason(d, ctx),
    extracted: async (d, _a, ctx) => (await notExtractedReason(d, ctx)) === null,
    spans: documentSpans,
  },
  DocumentSpan: {
    fact: (s, _a, ctx) => (s.factId ? (ctx.loaders.fact.load(asOfKey(s.factId, null)) as never) : null),
    entity: (s, _a, ctx) => entityById(ctx, s.entityId, null),
  },
  TimelineEdge: { when: (e) => timeOf(e.node) },
  SearchHit: {
    entity: (h, _a, ctx) => entityById(ctx, h.entityId, null),
    quote: (h, _a, ctx) => (h.quoteId ? (ctx.loaders.fact.load(asOfKey(h.quoteId, null)) as never) : null),
    claim: (h, _a, ctx) => (h.claimId ? (ctx.loaders.fact.load(asOfKey(h.claimId, null)) as never) : null),
    document: (h, _a, ctx) => h.document ?? (h.documentId ? ctx.loaders.document.load(h.documentId) : null),
  },
  CoMention: {
    entity: async (c, _a, ctx) => mustExist(await entityById(ctx, c.entityId, null), c.entityId),
  },
  InfluenceScore: {
    entity: async (s, _a, ctx) => mustExist(await entityById(ctx, s.entityId, null), s.entityId),
  },
  PathEdge: {
    from: async (e, _a, ctx) => mustExist(await entityById(ctx, e.fromId, e.asOf), e.fromId),
    to: async (e, _a, ctx) => mustExist(await entityById(ctx, e.toId, e.asOf), e.toId),
    when: async (e, _a, ctx) => e.time ?? firstTime(await facts(ctx, e.factIds, e.asOf)),
    via: (e, _a, ctx) => facts(ctx, e.factIds, e.asOf) as never,
    sources: async (e, _a, ctx) => {
      const fromFacts = (await facts(ctx, e.factIds, e.asOf)).flatMap((f) => f.sources);
      const fromRelations = await evidenceSources(ctx, e.evidence, e.asOf);
      // A step through two facts of one sentence (a role and the quote it was said in) has one span.
      const unique = new Map<string, SourceModel>();
      for (const source of [...fromFacts, ...fromRelations]) {
        const key = `${source.document.id}|${source.start}|${source.end}`;
        if (!unique.has(key)) unique.set(key, source);
      }
      return [...unique.values()];
    },
  },
};

async function facts(ctx: GraphQLContext, ids: string[], asOf: string | null): Promise<FactModel[]> {
  const loaded = await ctx.loaders.fact.loadMany(ids.map((id) => asOfKey(id, asOf)));
  return loaded.filter((f): f is FactModel => !!f && !(f instanceof Error));
}

function firstTime(fs: FactModel[]): TimeModel | null {
  return fs.map(timeOf).find((t) => t !== null) ?? null;
}

/** Sources of relations between entities, from their evidence strings "docId|start|end|extractor|confidence". */
async function evidenceSources(ctx: GraphQLContext, evidence: string[], asOf: string | null): Promise<SourceModel[]> {
  const parsed = evidence.map((ev) => ev.split('|'));
  const docs = await ctx.loaders.document.loadMany(parsed.map((p) => p[0]!));
  const out: SourceModel[] = [];
  parsed.forEach((p, i) => {
    const d = docs[i];
    if (!d || d instanceof Error || (asOf && d.knownSince && d.knownSince > asOf)) return;
    const start = Number(p[1]);
    const end = Number(p[2]);
    out.push({
      document: d,
      start,
      end,
      extractor: p[3] ?? null,
      confidence: Number(p[4]),
      cue: null,
      excerpt: d.text?.slice(start, end) ?? null,
    });
  });
  return out;
}

function mustExist<T>(v: T | null, id: string): T {
  if (v === null) throw new AppError('INTERNAL_SERVER_ERROR', `entity ${id} vanished during the request`);
  return v;
}
