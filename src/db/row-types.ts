import type { DocumentModel, DocumentSpanModel, EntityKind, SourceModel } from '../model/index.ts';

export type { DocumentModel, EntityKind };

// The shapes of the composite values (maps, lists of maps) Cypher statements return, named so a
// statement's `// Row:` header can use them (scripts/codegen-cypher.ts imports what a header names).
// Flat columns are written in the header itself.

/** The map every fact projection in cypher/ returns (timeline, facts-by-id, quotes, roles). */
export interface FactRow {
  section?: 'page' | 'undated' | 'related' | null;
  key?: string | null;
  kind: 'QUOTE' | 'CLAIM' | 'EVENT' | 'REPORT' | 'ROLE_CHANGE';
  id: string;
  edtf: string | null;
  earliest: string | null;
  latest: string | null;
  precision: string | null;
  basis?: string | null;
  knownSince: string | null;
  text: string | null;
  lang: string | null;
  quoteKind: string | null;
  name: string | null;
  type: string | null;
  cue: string | null;
  quantities: string[] | null;
  speakerDescription: string | null;
  /** quotes: why an importer did not read it for a speaker ('unsupported-language') */
  unattributedReason: string | null;
  role: string | null;
  speakerId: string | null;
  eventId: string | null;
  publisherId: string | null;
  placeId: string | null;
  aboutIds: string[] | null;
  personId: string | null;
  organizationId: string | null;
  retracted: boolean | null;
  retractedReason: string | null;
  retractedBy: string | null;
  retractedAt: string | null;
  sources: (Omit<SourceModel, 'document'> & { document: DocumentModel })[];
}

/** An entity as entity/entities-by-id returns it (and timeline/timeline-page's relatedEntities). */
export interface EntityRow {
  asked: string;
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** the linked Wikidata item, null when unlinked */
  wikidataId: string | null;
}

/** One bucket of timeline/activity. */
export interface ActivityRow {
  bucket: string | null;
  kind: 'QUOTE' | 'CLAIM' | 'EVENT' | 'REPORT' | 'ROLE_CHANGE' | null;
  within: boolean | null;
  n: number;
}

/** One element of a path of connection/connections: a node or the relationship after it. */
export interface PathElement {
  node: boolean;
  entity: boolean;
  id: string | null;
  type?: string | null;
  edtf?: string | null;
  earliest?: string | null;
  latest?: string | null;
  precision?: string | null;
  evidence?: string[] | null;
}

/** One aggregated edge of influence/project-window-graph's window graph. */
export interface WindowEdge {
  from: string;
  to: string;
  relation: string;
  factIds: string[];
  weight: number;
}

/** One hit of search/search's answer, with what the API answers for it (the others null). */
export interface SearchHit {
  id: string;
  what: 'ENTITY' | 'QUOTE' | 'CLAIM' | 'DOCUMENT';
  score: number;
  snippet: string;
  entity: EntityRow | null;
  item: FactRow | null;
  /** without its text and importer (read on demand, as a fact's source document is) */
  document: DocumentModel | null;
}

/** One span of document/document-spans, without its text (the API cuts that from the document). */
export type StoredSpan = Omit<DocumentSpanModel, 'text'> & { key: string };

/** A quote or claim as quote lineage compares it (lineage/renderings-near). */
export interface LineageRendering {
  id: string;
  /** the id of its words however punctuated (curators' lineage judgements are keyed by it) */
  wordsId: string | null;
  text: string;
  lang: string;
  reported: boolean;
  speakerId: string | null;
  /** the earliest publication among its sources, YYYY-MM-DD */
  firstSeen: string;
  /** a curator marked its speaker disputed (curation/mark-misattributed) */
  disputed: boolean;
}

/** An outlet a document names as its source for a rendering (a report about it in that document). */
export interface LineageCitationRow {
  outletId: string;
  outletName: string;
  outletAliases: string[];
  documentId: string;
  cue: string;
}

/** A curator's mark that a rendering's speaker is disputed. */
export interface LineageMarkRow {
  reason: string | null;
  by: string | null;
  at: string;
}

/** A lineage judgement as the audit log keeps it. */
export interface LineageJudgementAudit {
  a: string;
  b: string;
  judgement: string;
  kind: string | null;
  reason: string | null;
  by: string | null;
  at: string;
}

/** A curator's judgement on two renderings' words: never linked (split) or linked (join, with a kind). */
export interface LineageJudgementRow {
  a: string;
  b: string;
  aSpeaker: string | null;
  bSpeaker: string | null;
  judgement: 'split' | 'join';
  kind: string | null;
}
