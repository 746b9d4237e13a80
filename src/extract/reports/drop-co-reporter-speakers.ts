import type { ClaimDraft } from '../claims/find-reported-speech.ts';
import type { ReportDraft } from './find-reports.ts';

/**
 * Outlets named together as reporters published the same story: none of them is its speaker. A
 * claim attributed to one of them in that sentence keeps the cue as its speaker's description.
 */
export function dropCoReporterSpeakers(claimDrafts: ClaimDraft[], reportDrafts: ReportDraft[]): void {
  const coReported = new Set(
    reportDrafts.filter((r) => r.sentence && r.coReporters.length).map((r) => `${r.publisherId}@${r.sentence!.start}`),
  );
  for (const d of claimDrafts) {
    if (d.speaker && coReported.has(`${d.speaker.entityId}@${d.sentence.start}`)) {
      d.speakerDescription = d.cue;
      d.speaker = null;
    }
  }
}
