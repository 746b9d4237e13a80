// Reports by media outlets, "according to whom": agency credits ("KYIV (Reuters) -", "(dpa/AFP)", a
// closing "epd"), bylines at the top ("Sabine Siebold Reuters", "rtr/taz |"), and an outlet named with
// a report cue of the article's language pack: "told X", "laut X", "nach Angaben von X", "X reported",
// "reported the X", "wie X berichtete", "X zufolge", "sagte Warken der X", "sagte er zu X". Outlets
// named together with one cue ("wie The Washington Post und Reuters berichteten") published the same
// story: each gets its own report, names the others as co-reporters, and cites the whole sentence as
// its evidence (the place the article states it: the outlets, the cue and the story).

import { datesIn, insideSpeech, mentionsOverlapping, sentenceOf, type Context, type Mention } from '../context.ts';
import { spansOverlapping } from '../text/span-lookup.ts';
import type { Span, TimeSpan } from '../types.ts';
import { findCredits, type Credit } from './find-credits.ts';
import { defaultOutletLexicon, type OutletLexicon } from './outlet-lexicon.ts';
import { reportCue } from './report-cue.ts';
import { reportPack } from './report-pack.ts';

export interface ReportDraft {
  publisherId: string;
  when: TimeSpan | null;
  cue: string;
  evidence: Span;
  /** the sentence the report is about, or null for a byline or credit (about the whole article) */
  sentence: Span | null;
  /** outlets named together with this one as reporters of the same story ("X und Y berichteten") */
  coReporters: string[];
}

export function findReports(ctx: Context, lexicon: OutletLexicon = defaultOutletLexicon()): ReportDraft[] {
  const pack = reportPack(ctx.pack);
  const creditOf = creditLookup(findCredits(ctx, lexicon));
  const reports: ReportDraft[] = [];
  const seen = new Set<string>();
  const add = (draft: ReportDraft, key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    reports.push(draft);
  };

  const all = ctx.mentions.filter((m) => m.type === 'MediaOutlet');
  // "ARD" inside "ARD Tagesthemen", "Reuters" inside "Reuters TV" report nothing of their own.
  const longerAround = (m: Mention): boolean =>
    mentionsOverlapping(ctx, m).some(
      (o) =>
        o.type === 'MediaOutlet' &&
        o !== m &&
        o.start <= m.start &&
        o.end >= m.end &&
        o.end - o.start > m.end - m.start,
    );
  const outlets = all.filter((m) => !insideSpeech(ctx, m.start) && !longerAround(m));

  const rest: Mention[] = [];
  for (const mention of outlets) {
    const credit = creditOf(mention);
    const byline = credit ? null : bylineOf(ctx, mention);
    if (credit || byline) {
      const evidence = credit ?? byline!;
      const cue = ctx.body.slice(evidence.start, evidence.end).trim();
      add(
        { publisherId: mention.entityId, when: null, cue, evidence, sentence: null, coReporters: [] },
        `${mention.entityId}@top`,
      );
    } else {
      rest.push(mention);
    }
  }

  for (const group of coordinated(ctx, pack.coordination, pack.conjunctionJoint, rest)) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const sentence = sentenceOf(ctx, first.start);
    if (!sentence) continue;
    const cue = reportCue(ctx, pack, { start: first.start, end: last.end }, sentence);
    if (!cue) continue;
    const date = datesIn(ctx, sentence)[0];
    const when = date
      ? { edtf: date.edtf, earliest: date.earliest, latest: date.latest, precision: date.precision }
      : null;
    const ids = [...new Set(group.map((m) => m.entityId))];
    for (const mention of group) {
      const coReporters = ids.filter((id) => id !== mention.entityId);
      add(
        { publisherId: mention.entityId, when, cue: cue.text, evidence: sentence, sentence, coReporters },
        `${mention.entityId}@${sentence.start}`,
      );
    }
  }
  return reports;
}

/** The first credit with a member sharing a character with a mention, or null. */
function creditLookup(credits: readonly Credit[]): (mention: Mention) => Span | null {
  const members = credits.flatMap((credit, index) =>
    credit.members.map((m) => ({ start: m.start, end: m.end, index })),
  );
  return (mention) => {
    const first = Math.min(...spansOverlapping(members, mention).map((m) => m.index));
    return credits[first] ?? null;
  };
}

/** A byline or photo credit among the first paragraphs: "Sabine Siebold Reuters", "rtr/taz |", "(Archiv), via dts". */
function bylineOf(ctx: Context, mention: Mention): Span | null {
  // only the first three paragraphs hold bylines
  const paragraph = ctx.paragraphs.slice(0, 3).find((p) => mention.start >= p.start && mention.end <= p.end);
  if (!paragraph) return null;
  const around = (ctx.body[mention.start - 1] ?? '') + (ctx.body[mention.end] ?? '');
  // A short line that is no sentence ("Sabine Siebold Reuters"), or the outlet joined by a slash,
  // bar or parenthesis ("rtr/taz |"); a short first sentence ("The mayor told CNN so.") is no byline.
  const line = ctx.body.slice(paragraph.start, paragraph.end);
  if (!/[()|/]/.test(around) && (line.length > 60 || /[.!?"“”»«:]$/u.test(line))) return null;
  return { start: paragraph.start, end: Math.min(paragraph.end, mention.end + 2) };
}

/**
 * Outlets of one sentence joined only by commas, conjunctions and articles, in text order. A list
 * ends with a conjunction ("X, Y und Z"); "According to Reuters, the BBC will …" is no list.
 */
function coordinated(ctx: Context, joint: RegExp, conjunction: RegExp, mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  const between = (a: Mention, b: Mention): string => ctx.body.slice(a.end, b.start);
  for (const mention of mentions) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    const joined =
      previous !== undefined &&
      mention.start >= previous.end &&
      mention.start - previous.end <= 24 &&
      joint.test(between(previous, mention));
    if (group && joined && sentenceOf(ctx, previous!.start) === sentenceOf(ctx, mention.start)) group.push(mention);
    else groups.push([mention]);
  }
  return groups.flatMap((group) => {
    let end = group.length;
    while (end > 1 && !conjunction.test(between(group[end - 2]!, group[end - 1]!))) end--;
    return [group.slice(0, end), ...group.slice(end).map((m) => [m])];
  });
}
