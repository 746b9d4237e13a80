import type { FactModel } from '../../model/index.ts';
import type { FactRow } from '../../db/row-types.ts';

export function toFact(row: FactRow, asOf: string | null): FactModel {
  const base = {
    id: row.id,
    edtf: row.edtf,
    earliest: row.earliest,
    latest: row.latest,
    precision: row.precision,
    basis: row.basis ?? null,
    knownSince: row.knownSince,
    sources: row.sources ?? [],
    asOf,
    retraction: row.retracted
      ? { reason: row.retractedReason ?? '', at: row.retractedAt ?? '', by: row.retractedBy }
      : null,
  };
  switch (row.kind) {
    case 'QUOTE':
      return {
        ...base,
        __typename: 'Quote',
        text: row.text ?? '',
        lang: row.lang,
        kind: row.quoteKind,
        speakerId: row.speakerId,
        speakerDescription: row.speakerDescription,
        eventId: row.eventId,
        unattributedReason: row.unattributedReason,
      };
    case 'CLAIM':
      return {
        ...base,
        __typename: 'Claim',
        text: row.text ?? '',
        lang: row.lang,
        speakerId: row.speakerId,
        speakerDescription: row.speakerDescription,
        quantities: row.quantities ?? [],
        aboutIds: row.aboutIds ?? [],
      };
    case 'EVENT':
      return { ...base, __typename: 'Event', name: row.name, type: row.type, placeId: row.placeId };
    case 'REPORT':
      return { ...base, __typename: 'Report', publisherId: row.publisherId, cue: row.cue };
    case 'ROLE_CHANGE':
      return {
        ...base,
        __typename: 'RoleChange',
        personId: row.personId ?? '',
        organizationId: row.organizationId ?? '',
        role: row.role,
      };
    default: {
      const never: never = row.kind;
      throw new Error(`unknown fact kind ${String(never)}`);
    }
  }
}
