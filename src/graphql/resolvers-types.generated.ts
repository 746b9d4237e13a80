import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DocumentModel, SourceModel, QuoteModel, ClaimModel, EventModel, ReportModel, RoleChangeModel, PathEdgeModel, PathModel, InfluenceScoreModel, CoMentionModel, SearchHitModel, DocumentSpanModel, TimelineEdgeModel, TimelineConnectionModel, QuoteConnectionModel, EntityModel, TimeModel, WikidataCandidateModel, ConflictModel, ConflictSideModel, FactRankMarkModel, IdentityJudgementModel, QuoteClusterModel, QuoteVariantModel, LineageCitationModel, LanguageFirstModel } from '../model/index.ts';
import type { GraphQLContext } from './context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (a real date: 2026-02-30 is refused). */
  Date: { input: string; output: string; }
  /** A moment in UTC, as RFC 3339 writes it (2026-12-07T03:10:48.123Z). Output only. */
  DateTime: { input: string; output: string; }
  /** A JSON value (an object, as the audit log keeps records). Output only. */
  JSON: { input: unknown; output: unknown; }
};

/**
 * Counts of timeline items per bucket. An item counts in the bucket its whole span falls in; items with spans
 * longer than the bucket (a month-precision report in DAY buckets) are counted in `coarser` of the bucket they
 * start in.
 */
export type ActivityBucket = {
  __typename?: 'ActivityBucket';
  claims: Scalars['Int']['output'];
  coarser: Scalars['Int']['output'];
  end: Scalars['Date']['output'];
  events: Scalars['Int']['output'];
  quotes: Scalars['Int']['output'];
  reports: Scalars['Int']['output'];
  roleChanges: Scalars['Int']['output'];
  start: Scalars['Date']['output'];
  total: Scalars['Int']['output'];
};

export type Alliance = Entity & Node & {
  __typename?: 'Alliance';
  aliases: Array<Scalars['String']['output']>;
  externalIds: Array<ExternalId>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  roles: Array<RoleChange>;
  wikidataId: Maybe<Scalars['String']['output']>;
};

export type AssertFactInput = {
  /** first and last day the fact holds; latest defaults to earliest */
  earliest: Scalars['Date']['input'];
  end?: InputMaybe<Scalars['Int']['input']>;
  /** entity ids (merged ids are followed to the kept entity) */
  from: Scalars['ID']['input'];
  latest?: InputMaybe<Scalars['Date']['input']>;
  /** for HELD_ROLE: the title (US-Senator) */
  role?: InputMaybe<Scalars['String']['input']>;
  /** the document that supports it; start/end: the evidence in Document.text */
  sourceDocumentId: Scalars['ID']['input'];
  start?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  type: FactType;
};

/** How a speaker was found: the stage that made the attribution and its confidence (0..1). */
export type Attribution = {
  __typename?: 'Attribution';
  confidence: Scalars['Float']['output'];
  method: AttributionMethod;
};

/**
 * The sieve stage that found a quote's or claim's speaker, most reliable first (NONE: no speaker
 * found; a speakerDescription may still say who, e.g. "a NATO official").
 */
export type AttributionMethod =
  /** a dash line under a block quote: — Marco Rubio, US-Senator */
  | 'DASH_LINE'
  /** an imported quote corpus named the speaker (Quotebank: its most probable candidate) */
  | 'IMPORTED'
  /** the nearest person named before the quote (least reliable) */
  | 'NEAREST_PERSON'
  | 'NONE'
  /** the speaker of the previous quote (conversation turns, continuation) */
  | 'PREVIOUS_SPEAKER'
  /** the speaker of reported speech just before the quote */
  | 'REPORTED_SPEECH_BEFORE'
  /** a quote left open at a paragraph end, continued in the next paragraph */
  | 'RUN_ON_PARAGRAPH'
  /** laut X, according to X, X zufolge */
  | 'SOURCE_CUE'
  /** so X / so der Minister */
  | 'SO_CLAUSE'
  /** “…”, sagte Whitaker / “…,” Rubio said */
  | 'VERB_AFTER_QUOTE'
  /** a NATO official said: “…” / betonte Rubio, dass … */
  | 'VERB_BEFORE_QUOTE'
  /** a speech verb at the end of the sentence whose subject opened it */
  | 'VERB_LAST_SUBJECT';

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  after: Maybe<Scalars['JSON']['output']>;
  /** when, in UTC */
  at: Scalars['DateTime']['output'];
  /** the record before and after the change (null when it did not exist / no longer exists) */
  before: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  operation: Scalars['String']['output'];
  /** the id of what was changed */
  target: Maybe<Scalars['String']['output']>;
  /** the API key name and role that did it */
  who: Scalars['String']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** Bucket sizes for activity counts. */
export type Bucket =
  | 'DAY'
  | 'MONTH'
  /** ISO weeks, starting on Monday */
  | 'WEEK'
  | 'YEAR';

/** A chain of citations from a rendering's outlet through the outlets it names (taz, Reuters), as far as the graph knows. */
export type CitationChain = {
  __typename?: 'CitationChain';
  /** the rendering the chain starts from */
  from: Scalars['ID']['output'];
  outlets: Array<Scalars['String']['output']>;
};

/** Reported (indirect) speech: Rubio betonte, dass ... */
export type Claim = Node & {
  __typename?: 'Claim';
  /** entities the claim is about */
  about: Array<Entity>;
  /** how the speaker was found, from the source that attributes it most confidently (null without sources) */
  attribution: Maybe<Attribution>;
  /** the quotes and other reports that render the same statement (docs/lineage.md); null when none is known */
  cluster: Maybe<QuoteCluster>;
  id: Scalars['ID']['output'];
  knownSince: Maybe<Scalars['Date']['output']>;
  lang: Maybe<Scalars['String']['output']>;
  /** numbers with units the claim states (rund 200 Stellen) */
  quantities: Array<Scalars['String']['output']>;
  /** set when a curator retracted this fact (it is then only listed where includeRetracted is true) */
  retraction: Maybe<Retraction>;
  sources: Array<Source>;
  speaker: Maybe<Entity>;
  speakerDescription: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  when: Maybe<TimeSpan>;
  /** where `when` comes from (null when when is null) */
  whenBasis: Maybe<TimeBasis>;
};

/** An entity named together with another one in the same documents. */
export type CoMention = {
  __typename?: 'CoMention';
  /** number of documents naming both */
  count: Scalars['Int']['output'];
  /** this entity's place in the list: pass it as `after` for the ones below it */
  cursor: Scalars['String']['output'];
  documents: Array<Document>;
  entity: Entity;
  /** publication dates of the first and last of those documents */
  firstSeen: Maybe<Scalars['Date']['output']>;
  lastSeen: Maybe<Scalars['Date']['output']>;
};

export type CommandPost = Entity & Node & {
  __typename?: 'CommandPost';
  aliases: Array<Scalars['String']['output']>;
  externalIds: Array<ExternalId>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  roles: Array<RoleChange>;
  wikidataId: Maybe<Scalars['String']['output']>;
};

/**
 * Two accounts in the graph that cannot both be true, side by side. Stable id for the same facts. Nothing is
 * decided for the reader: both sides keep their sources.
 */
export type Conflict = {
  __typename?: 'Conflict';
  /** the account in question (for ROLE: the articles' claims) */
  a: ConflictSide;
  /** the account it contradicts (for ROLE: the Wikidata term first, then the roles held at that time) */
  b: ConflictSide;
  id: Scalars['ID']['output'];
  kind: ConflictKind;
  reason: ConflictReason;
  /** the curators' ranks that settled it (rankFact); empty while it is open */
  resolution: Array<FactRankMark>;
  /** the disagreement in one sentence */
  summary: Scalars['String']['output'];
};

/** What two accounts disagree about. */
export type ConflictKind =
  /** the same words attributed to different speakers */
  | 'ATTRIBUTION'
  /** the same statement placed at differently dated events */
  | 'DATE'
  /** a role a source gives a person at a time the record says the person did not hold it */
  | 'ROLE';

/** Why the two sides of a conflict cannot both be true. */
export type ConflictReason =
  /** side b places the statement at an event of another date */
  | 'OTHER_DATE'
  /** side b attributes side a's words to someone else */
  | 'OTHER_SPEAKER'
  /** side a gives the role after Wikidata's term of it ended (side b: that term, the roles held instead) */
  | 'ROLE_ENDED'
  /** side a gives the role before Wikidata's term of it began */
  | 'ROLE_NOT_YET_HELD';

/** One account of a conflict: the facts that say it, each with its sources and their spans. */
export type ConflictSide = {
  __typename?: 'ConflictSide';
  /** RoleChange, Quote, Claim or Event facts; a Wikidata statement's source is its Wikidata document */
  facts: Array<Node>;
  /** what this side says and who says it, in one line */
  summary: Scalars['String']['output'];
};

/** What the extractor got wrong about a quote or claim; give a speaker, unattributed, a date, or several. */
export type CorrectFactInput = {
  /** first and last day it was said; latest defaults to earliest */
  earliest?: InputMaybe<Scalars['Date']['input']>;
  latest?: InputMaybe<Scalars['Date']['input']>;
  /** who really said it (merged ids are followed) */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** nobody named said it: the extractor's speaker is removed */
  unattributed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Country = Entity & Node & {
  __typename?: 'Country';
  aliases: Array<Scalars['String']['output']>;
  externalIds: Array<ExternalId>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  roles: Array<RoleChange>;
  wikidataId: Maybe<Scalars['String']['output']>;
};

export type CurationError = {
  __typename?: 'CurationError';
  code: CurationErrorCode;
  /** the argument or input field at fault, when there is one */
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/**
 * Why a mutation did not do what was asked. Access errors (UNAUTHENTICATED, FORBIDDEN) are top-level errors:
 * then nothing runs.
 */
export type CurationErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'NOT_FOUND';

/** How precisely the text dated something. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  /** an interval such as 2026-02-15/2026-02-16 */
  | 'RANGE'
  /** the text gave day and/or month but no year (XXXX-02-15): never in ranged results */
  | 'UNKNOWN_YEAR'
  | 'YEAR';

/** An ingested article. */
export type Document = Node & {
  __typename?: 'Document';
  /**
   * false when the document was stored without extraction: there are rules for German and English only, and a
   * document in another language (declared, or detected from its text) keeps its text, found by search, but
   * has no quotes, claims, entities, events, reports or relations; notExtractedReason says why
   */
  extracted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /**
   * the importer that knows this document by its url only ("quotebank"): an imported quote's source, with no text
   * and no spans until the article itself is ingested; null for articles read here
   */
  importedFrom: Maybe<Scalars['String']['output']>;
  /** publishedAt, or the ingestion date when the article has none */
  knownSince: Maybe<Scalars['Date']['output']>;
  lang: Maybe<Scalars['String']['output']>;
  /** why the document was not extracted ('no rules for language "fr"'); null when it was */
  notExtractedReason: Maybe<Scalars['String']['output']>;
  outlet: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['Date']['output']>;
  /**
   * quotes, claims, events, reports and entity mentions, in text order, a page at a time: `first` spans
   * (1 to 2000) after the cursor `after`. A long transcript has tens of thousands; ask for the next page
   * with pageInfo.endCursor.
   */
  spans: DocumentSpanConnection;
  /** the article body; offsets of spans and sources index into it (empty for a document known by its url only) */
  text: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};


/** An ingested article. */
export type DocumentSpansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

/** Which documents documents() lists. */
export type DocumentFilter = {
  /** false: only the documents stored without extraction (no rules for their language); true: only extracted ones */
  extracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** first known (published, or ingested when the article gives no date) on or after this day */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** the language code (de, en, fr …) */
  lang?: InputMaybe<Scalars['String']['input']>;
  /** a part of the outlet's name, any case ("reuters") */
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** first known on or before this day */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** How the text of ingestDocument is to be read. */
export type DocumentFormat =
  | 'HTML'
  /** Markdown or text with YAML front matter (title, url, outlet, published, lang) */
  | 'MARKDOWN'
  | 'TEXT';

/** A marked stretch of Document.text. */
export type DocumentSpan = {
  __typename?: 'DocumentSpan';
  end: Scalars['Int']['output'];
  /** the entity named there (mentions only) */
  entity: Maybe<Entity>;
  /** the fact found there (Quote, Claim, Event, Report); null for mentions */
  fact: Maybe<Node>;
  kind: SpanKind;
  start: Scalars['Int']['output'];
  /** the characters of the span */
  text: Scalars['String']['output'];
};

/** A page of a document's spans, in text order: start, then the longer span first (a quote before a name inside it). */
export type DocumentSpanConnection = {
  __typename?: 'DocumentSpanConnection';
  edges: Array<DocumentSpanEdge>;
  pageInfo: PageInfo;
  /** all spans of the document; more than the page holds when pageInfo.hasNextPage */
  totalCount: Scalars['Int']['output'];
};

/** One span of a document and its place in the order. */
export type DocumentSpanEdge = {
  __typename?: 'DocumentSpanEdge';
  cursor: Scalars['String']['output'];
  node: DocumentSpan;
};

/** A person, organization or place the articles talk about. One concrete type per kind. */
export type Entity = {
  /** German and English surface forms seen or known (NATO, Nato, Nordatlantikpakt ...) */
  aliases: Array<Scalars['String']['output']>;
  /** the entity's ids in other datasets, to join on (today its Wikidata item, when linked) */
  externalIds: Array<ExternalId>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /**
   * roles held by this person, or held in this organization, each according to its sources (as of the asOf of
   * the enclosing query)
   */
  roles: Array<RoleChange>;
  /**
   * the Wikidata item (QID, Q324546 ...) this entity is linked to by `quotegraph wikidata link`; null when
   * unlinked or ambiguous
   */
  wikidataId: Maybe<Scalars['String']['output']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityFilter = {
  kind?: InputMaybe<EntityKind>;
  /** a part of the name or of an alias, any case */
  name?: InputMaybe<Scalars['String']['input']>;
  /** a Wikidata QID (Q324546) */
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

export type EntityKind =
  | 'ALLIANCE'
  | 'COMMAND_POST'
  | 'COUNTRY'
  | 'GOVERNMENT_BODY'
  | 'MEDIA_OUTLET'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE';

export type EntityPayload = {
  __typename?: 'EntityPayload';
  entity: Maybe<Entity>;
  errors: Array<CurationError>;
};

/** Something that happened: a press conference, a ministers' meeting. */
export type Event = Node & {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  knownSince: Maybe<Scalars['Date']['output']>;
  name: Maybe<Scalars['String']['output']>;
  place: Maybe<Entity>;
  /** set when a curator retracted this fact (it is then only listed where includeRetracted is true) */
  retraction: Maybe<Retraction>;
  sources: Array<Source>;
  type: Maybe<Scalars['String']['output']>;
  when: Maybe<TimeSpan>;
};

/** An entity's id in another dataset. */
export type ExternalId = {
  __typename?: 'ExternalId';
  /** the id there (Q324546) */
  id: Scalars['String']['output'];
  /** the dataset: wikidata */
  source: Scalars['String']['output'];
  /** the entity's page there */
  url: Scalars['String']['output'];
};

export type ExtractorInfo = {
  __typename?: 'ExtractorInfo';
  /** documents stored */
  documents: Scalars['Int']['output'];
  /** documents an older (or no) extractor read: `quotegraph reextract` brings them up to date */
  documentsBehind: Scalars['Int']['output'];
  /** e.g. quotegraph-extract/0.2.0; every fact's sources name the version that found them (Source.extractor) */
  version: Scalars['String']['output'];
};

export type FactPayload = {
  __typename?: 'FactPayload';
  errors: Array<CurationError>;
  /** the fact's id (fact:...), usable with node(id) and retractFact */
  factId: Maybe<Scalars['ID']['output']>;
  retracted: Maybe<Scalars['Boolean']['output']>;
};

/** A curator's rank of a fact, as Wikidata ranks statements. */
export type FactRank =
  | 'DEPRECATED'
  | 'NORMAL'
  | 'PREFERRED';

/** A fact a curator ranked, with why, who and when. */
export type FactRankMark = {
  __typename?: 'FactRankMark';
  /** when it was ranked (ISO date-time) */
  at: Maybe<Scalars['String']['output']>;
  by: Maybe<Scalars['String']['output']>;
  factId: Scalars['ID']['output'];
  rank: FactRank;
  reason: Maybe<Scalars['String']['output']>;
};

/** Relationship types a fact may have (the loader's allow-list). */
export type FactType =
  | 'ABOUT'
  | 'CONTROLS'
  | 'HANDED_OVER_TO'
  | 'HELD_ROLE'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'PARTICIPATED_IN';

export type GovernmentBody = Entity & Node & {
  __typename?: 'GovernmentBody';
  aliases: Array<Scalars['String']['output']>;
  externalIds: Array<ExternalId>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  roles: Array<RoleChange>;
  wikidataId: Maybe<Scalars['String']['output']>;
};

/** Whether an entity and another are the same, as a curator judged (judgeIdentity). */
export type IdentityJudgement = {
  __typename?: 'IdentityJudgement';
  /** when (ISO date-time) */
  at: Scalars['String']['output'];
  /** the curator's key name and role */
  by: Maybe<Scalars['String']['output']>;
  entity: Entity;
  judgement: IdentityVerdict;
  other: Entity;
  reason: Maybe<Scalars['String']['output']>;
};

export type IdentityPayload = {
  __typename?: 'IdentityPayload';
  errors: Array<CurationError>;
  judgement: Maybe<IdentityJudgement>;
};

/** A curator's verdict whether two entities are one and the same. */
export type IdentityVerdict =
  | 'DIFFERENT'
  | 'SAME'
  | 'UNSURE';

export type InfluenceAlgorithm =
  | 'BETWEENNESS'
  | 'DEGREE'
  | 'PAGERANK';

export type InfluenceScore = {
  __typename?: 'InfluenceScore';
  /** this entity's place in the ranking: pass it as `after` for the ones below it */
  cursor: Scalars['String']['output'];
  entity: Entity;
  /** 1 = most influential */
  rank: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  /** the heaviest edges that made the score */
  why: Array<Path>;
};

export type IngestDocumentInput = {
  /** extract only and report the counts; nothing is written and no audit entry is made */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format?: InputMaybe<DocumentFormat>;
  /**
   * a language code, detected when not given; de and en are extracted, a document in another language is stored
   * with its text and not extracted (Document.extracted)
   */
  lang?: InputMaybe<Scalars['String']['input']>;
  outlet?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** the article (at most 1,000,000 characters) */
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  /** the article's address: a later version with the same url replaces this one */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestDocumentPayload = {
  __typename?: 'IngestDocumentPayload';
  claims: Scalars['Int']['output'];
  document: Maybe<Document>;
  documentId: Maybe<Scalars['ID']['output']>;
  entities: Scalars['Int']['output'];
  errors: Array<CurationError>;
  quotes: Scalars['Int']['output'];
  relations: Scalars['Int']['output'];
  status: Maybe<IngestStatus>;
};

export type IngestStatus =
  | 'CREATED'
  | 'DRY_RUN'
  | 'REPLACED'
  | 'UNCHANGED';

export type JobState =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

/** Where the statement's wording in one language first appeared. */
export type LanguageFirst = {
  __typename?: 'LanguageFirst';
  firstSeen: Maybe<Scalars['Date']['output']>;
  lang: Scalars['String']['output'];
  /** the outlets that printed it first */
  outlets: Array<Scalars['String']['output']>;
  /** the earliest rendering in that language */
  quote: Node;
};

/** An outlet a rendering's document names as its source for it. */
export type LineageCitation = {
  __typename?: 'LineageCitation';
  /** the words that name it */
  cue: Scalars['String']['output'];
  /** the document that names it */
  document: Document;
  /** the outlet named */
  outlet: Entity;
  /** the cluster's rendering printed by that outlet, when the graph holds one: the next step of the chain */
  rendering: Maybe<Scalars['ID']['output']>;
};

/** The outcome of a lineage judgement: the cluster of the rendering judged, as it reads now. */
export type LineagePayload = {
  __typename?: 'LineagePayload';
  cluster: Maybe<QuoteCluster>;
  errors: Array<CurationError>;
};

export type MediaOutlet = Entity & Node & {
  __typename?: 'MediaOutlet';
  aliases: Array<Scalars['String']['output']>;
  externalIds: Array<ExternalId>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  roles: Array<RoleChange>;
  wikidataId: Maybe<Scalars['String']['output']>;
};

export type MergeEntitiesPayload = {
  __typename?: 'MergeEntitiesPayload';
  /** the kept entity, now holding the relations, mentions and aliases of the merged one */
  entity: Maybe<Entity>;
  errors: Array<CurationError>;
  /** ids that now resolve to the kept entity */
  mergedIds: Array<Scalars['ID']['output']>;
};

/** A curator's mark that a rendering's speaker is disputed. */
export type Misattribution = {
  __typename?: 'Misattribution';
  /** when (ISO date-time) */
  at: Scalars['String']['output'];
  /** the curator's key name and role */
  by: Maybe<Scalars['String']['output']>;
  reason: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Add a surface form to an entity. Needs role editor. */
  addAlias: EntityPayload;
  /** Record a dated relation between two entities with its source. Needs role editor. */
  assertFact: FactPayload;
  /**
   * Correct a quote's or claim's speaker or date. The correction is kept apart from the fact and applied again
   * whenever the fact is written (a new version of its article, re-extraction); audited. Needs role editor.
   */
  correctFact: FactPayload;
  /** Extract an article and write it to the graph, as `quotegraph ingest` does. Needs role editor. */
  ingestDocument: IngestDocumentPayload;
  /**
   * Link two renderings the linker missed, as the kind of variant given (not ORIGIN), with confidence 1 and
   * whatever their speakers and dates. Keyed by their words; a later splitRenderings of the pair replaces
   * it. Audited. Needs role editor.
   */
  joinRenderings: LineagePayload;
  /**
   * Record whether two entities are one and the same (SAME), different (DIFFERENT) or UNSURE, with the reason;
   * a later judgement of the pair replaces it. DIFFERENT is binding: mergeEntities refuses the pair, and a
   * Wikidata linking pass never links both to one item (such a link stays a candidate). Audited. Needs role
   * editor.
   */
  judgeIdentity: IdentityPayload;
  /**
   * Mark a rendering's speaker disputed (misattributed: true), or withdraw the mark (false). The variant
   * shows the mark, and it may join renderings of other speakers. Keyed by its words and speaker. Audited.
   * Needs role editor.
   */
  markMisattributed: LineagePayload;
  /**
   * Move every relation, mention and alias of `merge` to `keep` and delete `merge`; its id resolves to `keep`
   * afterwards. Needs role editor.
   */
  mergeEntities: MergeEntitiesPayload;
  /**
   * Rank a fact as Wikidata ranks statements, to settle a conflict (Query.conflicts): DEPRECATED leaves the
   * default reads as a retracted fact does (kept; listed with includeRetracted, its retraction's reason
   * starting "deprecated:"), PREFERRED keeps it and marks the conflict settled, NORMAL clears a rank. Audited;
   * a fact a curator retracted is refused. Needs role editor.
   */
  rankFact: FactPayload;
  /**
   * Start extracting stored documents again with this server's extractor (as `quotegraph reextract`), in the
   * background; curation stays. One run at a time (CONFLICT while one runs). Needs role admin.
   */
  reextract: ReextractPayload;
  /**
   * Reject a Wikidata item for an entity: unlinked when it is the entity's link, its review candidate dropped, and
   * no later linking pass links or proposes it again. Audited with the reason. Needs role editor.
   */
  rejectWikidataLink: EntityPayload;
  /**
   * Withdraw a document from the graph: it goes, with the facts, relations and entities only it supported;
   * facts other documents support keep those sources. `id` is the document id or its url. The audit log keeps
   * who removed it, why, and its url, title and content hash. Needs role admin.
   */
  removeDocument: RemoveDocumentPayload;
  /** Undo withdrawDocument: the document and what its withdrawal hid are read again. Audited. Needs role editor. */
  restoreDocument: RestoreDocumentPayload;
  /** Mark a fact as retracted (kept, excluded from reads by default). Needs role editor. */
  retractFact: FactPayload;
  /**
   * Confirm or change an entity's Wikidata item (QID): the link becomes the curator's (confidence 1), its review
   * candidates go, an earlier rejection of the same item is withdrawn, and later `quotegraph wikidata link` passes
   * keep it. Audited. Needs role editor.
   */
  setWikidataLink: EntityPayload;
  /**
   * Split a mention the extractor joined to the wrong entity ("Mr Alexander" read as Douglas Alexander): in one
   * document, the spans with those words move to `intoId`, and the quotes and claims whose cue names them are
   * said by `intoId`. Kept apart from the extraction, so it holds over a new version of the article and over
   * re-extraction; audited. Needs role editor.
   */
  splitMention: SplitMentionPayload;
  /**
   * Never link these two renderings (a quote or claim each) again, nor show them in one cluster: the linker
   * was wrong. Keyed by their words, so a later ingest of the same words keeps it; a later judgement of the
   * pair (joinRenderings) replaces it. Audited. Needs role editor.
   */
  splitRenderings: LineagePayload;
  /**
   * Undo a merge: `merged` (the id merged away) comes back as it was before, with the relations, mentions,
   * aliases and merged ids it brought and its own timeline; `keep` (the entity its id resolves to now) keeps the
   * rest, including what later articles added. Audited with the reason. NOT_FOUND for an id never merged (or
   * merged before merges recorded what they moved); CONFLICT when `merged` resolves elsewhere. Needs role editor.
   */
  unmergeEntities: UnmergeEntitiesPayload;
  /** Create an entity or update its name and aliases (its kind cannot change). Needs role editor. */
  upsertEntity: EntityPayload;
  /**
   * Withdraw a document without deleting it: it leaves every read (document, sources, spans, search, timelines,
   * influence); the facts and relations only it supported are hidden as retracted ones are; facts other documents
   * support keep those sources. Ingesting it again is refused until it is restored. `id` is the document id or its
   * url. Audited with the reason. Needs role editor.
   */
  withdrawDocument: WithdrawDocumentPayload;
};


export type MutationAddAliasArgs = {
  alias: Scalars['String']['input'];
  entityId: Scalars['ID']['input'];
};


export type MutationAssertFactArgs = {
  input: AssertFactInput;
};


export type MutationCorrectFactArgs = {
  id: Scalars['ID']['input'];
  input: CorrectFactInput;
};


export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};


export type MutationJoinRenderingsArgs = {
  kind: VariantKind;
  otherId: Scalars['ID']['input'];
  quoteId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationJudgeIdentityArgs = {
  entityId: Scalars['ID']['input'];
  judgement: IdentityVerdict;
  otherId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMarkMisattributedArgs = {
  misattributed: Scalars['Boolean']['input'];
  quoteId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


export type MutationRankFactArgs = {
  id: Scalars['ID']['input'];
  rank: FactRank;
  reason: Scalars['String']['input'];
};


export type MutationReextractArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ReextractFilter>;
};


export type MutationRejectWikidataLinkArgs = {
  entityId: Scalars['ID']['input'];
  qid: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveDocumentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRestoreDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetractFactArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetWikidataLinkArgs = {
  entityId: Scalars['ID']['input'];
  qid: Scalars['String']['input'];
};


export type MutationSplitMentionArgs = {
  input: SplitMentionInput;
};


export type MutationSplitRenderingsArgs = {
  otherId: Scalars['ID']['input'];
  quoteId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUnmergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merged: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpsertEntityArgs = {
  input: UpsertEntityInput;
};


export type MutationWithdrawDocumentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type Neo4jInfo = {
  __typename?: 'Neo4jInfo';
  /** community or enterprise */
  edition: Scalars['String']['output'];
  pluginVersions: Array<PluginVersion>;
  /** names of the installed plugins we rely on: apoc, gds */
  plugins: Array<Scalars['String']['output']>;
  /** e.g. 5.26.19 */
  version: Scalars['String']['output'];
};

/** Anything with a stable id: entities, facts, documents. Ids are stable across re-ingestion. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Organization = Entity & Node & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  externalIds: Array<ExternalId>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  roles: Array<RoleChange>;
  wikidataId: Maybe<Scalars['String']['output']>;
};

/** Relay-style page information. Cursors are opaque: pass them back as `after`. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** true when `after` was given (the page does not start at the beginning) */
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  edges: Array<PathEdge>;
  /** number of entity-to-entity steps */
  length: Scalars['Int']['output'];
  weight: Maybe<Scalars['Float']['output']>;
};

/** One step from an entity to another through dated facts (a quote about it, a report on it, a role in it). */
export type PathEdge = {
  __typename?: 'PathEdge';
  from: Entity;
  /**
   * how they are linked, e.g. SAID>ABOUT, PUBLISHED>REPORTS_ON>ABOUT, HELD_ROLE; several ways are joined by |,
   * e.g. SAID>ABOUT|CLAIMED>ABOUT
   */
  relation: Scalars['String']['output'];
  sources: Array<Source>;
  to: Entity;
  /** the facts behind this step (for connections: at most 20) */
  via: Array<TimelineItem>;
  /** for influence: the edge weight (see docs/influence.md) */
  weight: Maybe<Scalars['Float']['output']>;
  /** the span of the facts behind this step */
  when: Maybe<TimeSpan>;
};

export type Person = Entity & Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  externalIds: Array<ExternalId>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  roles: Array<RoleChange>;
  wikidataId: Maybe<Scalars['String']['output']>;
};

export type Place = Entity & Node & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  externalIds: Array<ExternalId>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  roles: Array<RoleChange>;
  wikidataId: Maybe<Scalars['String']['output']>;
};

export type PluginVersion = {
  __typename?: 'PluginVersion';
  name: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type Query = {
  __typename?: 'Query';
  /** Timeline item counts per bucket between from and to (every bucket listed, zeros included). */
  activity: Array<ActivityBucket>;
  /** Every write, newest first. Needs role admin. */
  auditLog: AuditConnection;
  /** the clusters of a speaker's quotes and claims first known in [from, to], oldest first (at most 50) */
  clusters: Array<QuoteCluster>;
  /**
   * Entities named in the same documents as entityId, most frequent first; from/to filter on the documents'
   * publication dates.
   */
  coMentions: Array<CoMention>;
  /**
   * Where the sources disagree about an entity (a person's roles, who said what, when it was said): the
   * conflicts whose side a meets [from, to], as known on asOf, of the kinds asked (all by default).
   * Role conflicts need the entity's Wikidata statements (quotegraph wikidata link). A conflict a curator
   * settled (a fact of it ranked preferred or deprecated, rankFact) is listed only with includeResolved.
   */
  conflicts: Array<Conflict>;
  /**
   * Shortest chains of dated, sourced facts linking two entities (at most maxHops entity-to-entity steps, 1-4):
   * one path per sequence of entities (each step lists the facts found along it), at most 20 paths, fewest
   * steps first. Documents and mentions are no links, and no chain passes through a hub (an entity with more
   * than 1000 facts and relations, such as a country at 1M quotes); the two ends may be hubs.
   */
  connections: Array<Path>;
  /** An article with its text and the spans of its quotes and mentions; null when there is none. */
  document: Maybe<Document>;
  /**
   * Every document in the graph, oldest first (by knownSince, then id), a page at a time: `first` (1 to 100)
   * after the cursor `after`, with totalCount. Withdrawn documents are not listed.
   */
  documents: DocumentConnection;
  /**
   * Every entity, by name then id, a page at a time: of one kind, whose name or an alias contains `name` (any
   * case), or linked to a Wikidata item; with the total the filter matches.
   */
  entities: EntityConnection;
  /** An entity by id (person:marco-rubio, org:nato ...); null when there is none. */
  entity: Maybe<Entity>;
  /** What curators judged about an entity's identity: which entities it is the same as, different from, or unsure. */
  identityJudgements: Array<IdentityJudgement>;
  /**
   * Who matters in a window: a GDS algorithm (PageRank by default) on the window's graph of speakers,
   * outlets that carry their words, entities they talk about and institutions they hold roles in.
   * Weighting: docs/influence.md.
   */
  influence: Array<InfluenceScore>;
  /** Any entity, fact or document by id; null when there is none. */
  node: Maybe<Node>;
  /** Nodes by id, in the order asked, each null when there is none (at most 100 ids). */
  nodes: Array<Maybe<Node>>;
  /** the cluster a quote or claim belongs to (its id, or a cluster id); null when it stands alone */
  quoteCluster: Maybe<QuoteCluster>;
  /** Quotes, ordered by when they were said (undated last), then id. */
  quotes: QuoteConnection;
  /** A re-extraction run by the id reextract returned (the last 20 are kept); null when unknown. Needs role admin. */
  reextractJob: Maybe<ReextractJob>;
  /**
   * Full-text search over entity names and aliases and over quotes and claims (German and English stemming,
   * accents folded), and over the title and text of documents stored without extraction (no rules for their
   * language: Document.extracted; accents folded, no stemming), which have no quotes or entities to be found by.
   * A Wikidata QID as the whole query (Q324546) finds the entities linked to that item.
   */
  search: Array<SearchHit>;
  /** What this server is and what it runs on. */
  serverInfo: ServerInfo;
  /**
   * What happened around these entities: quotes they said, claims by or about them, reports they
   * published or that name them, events they took part in, roles. from/to keep items whose span
   * overlaps [from, to]; asOf keeps only what was published by that date, with only those sources.
   * Quotes and claims their text does not date sit at their article's publication (TimeBasis
   * PUBLICATION); textDatedOnly leaves them out.
   */
  timeline: TimelineConnection;
  /**
   * Wikidata items kept for review, by entity and best first: one entity's (entityId) or every entity's.
   * Resolve them with setWikidataLink or rejectWikidataLink.
   */
  wikidataCandidates: Array<WikidataCandidate>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryActivityArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  bucket: Bucket;
  entityIds: Array<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['Date']['input'];
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryClustersArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  speakerId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryCoMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryConflictsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  entityId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  includeResolved?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<ConflictKind>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryConnectionsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  from: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryIdentityJudgementsArgs = {
  entityId: Scalars['ID']['input'];
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryInfluenceArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  algorithm?: InputMaybe<InfluenceAlgorithm>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryQuoteClusterArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryReextractJobArgs = {
  id: Scalars['ID']['input'];
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  entityIds: Array<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<TimelineKind>>;
  textDatedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type QueryWikidataCandidatesArgs = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Verbatim words, in the language they were printed in. */
export type Quote = Node & {
  __typename?: 'Quote';
  /** how the speaker was found, from the source that attributes it most confidently (null without sources) */
  attribution: Maybe<Attribution>;
  /** the other renderings of this statement across outlets and languages (docs/lineage.md); null when none */
  cluster: Maybe<QuoteCluster>;
  /** the event the words were said at */
  event: Maybe<Event>;
  id: Scalars['ID']['output'];
  /** direct (a whole quotation) or fragment (quoted words inside reported speech) */
  kind: Maybe<Scalars['String']['output']>;
  /** the earliest publication date among its sources (as-of queries filter on it) */
  knownSince: Maybe<Scalars['Date']['output']>;
  lang: Maybe<Scalars['String']['output']>;
  /** set when a curator retracted this fact (it is then only listed where includeRetracted is true) */
  retraction: Maybe<Retraction>;
  said: Maybe<TimeSpan>;
  /** where `said` comes from (null when said is null) */
  saidBasis: Maybe<TimeBasis>;
  sources: Array<Source>;
  speaker: Maybe<Entity>;
  /**
   * the speakers an imported quote corpus weighed for it, most probable first ("None" is Quotebank's "no speaker");
   * empty for quotes read from articles here (docs/import.md)
   */
  speakerCandidates: Array<SpeakerCandidate>;
  /** an unnamed speaker as the text describes them (a NATO official) */
  speakerDescription: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  /**
   * why no speaker was sought for this quote (an importer's quote in a language without rules, docs/import.md);
   * null when its words were read for a speaker, found or not, or a source named one
   */
  unattributedReason: Maybe<UnattributedReason>;
};

/**
 * The renderings of one statement across outlets and languages, the earliest first: repeats,
 * near-duplicates, fragments, translations and reported speech. Computed from the graph when asked:
 * its id names the origin, so it changes when an earlier rendering is ingested.
 */
export type QuoteCluster = {
  __typename?: 'QuoteCluster';
  /** the citation chains of the renderings that name their source */
  chains: Array<CitationChain>;
  /** the outlets of the origin's earliest documents: who printed the statement first, as far as the graph knows */
  firstPrintedBy: Array<Scalars['String']['output']>;
  firstSeen: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** for each language, where its wording first appeared */
  languageFirsts: Array<LanguageFirst>;
  languages: Array<Scalars['String']['output']>;
  /** the earliest known rendering (a Quote or Claim) */
  origin: Node;
  /** the outlets that printed any rendering */
  outlets: Array<Scalars['String']['output']>;
  /**
   * One line for a reader: "First printed by X on D (citing Reuters); carried by N outlets in 2 languages; the
   * German wording first appears in Y on D2."
   */
  summary: Scalars['String']['output'];
  variants: Array<QuoteVariant>;
};

export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  edges: Array<QuoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  cursor: Scalars['String']['output'];
  node: Quote;
};

export type QuoteFilter = {
  /** quotes whose evidence names this entity */
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  /** knowledge time: only quotes published by then, with only those sources */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** only quotes some source attributes by one of these methods (with minAttributionConfidence: the same source) */
  attributionMethods?: InputMaybe<Array<AttributionMethod>>;
  /**
   * said on or after (span overlaps [from, to]); dated quotes only when from or to is given (quotes placed at
   * their article's publication count, see TimeBasis)
   */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** de or en */
  lang?: InputMaybe<Scalars['String']['input']>;
  /** only quotes some source attributes with at least this confidence (0..1) */
  minAttributionConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** quotes carried by this outlet: in its articles or in its reports */
  outletId?: InputMaybe<Scalars['ID']['input']>;
  /** quotes said by this entity */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** case-insensitive substring of the quote's words */
  text?: InputMaybe<Scalars['String']['input']>;
  /** only quotes their text (or the event they were said at) dates, not those placed at their article's publication */
  textDatedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One rendering of a statement and how it was linked. */
export type QuoteVariant = {
  __typename?: 'QuoteVariant';
  /** the outlets that had printed the statement before this rendering first appeared: a copy can only come from them */
  after: Array<Scalars['String']['output']>;
  /** the outlets its documents name as their source for it: "nach Angaben von Reuters", "told AP", an agency credit */
  cites: Array<LineageCitation>;
  /** confidence of the link that joined it (1 for the origin) */
  confidence: Scalars['Float']['output'];
  /** true when a curator joined it (joinRenderings) rather than the linker */
  curated: Scalars['Boolean']['output'];
  /** the rendering it most likely comes from: the earlier one printed by an outlet it cites; null when none is known */
  derivedFrom: Maybe<Scalars['ID']['output']>;
  /** what the link rests on: the words or concepts the two renderings share; null for the origin */
  evidence: Maybe<Scalars['String']['output']>;
  /** the earliest publication among its sources */
  firstSeen: Maybe<Scalars['Date']['output']>;
  kind: VariantKind;
  lang: Scalars['String']['output'];
  /** the rendering it was linked to */
  linkedTo: Maybe<Scalars['ID']['output']>;
  /** a curator's mark that its speaker is disputed (markMisattributed); null when not marked */
  misattributed: Maybe<Misattribution>;
  /** the outlets of the documents that carry it, the earliest first (a document's outlet, else its host) */
  outlets: Array<Scalars['String']['output']>;
  /** the Quote or Claim */
  quote: Node;
  /** the documents that carry it, with the span of each (the same as its quote's sources) */
  sources: Array<Source>;
};

/** Which stored documents to extract again; by default those an older (or no) extractor read. */
export type ReextractFilter = {
  /** every document, whatever read it */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** publication dates */
  from?: InputMaybe<Scalars['Date']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  lang?: InputMaybe<Scalars['String']['input']>;
  outlet?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A re-extraction run started with the reextract mutation; its counts grow while it runs. */
export type ReextractJob = {
  __typename?: 'ReextractJob';
  /** documents read so far */
  documents: Scalars['Int']['output'];
  /** a dry run writes nothing; its counts say what a real run would do */
  dryRun: Scalars['Boolean']['output'];
  /** why the run stopped, when it failed as a whole */
  error: Maybe<Scalars['String']['output']>;
  /** the extractor version it writes with */
  extractor: Scalars['String']['output'];
  failed: Scalars['Int']['output'];
  finishedAt: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  replaced: Scalars['Int']['output'];
  startedAt: Scalars['String']['output'];
  state: JobState;
  unchanged: Scalars['Int']['output'];
  who: Scalars['String']['output'];
};

export type ReextractPayload = {
  __typename?: 'ReextractPayload';
  errors: Array<CurationError>;
  job: Maybe<ReextractJob>;
};

export type RemoveDocumentPayload = {
  __typename?: 'RemoveDocumentPayload';
  /** entities nothing else names any more: removed */
  deletedEntities: Scalars['Int']['output'];
  /** facts only this document supported: removed with it */
  deletedFacts: Scalars['Int']['output'];
  /** relations between entities it was the last support of: removed */
  deletedRelations: Scalars['Int']['output'];
  documentId: Maybe<Scalars['ID']['output']>;
  errors: Array<CurationError>;
  /** facts other documents support (or a curator retracted): kept, without this source */
  keptFacts: Scalars['Int']['output'];
};

/** A news report by an outlet that an article cites (nach Angaben von Reuters, The Washington Post reported). */
export type Report = Node & {
  __typename?: 'Report';
  cue: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  knownSince: Maybe<Scalars['Date']['output']>;
  publisher: Maybe<Entity>;
  /** set when a curator retracted this fact (it is then only listed where includeRetracted is true) */
  retraction: Maybe<Retraction>;
  sources: Array<Source>;
  when: Maybe<TimeSpan>;
};

export type RestoreDocumentPayload = {
  __typename?: 'RestoreDocumentPayload';
  documentId: Maybe<Scalars['ID']['output']>;
  errors: Array<CurationError>;
  /** facts its withdrawal had hidden: shown again (a curator's own retraction stays) */
  shownFacts: Scalars['Int']['output'];
  /** relations its withdrawal had hidden: shown again */
  shownRelations: Scalars['Int']['output'];
};

/**
 * Why and when a curator withdrew a fact (retractFact). Retracted facts stay in the graph but are left out of
 * timeline, activity, quotes, search, influence and connections unless those are asked with includeRetracted.
 */
export type Retraction = {
  __typename?: 'Retraction';
  /** when it was retracted (ISO date-time) */
  at: Scalars['String']['output'];
  /** the API key name and role that retracted it */
  by: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
};

/**
 * A role title as a source states it (a HELD_ROLE relation): "US-Senator" according to these
 * articles, dated by the text (often only by the article's publication date), not an eternal truth.
 */
export type RoleChange = Node & {
  __typename?: 'RoleChange';
  id: Scalars['ID']['output'];
  /** the earliest publication date among its sources */
  knownSince: Maybe<Scalars['Date']['output']>;
  organization: Entity;
  person: Entity;
  /** set when a curator retracted this fact (retracted roles are left out of Entity.roles) */
  retraction: Maybe<Retraction>;
  role: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  when: Maybe<TimeSpan>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** set when the hit is reported speech */
  claim: Maybe<Claim>;
  /** this hit's place in the ranking: pass it as `after` for the hits below it */
  cursor: Scalars['String']['output'];
  /** set when the hit is a document stored without extraction (no rules for its language): its title or text */
  document: Maybe<Document>;
  /** set when the hit is an entity (name or alias) */
  entity: Maybe<Entity>;
  /** set when the hit is a quote (its words) */
  quote: Maybe<Quote>;
  /** full-text relevance (Lucene); comparable within one result list only; 1 for an entity found by its QID */
  score: Scalars['Float']['output'];
  /** what matched, shortened for display */
  snippet: Scalars['String']['output'];
};

export type ServerInfo = {
  __typename?: 'ServerInfo';
  /** the extractor this server writes with, and how many stored documents an older one read */
  extractor: ExtractorInfo;
  /** ids of the migrations applied to the database, in order */
  migrations: Array<Scalars['String']['output']>;
  neo4j: Neo4jInfo;
  /** quotegraph's version */
  version: Scalars['String']['output'];
};

/** Where a fact was found: a document and the character span of the evidence in Document.text. */
export type Source = {
  __typename?: 'Source';
  /**
   * for a quote or claim: the stage that found its speaker in this source (null for other facts, and for sources
   * ingested before extractor 0.2.0)
   */
  attributionMethod: Maybe<AttributionMethod>;
  confidence: Maybe<Scalars['Float']['output']>;
  /** the words that marked it (betonte, reported, nach Angaben von ...) */
  cue: Maybe<Scalars['String']['output']>;
  document: Document;
  /** JavaScript string offset where the evidence ends (exclusive) */
  end: Maybe<Scalars['Int']['output']>;
  /** the text between start and end */
  excerpt: Maybe<Scalars['String']['output']>;
  /** which extractor (and version) produced it */
  extractor: Maybe<Scalars['String']['output']>;
  /** JavaScript string offset into Document.text where the evidence starts */
  start: Maybe<Scalars['Int']['output']>;
};

export type SpanKind =
  | 'CLAIM'
  | 'EVENT'
  | 'MENTION'
  | 'QUOTE'
  | 'REPORT';

/** A name an imported quote corpus weighed as a quote's speaker, with the probability it gave (Quotebank's probas). */
export type SpeakerCandidate = {
  __typename?: 'SpeakerCandidate';
  name: Scalars['String']['output'];
  probability: Scalars['Float']['output'];
};

/** One mention the extractor joined to the wrong entity, in one document. */
export type SplitMentionInput = {
  documentId: Scalars['ID']['input'];
  /** the entity the extractor joined the mention to */
  entityId: Scalars['ID']['input'];
  /** the entity they name (create it first with upsertEntity when it is new) */
  intoId: Scalars['ID']['input'];
  /** the mention's words as the document writes them (Mr Alexander) */
  mention: Scalars['String']['input'];
};

export type SplitMentionPayload = {
  __typename?: 'SplitMentionPayload';
  errors: Array<CurationError>;
  /** quotes and claims whose cue names the mention, now said by intoId (as corrections) */
  reattributed: Array<Scalars['ID']['output']>;
  /** spans of the document that moved to intoId */
  spans: Scalars['Int']['output'];
};

/** Where a quote's or claim's time comes from. */
export type TimeBasis =
  /** a curator set it (correctFact); it holds over what the text says */
  | 'CURATOR'
  /** it was said at an event the text dates */
  | 'EVENT'
  /**
   * nothing in the text dates it: it was said on or before its article's publication and is placed on
   * the publication day (or month). Such items are on timelines and in date filters unless textDatedOnly.
   */
  | 'PUBLICATION'
  /** its own sentence gives the date */
  | 'TEXT';

/** When something happened, exactly as precise as the text said it. */
export type TimeSpan = {
  __typename?: 'TimeSpan';
  /** first day the span can mean; null when the year is unknown */
  earliest: Maybe<Scalars['Date']['output']>;
  /** the EDTF string of what the text says: 2026-02-15, 2026-01, XXXX-02-15, 2026-02-15/2026-02-16 */
  edtf: Scalars['String']['output'];
  /** last day the span can mean; null when the year is unknown */
  latest: Maybe<Scalars['Date']['output']>;
  precision: DatePrecision;
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** dated items, earliest first; with equal start the longer span (the coarser date) first, then id */
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  /** dated items matching, over all pages */
  totalCount: Scalars['Int']['output'];
  /** items whose year is unknown (or that the text did not date): never in edges, whatever the range */
  undated: Array<TimelineItem>;
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
  when: Maybe<TimeSpan>;
};

export type TimelineItem = Claim | Event | Quote | Report | RoleChange;

export type TimelineKind =
  | 'CLAIM'
  | 'EVENT'
  | 'QUOTE'
  | 'REPORT'
  | 'ROLE_CHANGE';

/**
 * Why an imported quote has no speaker although nobody looked for one (Quote.unattributedReason); a quote
 * whose attribution ran and found nobody has the method NONE instead.
 */
export type UnattributedReason =
  /** its language has no attribution rules (there are rules for German and English only): no speaker was sought */
  | 'UNSUPPORTED_LANGUAGE';

export type UnmergeEntitiesPayload = {
  __typename?: 'UnmergeEntitiesPayload';
  /** the entity that held the merged one's relations, now without them */
  entity: Maybe<Entity>;
  errors: Array<CurationError>;
  /** relationships that went back to the restored entity (mentions and timeline entries not counted) */
  moved: Scalars['Int']['output'];
  /** the merged entity, back on its own */
  restored: Maybe<Entity>;
};

export type UpsertEntityInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** e.g. person:marco-rubio; minted from kind and name when not given */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: EntityKind;
  name: Scalars['String']['input'];
};

/** How a rendering of a statement joined its cluster (docs/lineage.md). */
export type VariantKind =
  /** a run of another rendering's words, also when cut off at an excerpt boundary */
  | 'FRAGMENT'
  /** the same words but for punctuation, contractions or a few words */
  | 'NEAR_DUPLICATE'
  /** the earliest known rendering */
  | 'ORIGIN'
  /** other words in the same language, alongside reported speech */
  | 'PARAPHRASE'
  /** the same words, as another fact (case and typography aside) */
  | 'REPEAT'
  /** reported (indirect) speech rendering the statement */
  | 'REPORTED'
  /** the statement in the other language (German / English), on shared concepts */
  | 'TRANSLATION';

/** A Wikidata item kept for review: one of several that fit an entity's name and kind. */
export type WikidataCandidate = {
  __typename?: 'WikidataCandidate';
  /** 0.9 when a label matched the entity's name, 0.7 when only an alias did */
  confidence: Scalars['Float']['output'];
  /** the item's English (else German) description, telling namesakes apart */
  description: Scalars['String']['output'];
  entity: Entity;
  /** what matched, as JSON text: {matched: label|alias, language, text, p31: [fitting classes]} */
  evidence: Scalars['String']['output'];
  /** the item's English (else German) label */
  label: Scalars['String']['output'];
  /** the item's id (Q41421) */
  qid: Scalars['String']['output'];
};

export type WithdrawDocumentPayload = {
  __typename?: 'WithdrawDocumentPayload';
  documentId: Maybe<Scalars['ID']['output']>;
  errors: Array<CurationError>;
  /** facts only this document supported: hidden as retracted facts are (includeRetracted shows them, with the reason) */
  hiddenFacts: Scalars['Int']['output'];
  /** relations between entities it was the last support of: hidden */
  hiddenRelations: Scalars['Int']['output'];
  /** facts other documents support: kept, without this source */
  keptFacts: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  TimelineItem:
    | ( ClaimModel )
    | ( EventModel )
    | ( QuoteModel )
    | ( ReportModel )
    | ( RoleChangeModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
  ;
  Node:
    | ( EntityModel )
    | ( ClaimModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( DocumentModel )
    | ( EventModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( QuoteModel )
    | ( ReportModel )
    | ( RoleChangeModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivityBucket: ResolverTypeWrapper<ActivityBucket>;
  Alliance: ResolverTypeWrapper<EntityModel>;
  AssertFactInput: AssertFactInput;
  Attribution: ResolverTypeWrapper<Attribution>;
  AttributionMethod: AttributionMethod;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Bucket: Bucket;
  CitationChain: ResolverTypeWrapper<CitationChain>;
  Claim: ResolverTypeWrapper<ClaimModel>;
  CoMention: ResolverTypeWrapper<CoMentionModel>;
  CommandPost: ResolverTypeWrapper<EntityModel>;
  Conflict: ResolverTypeWrapper<ConflictModel>;
  ConflictKind: ConflictKind;
  ConflictReason: ConflictReason;
  ConflictSide: ResolverTypeWrapper<ConflictSideModel>;
  CorrectFactInput: CorrectFactInput;
  Country: ResolverTypeWrapper<EntityModel>;
  CurationError: ResolverTypeWrapper<CurationError>;
  CurationErrorCode: CurationErrorCode;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Document: ResolverTypeWrapper<DocumentModel>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentEdge']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentFilter: DocumentFilter;
  DocumentFormat: DocumentFormat;
  DocumentSpan: ResolverTypeWrapper<DocumentSpanModel>;
  DocumentSpanConnection: ResolverTypeWrapper<Omit<DocumentSpanConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentSpanEdge']> }>;
  DocumentSpanEdge: ResolverTypeWrapper<Omit<DocumentSpanEdge, 'node'> & { node: ResolversTypes['DocumentSpan'] }>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityKind: EntityKind;
  EntityPayload: ResolverTypeWrapper<Omit<EntityPayload, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  Event: ResolverTypeWrapper<EventModel>;
  ExternalId: ResolverTypeWrapper<ExternalId>;
  ExtractorInfo: ResolverTypeWrapper<ExtractorInfo>;
  FactPayload: ResolverTypeWrapper<FactPayload>;
  FactRank: FactRank;
  FactRankMark: ResolverTypeWrapper<FactRankMarkModel>;
  FactType: FactType;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GovernmentBody: ResolverTypeWrapper<EntityModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdentityJudgement: ResolverTypeWrapper<IdentityJudgementModel>;
  IdentityPayload: ResolverTypeWrapper<Omit<IdentityPayload, 'judgement'> & { judgement?: Maybe<ResolversTypes['IdentityJudgement']> }>;
  IdentityVerdict: IdentityVerdict;
  InfluenceAlgorithm: InfluenceAlgorithm;
  InfluenceScore: ResolverTypeWrapper<InfluenceScoreModel>;
  IngestDocumentInput: IngestDocumentInput;
  IngestDocumentPayload: ResolverTypeWrapper<Omit<IngestDocumentPayload, 'document'> & { document?: Maybe<ResolversTypes['Document']> }>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JobState: JobState;
  LanguageFirst: ResolverTypeWrapper<LanguageFirstModel>;
  LineageCitation: ResolverTypeWrapper<LineageCitationModel>;
  LineagePayload: ResolverTypeWrapper<Omit<LineagePayload, 'cluster'> & { cluster?: Maybe<ResolversTypes['QuoteCluster']> }>;
  MediaOutlet: ResolverTypeWrapper<EntityModel>;
  MergeEntitiesPayload: ResolverTypeWrapper<Omit<MergeEntitiesPayload, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  Misattribution: ResolverTypeWrapper<Misattribution>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neo4jInfo: ResolverTypeWrapper<Neo4jInfo>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<EntityModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathModel>;
  PathEdge: ResolverTypeWrapper<PathEdgeModel>;
  Person: ResolverTypeWrapper<EntityModel>;
  Place: ResolverTypeWrapper<EntityModel>;
  PluginVersion: ResolverTypeWrapper<PluginVersion>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteModel>;
  QuoteCluster: ResolverTypeWrapper<QuoteClusterModel>;
  QuoteConnection: ResolverTypeWrapper<QuoteConnectionModel>;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  QuoteFilter: QuoteFilter;
  QuoteVariant: ResolverTypeWrapper<QuoteVariantModel>;
  ReextractFilter: ReextractFilter;
  ReextractJob: ResolverTypeWrapper<ReextractJob>;
  ReextractPayload: ResolverTypeWrapper<ReextractPayload>;
  RemoveDocumentPayload: ResolverTypeWrapper<RemoveDocumentPayload>;
  Report: ResolverTypeWrapper<ReportModel>;
  RestoreDocumentPayload: ResolverTypeWrapper<RestoreDocumentPayload>;
  Retraction: ResolverTypeWrapper<Retraction>;
  RoleChange: ResolverTypeWrapper<RoleChangeModel>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  Source: ResolverTypeWrapper<SourceModel>;
  SpanKind: SpanKind;
  SpeakerCandidate: ResolverTypeWrapper<SpeakerCandidate>;
  SplitMentionInput: SplitMentionInput;
  SplitMentionPayload: ResolverTypeWrapper<SplitMentionPayload>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimeBasis: TimeBasis;
  TimeSpan: ResolverTypeWrapper<TimeModel>;
  TimelineConnection: ResolverTypeWrapper<TimelineConnectionModel>;
  TimelineEdge: ResolverTypeWrapper<TimelineEdgeModel>;
  TimelineItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TimelineItem']>;
  TimelineKind: TimelineKind;
  UnattributedReason: UnattributedReason;
  UnmergeEntitiesPayload: ResolverTypeWrapper<Omit<UnmergeEntitiesPayload, 'entity' | 'restored'> & { entity?: Maybe<ResolversTypes['Entity']>, restored?: Maybe<ResolversTypes['Entity']> }>;
  UpsertEntityInput: UpsertEntityInput;
  VariantKind: VariantKind;
  WikidataCandidate: ResolverTypeWrapper<WikidataCandidateModel>;
  WithdrawDocumentPayload: ResolverTypeWrapper<WithdrawDocumentPayload>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivityBucket: ActivityBucket;
  Alliance: EntityModel;
  AssertFactInput: AssertFactInput;
  Attribution: Attribution;
  AuditConnection: AuditConnection;
  AuditEntry: AuditEntry;
  AuditEntryEdge: AuditEntryEdge;
  Boolean: Scalars['Boolean']['output'];
  CitationChain: CitationChain;
  Claim: ClaimModel;
  CoMention: CoMentionModel;
  CommandPost: EntityModel;
  Conflict: ConflictModel;
  ConflictSide: ConflictSideModel;
  CorrectFactInput: CorrectFactInput;
  Country: EntityModel;
  CurationError: CurationError;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Document: DocumentModel;
  DocumentConnection: Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentEdge']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentFilter: DocumentFilter;
  DocumentSpan: DocumentSpanModel;
  DocumentSpanConnection: Omit<DocumentSpanConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentSpanEdge']> };
  DocumentSpanEdge: Omit<DocumentSpanEdge, 'node'> & { node: ResolversParentTypes['DocumentSpan'] };
  Entity: EntityModel;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityPayload: Omit<EntityPayload, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  Event: EventModel;
  ExternalId: ExternalId;
  ExtractorInfo: ExtractorInfo;
  FactPayload: FactPayload;
  FactRankMark: FactRankMarkModel;
  Float: Scalars['Float']['output'];
  GovernmentBody: EntityModel;
  ID: Scalars['ID']['output'];
  IdentityJudgement: IdentityJudgementModel;
  IdentityPayload: Omit<IdentityPayload, 'judgement'> & { judgement?: Maybe<ResolversParentTypes['IdentityJudgement']> };
  InfluenceScore: InfluenceScoreModel;
  IngestDocumentInput: IngestDocumentInput;
  IngestDocumentPayload: Omit<IngestDocumentPayload, 'document'> & { document?: Maybe<ResolversParentTypes['Document']> };
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LanguageFirst: LanguageFirstModel;
  LineageCitation: LineageCitationModel;
  LineagePayload: Omit<LineagePayload, 'cluster'> & { cluster?: Maybe<ResolversParentTypes['QuoteCluster']> };
  MediaOutlet: EntityModel;
  MergeEntitiesPayload: Omit<MergeEntitiesPayload, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  Misattribution: Misattribution;
  Mutation: Record<PropertyKey, never>;
  Neo4jInfo: Neo4jInfo;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: EntityModel;
  PageInfo: PageInfo;
  Path: PathModel;
  PathEdge: PathEdgeModel;
  Person: EntityModel;
  Place: EntityModel;
  PluginVersion: PluginVersion;
  Query: Record<PropertyKey, never>;
  Quote: QuoteModel;
  QuoteCluster: QuoteClusterModel;
  QuoteConnection: QuoteConnectionModel;
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  QuoteFilter: QuoteFilter;
  QuoteVariant: QuoteVariantModel;
  ReextractFilter: ReextractFilter;
  ReextractJob: ReextractJob;
  ReextractPayload: ReextractPayload;
  RemoveDocumentPayload: RemoveDocumentPayload;
  Report: ReportModel;
  RestoreDocumentPayload: RestoreDocumentPayload;
  Retraction: Retraction;
  RoleChange: RoleChangeModel;
  SearchHit: SearchHitModel;
  ServerInfo: ServerInfo;
  Source: SourceModel;
  SpeakerCandidate: SpeakerCandidate;
  SplitMentionInput: SplitMentionInput;
  SplitMentionPayload: SplitMentionPayload;
  String: Scalars['String']['output'];
  TimeSpan: TimeModel;
  TimelineConnection: TimelineConnectionModel;
  TimelineEdge: TimelineEdgeModel;
  TimelineItem: ResolversUnionTypes<ResolversParentTypes>['TimelineItem'];
  UnmergeEntitiesPayload: Omit<UnmergeEntitiesPayload, 'entity' | 'restored'> & { entity?: Maybe<ResolversParentTypes['Entity']>, restored?: Maybe<ResolversParentTypes['Entity']> };
  UpsertEntityInput: UpsertEntityInput;
  WikidataCandidate: WikidataCandidateModel;
  WithdrawDocumentPayload: WithdrawDocumentPayload;
};

export type ActivityBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityBucket'] = ResolversParentTypes['ActivityBucket']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coarser?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roleChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllianceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Alliance'] = ResolversParentTypes['Alliance']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleChange']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttributionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Attribution'] = ResolversParentTypes['Attribution']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AttributionMethod'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  who?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CitationChainResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CitationChain'] = ResolversParentTypes['CitationChain']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outlets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  attribution?: Resolver<Maybe<ResolversTypes['Attribution']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['QuoteCluster']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knownSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lang?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  speakerDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  whenBasis?: Resolver<Maybe<ResolversTypes['TimeBasis']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CoMentionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoMention'] = ResolversParentTypes['CoMention']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CommandPostResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommandPost'] = ResolversParentTypes['CommandPost']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleChange']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  a?: Resolver<ResolversTypes['ConflictSide'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['ConflictSide'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConflictKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ConflictReason'], ParentType, ContextType>;
  resolution?: Resolver<Array<ResolversTypes['FactRankMark']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConflictSideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictSide'] = ResolversParentTypes['ConflictSide']> = {
  facts?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleChange']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CurationErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CurationError'] = ResolversParentTypes['CurationError']> = {
  code?: Resolver<ResolversTypes['CurationErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  extracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  knownSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lang?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notExtractedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  spans?: Resolver<ResolversTypes['DocumentSpanConnection'], ParentType, ContextType, RequireFields<DocumentSpansArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentSpan'] = ResolversParentTypes['DocumentSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  fact?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SpanKind'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentSpanConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentSpanConnection'] = ResolversParentTypes['DocumentSpanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentSpanEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentSpanEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentSpanEdge'] = ResolversParentTypes['DocumentSpanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DocumentSpan'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Alliance' | 'CommandPost' | 'Country' | 'GovernmentBody' | 'MediaOutlet' | 'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityPayload'] = ResolversParentTypes['EntityPayload']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knownSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExternalIdResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExternalId'] = ResolversParentTypes['ExternalId']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExtractorInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExtractorInfo'] = ResolversParentTypes['ExtractorInfo']> = {
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentsBehind?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactPayload'] = ResolversParentTypes['FactPayload']> = {
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  factId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  retracted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type FactRankMarkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactRankMark'] = ResolversParentTypes['FactRankMark']> = {
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['FactRank'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GovernmentBodyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GovernmentBody'] = ResolversParentTypes['GovernmentBody']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleChange']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IdentityJudgementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IdentityJudgement'] = ResolversParentTypes['IdentityJudgement']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  judgement?: Resolver<ResolversTypes['IdentityVerdict'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IdentityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IdentityPayload'] = ResolversParentTypes['IdentityPayload']> = {
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  judgement?: Resolver<Maybe<ResolversTypes['IdentityJudgement']>, ParentType, ContextType>;
};

export type InfluenceScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InfluenceScore'] = ResolversParentTypes['InfluenceScore']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  why?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
};

export type IngestDocumentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestDocumentPayload'] = ResolversParentTypes['IngestDocumentPayload']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['IngestStatus']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LanguageFirstResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LanguageFirst'] = ResolversParentTypes['LanguageFirst']> = {
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outlets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type LineageCitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LineageCitation'] = ResolversParentTypes['LineageCitation']> = {
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  outlet?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  rendering?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type LineagePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LineagePayload'] = ResolversParentTypes['LineagePayload']> = {
  cluster?: Resolver<Maybe<ResolversTypes['QuoteCluster']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
};

export type MediaOutletResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MediaOutlet'] = ResolversParentTypes['MediaOutlet']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleChange']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MergeEntitiesPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergeEntitiesPayload'] = ResolversParentTypes['MergeEntitiesPayload']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MisattributionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Misattribution'] = ResolversParentTypes['Misattribution']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAlias?: Resolver<ResolversTypes['EntityPayload'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'alias' | 'entityId'>>;
  assertFact?: Resolver<ResolversTypes['FactPayload'], ParentType, ContextType, RequireFields<MutationAssertFactArgs, 'input'>>;
  correctFact?: Resolver<ResolversTypes['FactPayload'], ParentType, ContextType, RequireFields<MutationCorrectFactArgs, 'id' | 'input'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestDocumentPayload'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
  joinRenderings?: Resolver<ResolversTypes['LineagePayload'], ParentType, ContextType, RequireFields<MutationJoinRenderingsArgs, 'kind' | 'otherId' | 'quoteId' | 'reason'>>;
  judgeIdentity?: Resolver<ResolversTypes['IdentityPayload'], ParentType, ContextType, RequireFields<MutationJudgeIdentityArgs, 'entityId' | 'judgement' | 'otherId' | 'reason'>>;
  markMisattributed?: Resolver<ResolversTypes['LineagePayload'], ParentType, ContextType, RequireFields<MutationMarkMisattributedArgs, 'misattributed' | 'quoteId' | 'reason'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeEntitiesPayload'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
  rankFact?: Resolver<ResolversTypes['FactPayload'], ParentType, ContextType, RequireFields<MutationRankFactArgs, 'id' | 'rank' | 'reason'>>;
  reextract?: Resolver<ResolversTypes['ReextractPayload'], ParentType, ContextType, RequireFields<MutationReextractArgs, 'dryRun'>>;
  rejectWikidataLink?: Resolver<ResolversTypes['EntityPayload'], ParentType, ContextType, RequireFields<MutationRejectWikidataLinkArgs, 'entityId' | 'qid' | 'reason'>>;
  removeDocument?: Resolver<ResolversTypes['RemoveDocumentPayload'], ParentType, ContextType, RequireFields<MutationRemoveDocumentArgs, 'id' | 'reason'>>;
  restoreDocument?: Resolver<ResolversTypes['RestoreDocumentPayload'], ParentType, ContextType, RequireFields<MutationRestoreDocumentArgs, 'id'>>;
  retractFact?: Resolver<ResolversTypes['FactPayload'], ParentType, ContextType, RequireFields<MutationRetractFactArgs, 'id' | 'reason'>>;
  setWikidataLink?: Resolver<ResolversTypes['EntityPayload'], ParentType, ContextType, RequireFields<MutationSetWikidataLinkArgs, 'entityId' | 'qid'>>;
  splitMention?: Resolver<ResolversTypes['SplitMentionPayload'], ParentType, ContextType, RequireFields<MutationSplitMentionArgs, 'input'>>;
  splitRenderings?: Resolver<ResolversTypes['LineagePayload'], ParentType, ContextType, RequireFields<MutationSplitRenderingsArgs, 'otherId' | 'quoteId' | 'reason'>>;
  unmergeEntities?: Resolver<ResolversTypes['UnmergeEntitiesPayload'], ParentType, ContextType, RequireFields<MutationUnmergeEntitiesArgs, 'keep' | 'merged' | 'reason'>>;
  upsertEntity?: Resolver<ResolversTypes['EntityPayload'], ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
  withdrawDocument?: Resolver<ResolversTypes['WithdrawDocumentPayload'], ParentType, ContextType, RequireFields<MutationWithdrawDocumentArgs, 'id' | 'reason'>>;
};

export type Neo4jInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Neo4jInfo'] = ResolversParentTypes['Neo4jInfo']> = {
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pluginVersions?: Resolver<Array<ResolversTypes['PluginVersion']>, ParentType, ContextType>;
  plugins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Alliance' | 'Claim' | 'CommandPost' | 'Country' | 'Document' | 'Event' | 'GovernmentBody' | 'MediaOutlet' | 'Organization' | 'Person' | 'Place' | 'Quote' | 'Report' | 'RoleChange', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleChange']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['PathEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PathEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathEdge'] = ResolversParentTypes['PathEdge']> = {
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleChange']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleChange']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PluginVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PluginVersion'] = ResolversParentTypes['PluginVersion']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activity?: Resolver<Array<ResolversTypes['ActivityBucket']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'bucket' | 'entityIds' | 'from' | 'includeRetracted' | 'to'>>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  clusters?: Resolver<Array<ResolversTypes['QuoteCluster']>, ParentType, ContextType, RequireFields<QueryClustersArgs, 'speakerId'>>;
  coMentions?: Resolver<Array<ResolversTypes['CoMention']>, ParentType, ContextType, RequireFields<QueryCoMentionsArgs, 'entityId' | 'first'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType, RequireFields<QueryConflictsArgs, 'entityId' | 'includeResolved'>>;
  connections?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'from' | 'includeRetracted' | 'maxHops' | 'to'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  identityJudgements?: Resolver<Array<ResolversTypes['IdentityJudgement']>, ParentType, ContextType, RequireFields<QueryIdentityJudgementsArgs, 'entityId'>>;
  influence?: Resolver<Array<ResolversTypes['InfluenceScore']>, ParentType, ContextType, RequireFields<QueryInfluenceArgs, 'algorithm' | 'first' | 'includeRetracted'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  quoteCluster?: Resolver<Maybe<ResolversTypes['QuoteCluster']>, ParentType, ContextType, RequireFields<QueryQuoteClusterArgs, 'id'>>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<QueryQuotesArgs, 'first' | 'includeRetracted'>>;
  reextractJob?: Resolver<Maybe<ResolversTypes['ReextractJob']>, ParentType, ContextType, RequireFields<QueryReextractJobArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'includeRetracted' | 'query'>>;
  serverInfo?: Resolver<ResolversTypes['ServerInfo'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'entityIds' | 'first' | 'includeRetracted' | 'textDatedOnly'>>;
  wikidataCandidates?: Resolver<Array<ResolversTypes['WikidataCandidate']>, ParentType, ContextType, RequireFields<QueryWikidataCandidatesArgs, 'first'>>;
};

export type QuoteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  attribution?: Resolver<Maybe<ResolversTypes['Attribution']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['QuoteCluster']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  knownSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lang?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  said?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  saidBasis?: Resolver<Maybe<ResolversTypes['TimeBasis']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  speakerCandidates?: Resolver<Array<ResolversTypes['SpeakerCandidate']>, ParentType, ContextType>;
  speakerDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unattributedReason?: Resolver<Maybe<ResolversTypes['UnattributedReason']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuoteClusterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuoteCluster'] = ResolversParentTypes['QuoteCluster']> = {
  chains?: Resolver<Array<ResolversTypes['CitationChain']>, ParentType, ContextType>;
  firstPrintedBy?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languageFirsts?: Resolver<Array<ResolversTypes['LanguageFirst']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  outlets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['QuoteVariant']>, ParentType, ContextType>;
};

export type QuoteConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuoteEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
};

export type QuoteVariantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuoteVariant'] = ResolversParentTypes['QuoteVariant']> = {
  after?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['LineageCitation']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  derivedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VariantKind'], ParentType, ContextType>;
  lang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  linkedTo?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  misattributed?: Resolver<Maybe<ResolversTypes['Misattribution']>, ParentType, ContextType>;
  outlets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ReextractJobResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReextractJob'] = ResolversParentTypes['ReextractJob']> = {
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['JobState'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  who?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReextractPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReextractPayload'] = ResolversParentTypes['ReextractPayload']> = {
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['ReextractJob']>, ParentType, ContextType>;
};

export type RemoveDocumentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveDocumentPayload'] = ResolversParentTypes['RemoveDocumentPayload']> = {
  deletedEntities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deletedFacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deletedRelations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  keptFacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  cue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knownSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RestoreDocumentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RestoreDocumentPayload'] = ResolversParentTypes['RestoreDocumentPayload']> = {
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  shownFacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shownRelations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RetractionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleChange'] = ResolversParentTypes['RoleChange']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knownSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServerInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServerInfo'] = ResolversParentTypes['ServerInfo']> = {
  extractor?: Resolver<ResolversTypes['ExtractorInfo'], ParentType, ContextType>;
  migrations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  neo4j?: Resolver<ResolversTypes['Neo4jInfo'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  attributionMethod?: Resolver<Maybe<ResolversTypes['AttributionMethod']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  excerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extractor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SpeakerCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpeakerCandidate'] = ResolversParentTypes['SpeakerCandidate']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SplitMentionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SplitMentionPayload'] = ResolversParentTypes['SplitMentionPayload']> = {
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  reattributed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  spans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimeSpan'] = ResolversParentTypes['TimeSpan']> = {
  earliest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  edtf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undated?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineItem'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  __resolveType: TypeResolveFn<'Claim' | 'Event' | 'Quote' | 'Report' | 'RoleChange', ParentType, ContextType>;
};

export type UnmergeEntitiesPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnmergeEntitiesPayload'] = ResolversParentTypes['UnmergeEntitiesPayload']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  moved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restored?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type WikidataCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WikidataCandidate'] = ResolversParentTypes['WikidataCandidate']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WithdrawDocumentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WithdrawDocumentPayload'] = ResolversParentTypes['WithdrawDocumentPayload']> = {
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['CurationError']>, ParentType, ContextType>;
  hiddenFacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hiddenRelations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keptFacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  ActivityBucket?: ActivityBucketResolvers<ContextType>;
  Alliance?: AllianceResolvers<ContextType>;
  Attribution?: AttributionResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CitationChain?: CitationChainResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  CoMention?: CoMentionResolvers<ContextType>;
  CommandPost?: CommandPostResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  ConflictSide?: ConflictSideResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CurationError?: CurationErrorResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentSpan?: DocumentSpanResolvers<ContextType>;
  DocumentSpanConnection?: DocumentSpanConnectionResolvers<ContextType>;
  DocumentSpanEdge?: DocumentSpanEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityPayload?: EntityPayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  ExternalId?: ExternalIdResolvers<ContextType>;
  ExtractorInfo?: ExtractorInfoResolvers<ContextType>;
  FactPayload?: FactPayloadResolvers<ContextType>;
  FactRankMark?: FactRankMarkResolvers<ContextType>;
  GovernmentBody?: GovernmentBodyResolvers<ContextType>;
  IdentityJudgement?: IdentityJudgementResolvers<ContextType>;
  IdentityPayload?: IdentityPayloadResolvers<ContextType>;
  InfluenceScore?: InfluenceScoreResolvers<ContextType>;
  IngestDocumentPayload?: IngestDocumentPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LanguageFirst?: LanguageFirstResolvers<ContextType>;
  LineageCitation?: LineageCitationResolvers<ContextType>;
  LineagePayload?: LineagePayloadResolvers<ContextType>;
  MediaOutlet?: MediaOutletResolvers<ContextType>;
  MergeEntitiesPayload?: MergeEntitiesPayloadResolvers<ContextType>;
  Misattribution?: MisattributionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neo4jInfo?: Neo4jInfoResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathEdge?: PathEdgeResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PluginVersion?: PluginVersionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteCluster?: QuoteClusterResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  QuoteVariant?: QuoteVariantResolvers<ContextType>;
  ReextractJob?: ReextractJobResolvers<ContextType>;
  ReextractPayload?: ReextractPayloadResolvers<ContextType>;
  RemoveDocumentPayload?: RemoveDocumentPayloadResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  RestoreDocumentPayload?: RestoreDocumentPayloadResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  RoleChange?: RoleChangeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SpeakerCandidate?: SpeakerCandidateResolvers<ContextType>;
  SplitMentionPayload?: SplitMentionPayloadResolvers<ContextType>;
  TimeSpan?: TimeSpanResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  UnmergeEntitiesPayload?: UnmergeEntitiesPayloadResolvers<ContextType>;
  WikidataCandidate?: WikidataCandidateResolvers<ContextType>;
  WithdrawDocumentPayload?: WithdrawDocumentPayloadResolvers<ContextType>;
};

