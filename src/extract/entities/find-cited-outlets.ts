// Media outlets beyond the alias table: the outlet lexicon's names and agency credits
// (data/outlets/outlets.json), names a media noun introduces ("the newspaper Nordic Times"), and
// names a report cue of the language pack (lang/<lang>/reports.json) cites: "nach Informationen des
// Handelsblatts", "wie die „Kieler Rundschau“ berichtete", "in an interview with Baltic Radio", "told
// the Daily Example". "laut X" or "according to X" name people and ministries just as often, so after
// a cue an unknown name is an outlet only when it has a media head word (Zeitung, Times, Radio ...)
// or stands in quotation marks.

import {
  addMention,
  mentionsBefore,
  mentionsOverlapping,
  newEntity,
  removeMention,
  sentenceOf,
  type Context,
} from '../context.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import { findCredits } from '../reports/find-credits.ts';
import { defaultOutletLexicon, type OutletLexicon } from '../reports/outlet-lexicon.ts';
import { reportCue } from '../reports/report-cue.ts';
import { reportPack } from '../reports/report-pack.ts';

// a name in capitals, maybe quoted, maybe ending in a number ("Wisla 24", "Radio 1")
const NAME =
  "[„“\"»«‚]?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|am|an der|für|of|on|" +
  'de)){0,3}(?:\\s+\\d{1,3}(?![\\d.,]))?[“”"«»‘]?';

// "der Zeitung „Die Welt“", "dem Sender Radio Nord", "the newspaper Nordic Times", "news agency Baltnews":
// the word before the name says it is a medium, so the name needs no head word of its own.
const APPOSITION = new RegExp(
  '(?<![\\p{L}])(?:Zeitung|Tageszeitung|Wochenzeitung|Zeitschrift|Magazin|Nachrichtenmagazin|Sender|' +
    'Fernsehsender|Radiosender|Nachrichtenagentur|Nachrichtenportal|Onlineportal|Portal|newspaper|daily|' +
    'weekly|magazine|broadcaster|news agency|news site|news outlet|radio station|TV channel|' +
    `television channel) (${NAME})`,
  'gu',
);

const QUOTE_MARKS = /^[„“"»«‚]|[“”"«»‘]$/gu;
const LEADING_ARTICLE = /^(?:Der|Die|Das|The)\s+(?=\p{Lu})/u;
// Capitalised words after a cue that name no outlet; every pack's, as a cue in one language may
// stand in an article of another.
const NOT_OUTLETS: ReadonlySet<string> = new Set(everyLanguagePack().flatMap((p) => p.reports.notOutlets));

export function findCitedOutlets(ctx: Context, lexicon: OutletLexicon = defaultOutletLexicon()): void {
  findLexiconOutlets(ctx, lexicon);
  findCreditCodes(ctx, lexicon);
  findAppositions(ctx);
  findCuedOutlets(ctx, lexicon);
}

/** Outlets a media noun introduces: "der Zeitung „Die Welt“", "the newspaper Nordic Times". */
function findAppositions(ctx: Context): void {
  for (const m of ctx.body.matchAll(APPOSITION)) {
    const raw = m[1]!;
    let start = (m.index ?? 0) + m[0].indexOf(raw);
    let name = raw.replace(QUOTE_MARKS, '');
    start += raw.indexOf(name);
    // A quoted title keeps its article ("„Die Welt“"); an unquoted one starts after it.
    const quoted = name !== raw;
    const article = quoted ? null : LEADING_ARTICLE.exec(name);
    if (article) {
      start += article[0].length;
      name = name.slice(article[0].length);
    }
    // The genitive of "des Handelsblatts", "des Spiegels" is not part of the name.
    const genitive = /(?:des|vom|eines) $/u.test(ctx.body.slice(start - 5, start)) && /[^s]s$/u.test(name);
    // A sentence's full stop is not part of the name; an abbreviation's dots are ("F.A.Z.").
    if (/[^.]\.$/u.test(name) && !/\..*\.$/u.test(name)) name = name.slice(0, -1);
    const end = start + name.length;
    const canonical = genitive ? name.slice(0, -1) : name;
    if (canonical.length < 2 || NOT_OUTLETS.has(canonical)) continue;
    if (mentionsOverlapping(ctx, { start, end }).length > 0) continue;
    const known = ctx.matcher.lookup(canonical);
    if (known && known.type !== 'MediaOutlet') continue;
    addMention(ctx, known ?? newEntity(ctx, 'MediaOutlet', canonical), { start, end });
  }
}

/**
 * Names the lexicon adds to the alias table ("Reuters TV", "Evangelischer Pressedienst"); a longer
 * one replaces the outlet inside it.
 */
function findLexiconOutlets(ctx: Context, lexicon: OutletLexicon): void {
  for (const match of lexicon.matcherBeside(ctx.matcher).match(ctx.body)) {
    const inside = mentionsOverlapping(ctx, match);
    if (inside.some((m) => m.start < match.start || m.end > match.end || m.type !== 'MediaOutlet')) continue;
    for (const m of inside) if (m.end - m.start < match.end - match.start) removeMention(ctx, m);
    if (inside.some((m) => m.start === match.start && m.end === match.end)) continue;
    addMention(ctx, outletEntity(ctx, lexicon, match.entry.id), match);
  }
}

/** Agency codes in credit position ("(epd)", "KYIV (Reuters) -", a closing "dpa/AFP"). */
function findCreditCodes(ctx: Context, lexicon: OutletLexicon): void {
  for (const credit of findCredits(ctx, lexicon)) {
    for (const member of credit.members) {
      if (!member.outlet || mentionsOverlapping(ctx, member).length > 0) continue;
      addMention(ctx, outletEntity(ctx, lexicon, member.outlet.id), member);
    }
  }
}

// A run of capitalised words (with "of", "am", "für" ... inside), or a short title in quotation marks.
const CANDIDATE = new RegExp(
  "(?<![\\p{L}\\d])(?:\\p{Lu}[\\p{L}'’.&-]*(?:\\s(?:\\p{Lu}[\\p{L}'’.&-]*|of|am|für|de|del|della|" +
    "an der)){0,5}|[„“\"»‚]\\p{Lu}[\\p{L}'’.&-]*(?:\\s(?:\\p{Lu}[\\p{L}'’.&-]*|am|für|of|" +
    'an der)){0,3}[“”"«‘])',
  'gu',
);

/**
 * Unknown outlets a report cue names: "told the Daily Example", "sagte er der Kieler Zeitung", "the
 * Daily Example reported".
 */
function findCuedOutlets(ctx: Context, lexicon: OutletLexicon): void {
  const pack = reportPack(ctx.pack);
  for (const m of ctx.body.matchAll(CANDIDATE)) {
    let start = m.index ?? 0;
    let name = m[0];
    const quoted = /^[„“"»‚]/u.test(name);
    if (quoted) {
      start += 1;
      name = name.slice(1, -1);
    } else {
      // "Laut Kieler Zeitung", "The Daily Example": cue words and articles open the run but are not the name.
      const words = name.split(' ');
      let drop = 0;
      // "Nachrichtenagentur Nordpress": the role noun describes the name that follows.
      while (drop < words.length - 1 && (pack.leadingWords.has(words[drop]!) || pack.roleKind.has(words[drop]!)))
        drop++;
      const lead = words.slice(0, drop).join(' ');
      start += lead.length + (drop ? 1 : 0);
      name = words.slice(drop).join(' ');
    }
    // A sentence's full stop is not part of the name ("… mit dem Nordkurier."); an abbreviation's dots are.
    name = name.replace(/(?<=[^.]\p{L})\.$/u, '');
    if (!quoted && !lexicon.hasHeadWord(name)) continue;
    // "der Zeitung", "the paper" alone are role nouns that point back (findOutletReferences), not names.
    if (
      !quoted &&
      !name.includes(' ') &&
      (pack.roleKind.has(name) || pack.roleKind.has(name.toLowerCase()) || lexicon.isHeadWord(name))
    )
      continue;
    const span = { start, end: start + name.length };
    if (name.length < 2 || mentionsOverlapping(ctx, span).length > 0) continue;
    const sentence = sentenceOf(ctx, span.start);
    if (!sentence || !reportCue(ctx, pack, quoted ? { start: span.start - 1, end: span.end + 1 } : span, sentence))
      continue;
    const canonical = pack.nominative(name, ctx.body.slice(Math.max(0, span.start - 6), span.start - (quoted ? 1 : 0)));
    if (NOT_OUTLETS.has(canonical) || !/^\p{Lu}/u.test(canonical)) continue;
    const known = ctx.matcher.lookup(canonical) ?? lexicon.matcherBeside(ctx.matcher).lookup(canonical);
    if (known && known.type !== 'MediaOutlet') continue;
    addMention(ctx, known ? outletEntity(ctx, lexicon, known.id) : newEntity(ctx, 'MediaOutlet', canonical), span);
  }
}

function outletEntity(
  ctx: Context,
  lexicon: OutletLexicon,
  id: string,
): { id: string; type: 'MediaOutlet'; name: string } {
  const name = ctx.matcher.table.byId.get(id)?.name ?? lexicon.byId.get(id)?.name ?? id;
  return { id, type: 'MediaOutlet', name };
}

// "sagte sie der Zeitung", "wie das Magazin berichtete", "the paper reported": a role noun of the
// language pack, with a report cue around it, names the outlet of that kind the article named last
// before. "the newspaper Nordic Times" is an apposition (the name follows), not a reference.
export function findOutletReferences(ctx: Context, lexicon: OutletLexicon = defaultOutletLexicon()): void {
  const pack = reportPack(ctx.pack);
  for (const m of ctx.body.matchAll(pack.roleNoun)) {
    const noun = m[1]!;
    const start = (m.index ?? 0) + m[0].length - noun.length;
    const end = start + noun.length;
    if (/^\s+[„“"»‚]?\p{Lu}/u.test(ctx.body.slice(end, end + 3))) continue;
    if (mentionsOverlapping(ctx, { start, end }).length > 0) continue;
    const kind = pack.roleKind.get(noun) ?? pack.roleKind.get(noun[0]!.toLowerCase() + noun.slice(1)) ?? null;
    const outlet = mentionsBefore(ctx, start).findLast((x) => {
      if (x.type !== 'MediaOutlet') return false;
      const found = lexicon.kindOf(x.entityId, ctx.entities.get(x.entityId)?.name ?? x.text);
      return kind === null || found === null || found === kind;
    });
    const sentence = sentenceOf(ctx, start);
    if (!outlet || !sentence || !reportCue(ctx, pack, { start, end }, sentence)) continue;
    addMention(
      ctx,
      { id: outlet.entityId, type: 'MediaOutlet', name: ctx.entities.get(outlet.entityId)?.name ?? outlet.text },
      { start, end },
    );
  }
}
