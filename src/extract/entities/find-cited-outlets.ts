// Media outlets the alias table does not know, recognised by how the text cites them: "nach
// Informationen des Handelsblatts", "wie die „Kieler Rundschau“ berichtete", "the newspaper
// Nordic Times", "in an interview with Baltic Radio". Only cues that name a medium count: "laut X"
// or "according to X" name people and ministries just as often.

import { addMention, newEntity, type Context } from '../context.ts';

// a name in capitals, maybe quoted, maybe ending in a number ("Wisla 24", "Radio 1")
const NAME = "[„“\"»«‚]?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|am|an der|für|of|on|de)){0,3}(?:\\s+\\d{1,3}(?![\\d.,]))?[“”\"«»‘]?";

const CUES: RegExp[] = [
  // "Nach Informationen des Handelsblatts", "nach Informationen von Radio Nord"
  new RegExp(`(?<![\\p{L}])[Nn]ach (?:gemeinsamen )?(?:Informationen|Recherchen) (?:des|der|von|vom) (${NAME})`, 'gu'),
  // "wie die „Kieler Rundschau“ berichtete", "wie das Blatt Nordkurier meldet"
  new RegExp(`(?<![\\p{L}])[Ww]ie (?:die |der |das )?(${NAME}) (?:[\\p{L}\\d.]+ ){0,4}?(?:berichtet|berichtete|berichteten|meldet|meldete|schreibt|schrieb)(?![\\p{L}])`, 'gu'),
  // "der Zeitung „Die Welt“", "dem Sender Radio Nord", "the newspaper Nordic Times", "news agency Baltnews"
  new RegExp(
    `(?<![\\p{L}])(?:Zeitung|Tageszeitung|Wochenzeitung|Zeitschrift|Magazin|Nachrichtenmagazin|Sender|Fernsehsender|Radiosender|Nachrichtenagentur|Nachrichtenportal|Onlineportal|Portal|newspaper|daily|weekly|magazine|broadcaster|news agency|news site|news outlet|radio station|TV channel|television channel) (${NAME})`,
    'gu',
  ),
  // "in an interview with Baltic Radio", "im Interview mit dem Nordkurier", "told the broadcaster X" is above
  new RegExp(`(?<![\\p{L}])(?:in an interview with|im Interview mit|in einem Interview mit|im Gespräch mit) (?:the |dem |der |den )?(${NAME})`, 'gu'),
];

const QUOTE_MARKS = /^[„“"»«‚]|[“”"«»‘]$/gu;
const LEADING_ARTICLE = /^(?:Der|Die|Das|The)\s+(?=\p{Lu})/u;
const NOT_OUTLETS = new Set(['Sprecher', 'Sprecherin', 'Regierung', 'Ministerium', 'Angaben', 'Informationen', 'Reporters', 'Reportern', 'Journalisten', 'Journalists']);

export function findCitedOutlets(ctx: Context): void {
  for (const cue of CUES) {
    for (const m of ctx.body.matchAll(cue)) {
      const raw = m[1]!;
      let start = (m.index ?? 0) + m[0].length - raw.length;
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
      if (ctx.mentions.some((x) => start < x.end && end > x.start)) continue;
      const known = ctx.matcher.lookup(canonical);
      if (known && known.type !== 'MediaOutlet') continue;
      addMention(ctx, known ?? newEntity(ctx, 'MediaOutlet', canonical), { start, end });
    }
  }
}

// "sagte der Zeitung", "told the newspaper": the outlet named last before.
const OUTLET_REFERENCE =
  /(?<![\p{L}])(?:sagte|sagten|erklärte|bestätigte|told|confirmed to|said to)\s+(?:der|dem|the)\s+(Zeitung|Tageszeitung|Blatt|Sender|Agentur|Nachrichtenagentur|Magazin|newspaper|paper|broadcaster|agency|news agency|magazine)(?![\p{L}])/gu;

export function findOutletReferences(ctx: Context): void {
  for (const m of ctx.body.matchAll(OUTLET_REFERENCE)) {
    const start = (m.index ?? 0) + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    const outlet = ctx.mentions.filter((x) => x.type === 'MediaOutlet' && x.end <= start).pop();
    if (!outlet || ctx.mentions.some((x) => start < x.end && end > x.start)) continue;
    addMention(ctx, { id: outlet.entityId, type: 'MediaOutlet', name: ctx.entities.get(outlet.entityId)?.name ?? outlet.text }, { start, end });
  }
}
