// Whether the words around a span name it as a source: a cue of the language pack right before it
// ("told the", "laut der Nachrichtenagentur"), a speech verb whose addressee it is ("sagte Warken der",
// "said in an interview on"), or a cue right after it ("reported", "zufolge"; after a few words only
// in a German "wie …" clause or after an auxiliary). Reads at most 100 characters on either side,
// never past the sentence.

import type { Context } from '../context.ts';
import type { Span } from '../types.ts';
import type { ReportPack } from './report-pack.ts';

export interface ReportCue {
  /** the cue as written: "told", "Nach Angaben von", "sagte Warken der", "berichteten" */
  text: string;
}

const REACH = 100;

export function reportCue(ctx: Context, pack: ReportPack, span: Span, sentence: Span): ReportCue | null {
  const before = ctx.body.slice(Math.max(sentence.start, span.start - REACH), span.start);
  const lead = pack.beforeTail.exec(before);
  if (lead) return { text: lead[1]! };
  const addressed = pack.addresseeTail?.exec(before);
  if (addressed) return { text: addressed[0].replace(/[\s„"“»‚'‘]+$/u, '') };
  const agent = pack.agentTail?.exec(before);
  if (agent) return { text: agent[0].replace(/[\s„"“»‚'‘]+$/u, '') };
  const after = ctx.body.slice(span.end, Math.min(sentence.end, span.end + REACH));
  const follow = pack.afterHead.exec(after) ?? pack.afterAside.exec(after);
  if (follow) return { text: follow[1]! };
  // "hatten X und Y über den Abbau berichtet": the participle closes the clause the auxiliary opened.
  const participle = pack.auxiliaryTail?.test(before) ? pack.participleLater?.exec(after) : null;
  if (participle) return { text: participle[1]! };
  const gapAllowed = !pack.gapNeedsOpener || pack.openerTail?.test(before) || pack.auxiliaryHead?.test(after);
  const later = gapAllowed ? pack.afterGapHead?.exec(after) : null;
  if (later) return { text: later[1]! };
  return null;
}
