import type { SourceModel } from './documents.ts';
import type { TimeModel } from './time.ts';

/** Facts as read: each knows its time, its sources (provenance) and whether it was retracted. */
export interface RetractionModel {
  reason: string;
  at: string;
  by: string | null;
}

interface FactBase extends TimeModel {
  id: string;
  /** quotes and claims: 'text' | 'event' | 'publication' (null: no time, or stored before bases, i.e. text) */
  basis: string | null;
  knownSince: string | null;
  sources: SourceModel[];
  asOf: string | null;
  retraction: RetractionModel | null;
}

export interface QuoteModel extends FactBase {
  __typename: 'Quote';
  text: string;
  lang: string | null;
  kind: string | null;
  speakerId: string | null;
  speakerDescription: string | null;
  eventId: string | null;
  /** why an imported quote was not read for a speaker (UNATTRIBUTED_REASONS); null when it was, or had one */
  unattributedReason: string | null;
}

export interface ClaimModel extends FactBase {
  __typename: 'Claim';
  text: string;
  lang: string | null;
  speakerId: string | null;
  speakerDescription: string | null;
  quantities: string[];
  aboutIds: string[];
}

export interface EventModel extends FactBase {
  __typename: 'Event';
  name: string | null;
  type: string | null;
  placeId: string | null;
}

export interface ReportModel extends FactBase {
  __typename: 'Report';
  publisherId: string | null;
  cue: string | null;
}

export interface RoleChangeModel extends FactBase {
  __typename: 'RoleChange';
  personId: string;
  organizationId: string;
  role: string | null;
}

export type FactModel = QuoteModel | ClaimModel | EventModel | ReportModel | RoleChangeModel;
