import { mentionsIn, type Context } from '../context.ts';
import type { ExtractedClaim, ExtractedEvent, ExtractedRelation, ExtractedReport } from '../types.ts';
import { findHandoverRelations } from './find-handover-relations.ts';
import { findRoleRelations } from './find-role-relations.ts';
import { locationRelations } from './location-relations.ts';
import { participationRelations } from './participation-relations.ts';

/** Every relation of the document, in the order the output lists them. */
export function findRelations(
  ctx: Context,
  events: ExtractedEvent[],
  reports: ExtractedReport[],
  claims: ExtractedClaim[],
): ExtractedRelation[] {
  return [
    ...findRoleRelations(ctx),
    ...findHandoverRelations(ctx),
    ...participationRelations(events),
    ...locationRelations(ctx, events),
    ...reports.flatMap((r) =>
      r.about.map((id) => ({
        type: 'ABOUT' as const,
        from: r.id,
        to: id,
        when: r.when,
        properties: {},
        evidence: r.evidence,
        confidence: 0.7,
      })),
    ),
    ...claims.flatMap((c) =>
      [...new Set(mentionsIn(ctx, c).map((m) => m.entityId))]
        .filter((id) => id !== c.speaker?.entityId)
        .map((id) => ({
          type: 'MENTIONS' as const,
          from: c.id,
          to: id,
          when: c.when,
          properties: {},
          evidence: { start: c.start, end: c.end },
          confidence: 0.6,
        })),
    ),
  ];
}
