import type { EntityKind, EntityType } from './entity-kinds.ts';
import type { DocumentModel } from './documents.ts';

/** An entity as read, with the asOf of the root query so nested lookups answer as of the same day. */
export interface EntityModel {
  __typename: EntityTypeName;
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  wikidataId: string | null;
  /** the entity's ids in other datasets (its Wikidata item, when linked) */
  externalIds: ExternalIdModel[];
  asOf: string | null;
}

/** A Wikidata item kept for a curator's review (several fit one entity). */
export interface WikidataCandidateModel {
  entityId: string;
  qid: string;
  label: string;
  description: string;
  confidence: number;
  evidence: string;
}

export interface ExternalIdModel {
  source: 'wikidata';
  id: string;
  url: string;
}

/** The GraphQL object type of an entity: its extraction type (src/model/entity-kinds.ts). */
export type EntityTypeName = EntityType;

export interface CoMentionModel {
  entityId: string;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  documents: DocumentModel[];
}

export type IdentityVerdict = 'same' | 'different' | 'unsure';

/** A curator's judgement whether an entity and another are one and the same. */
export interface IdentityJudgementModel {
  entityId: string;
  otherId: string;
  verdict: IdentityVerdict;
  reason: string | null;
  by: string | null;
  at: string;
}
