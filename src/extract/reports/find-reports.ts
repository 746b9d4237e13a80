// Reports by media outlets: "nach Angaben von Reuters", "berichteten The Washington Post und
// Reuters", "according to Politico", "told Reuters", "sagte er den ARD Tagesthemen", "UNN
// reports", and bylines/datelines at the top ("(Reuters)", "rtr/taz |", "Sabine Siebold Reuters").

import { datesIn, insideSpeech, sentenceOf, type Context } from '../context.ts';
import type { Span, TimeSpan } from '../types.ts';

export interface ReportDraft {
  publisherId: string;
  when: TimeSpan | null;
  cue: string;
  evidence: Span;
  /** the sentence the report is about, or null for a byline (about the whole article) */
  sentence: Span | null;
}

const REPORT_CUE =
  /(?<![\p{L}])(?:nach Angaben (?:von|des|der)|Nach Angaben (?:von|des|der)|[Nn]ach (?:Informationen|Recherchen) (?:von|vom|des|der)|[Ii]nterview mit|interview with|laut|Laut|according to|According to|zufolge|berichtete[n]?|berichtet|reported(?: by)?|reports|report|told|sagte[n]? (?:er|sie) (?:den|dem|der)|sagte[n]? (?:den|dem|der)|meldete[n]?|meldet|schrieb|schreibt|wrote|writes|zitiert\p{L}*|quoted|cited|interview|Interview|via)(?![\p{L}])/gu;

export function findReports(ctx: Context): ReportDraft[] {
  const reports: ReportDraft[] = [];
  const seen = new Set<string>();
  const outlets = ctx.mentions.filter((m) => m.type === 'MediaOutlet');
  for (const mention of outlets) {
    if (insideSpeech(ctx, mention.start)) continue;
    // "ARD" inside "ARD Tagesthemen" reports nothing of its own.
    if (outlets.some((o) => o !== mention && o.start <= mention.start && o.end >= mention.end && o.end - o.start > mention.end - mention.start)) continue;
    const paragraphIndex = ctx.paragraphs.findIndex((p) => mention.start >= p.start && mention.end <= p.end);
    const paragraph = ctx.paragraphs[paragraphIndex];
    const sentence = sentenceOf(ctx, mention.start);
    if (!paragraph || !sentence) continue;

    const around = (ctx.body[mention.start - 1] ?? '') + (ctx.body[mention.end] ?? '');
    const top = paragraphIndex <= 2 && (paragraph.end - paragraph.start <= 60 || /[()|/]/.test(around));
    let cue: string | null = null;
    let evidence: Span = sentence;
    if (top) {
      cue = ctx.body.slice(paragraph.start, Math.min(paragraph.end, Math.max(mention.end + 2, paragraph.start))).trim();
      evidence = { start: paragraph.start, end: Math.min(paragraph.end, mention.end + 2) };
    } else {
      const windowStart = Math.max(sentence.start, mention.start - 80);
      // German puts the verb last: "hatten X und Y über … berichtet".
      const windowEnd = Math.min(sentence.end, mention.end + (ctx.lang === 'de' ? 120 : 40));
      for (const m of ctx.body.slice(windowStart, windowEnd).matchAll(REPORT_CUE)) {
        const at = windowStart + (m.index ?? 0);
        if (insideSpeech(ctx, at)) continue;
        cue = m[0];
        if (at > mention.end) break;
      }
    }
    if (!cue) continue;
    const key = `${mention.entityId}@${top ? 'top' : sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const when = top ? null : (datesIn(ctx, sentence)[0] ?? null);
    reports.push({
      publisherId: mention.entityId,
      when: when ? { edtf: when.edtf, earliest: when.earliest, latest: when.latest, precision: when.precision } : null,
      cue,
      evidence,
      sentence: top ? null : sentence,
    });
  }
  return reports;
}
