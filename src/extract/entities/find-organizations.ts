// Organisations the alias table does not know, recognised by their head noun: "Example Defence
// Forum", "Institute for the Study of War", "Musterinstitut für Sicherheitspolitik",
// "Bundesamt für Verfassungsschutz". The document's own outlet (from the metadata) is a media
// outlet wherever the body names it.

import { addMention, mentionsOverlapping, newEntity, removeMention, type Context } from '../context.ts';
import { keyOf, tokenize, tokenReader } from '../text/tokenize.ts';
import { MONTH_NAME_PATTERN, WEEKDAY_PATTERN } from '../dates/month-names.ts';
import { placesStartingWith } from '../lexicon/gazetteer.ts';

const CAP = "\\p{Lu}[\\p{L}'’-]*";
// Heads of organisation names and company legal forms and trades ("Example Motors Corporation", "Acme Inc").
const EN_HEAD =
  'Forum|Institute|Council|Foundation|Agency|Committee|Ministry|Party|University|Centre|Center|Association|' +
  'Commission|Office|Bureau|Fund|Alliance|Organization|Organisation|Group|Network|Academy|Initiative|' +
  'Division|Brigade|Corps|' +
  'Corporation|Corp|Company|Inc|Ltd|LLC|plc|PLC|Holdings|Industries|Motors|Airlines|Airways|Bank|Court|' +
  'Union|Federation|Confederation|Authority|Board|Service|Services|Department|Police|Assembly|Parliament|' +
  'Senate|Congress|Festival|Orchestra|Opera|Philharmonic|Museum|Society|Trust|League|Club|Church|Hospital|' +
  'School|College';
// Words of a name stand on one line: a line break ends a heading, never joins a name.
const EN_ORG = new RegExp(
  `(?<![\\p{L}])(?:${CAP}[ \\u00A0]+){1,3}(?:${EN_HEAD})(?:[ \\u00A0]+(?:of|for|` +
    `on)[ \\u00A0]+(?!(?:${MONTH_NAME_PATTERN}|${WEEKDAY_PATTERN})(?![\\p{L}]))(?:the[ \\u00A0]+)?${CAP}` +
    `(?:[ \\u00A0]+${CAP}){0,2})?(?![\\p{L}])`,
  'gu',
);
const DE_HEAD =
  'institut|stiftung|ministerium|verband|ausschuss|zentrum|gesellschaft|akademie|universität|partei|' +
  'agentur|kommission|bundesamt|behörde|forum|sicherheitsrat|komitee|gewerkschaft|krankenkasse|gericht|' +
  'verein|festival|orchester|oper|philharmonie|konzern|kammer|bundesgerichtshof|landgericht|amtsgericht|' +
  'philharmoniker|kapelle';
const DE_HEAD_ALONE = DE_HEAD.split('|')
  .map((h) => h[0]!.toUpperCase() + h.slice(1))
  .join('|');
// "Musterinstitut für …", and a head standing alone before its qualifier: "Forum für Europäische Verteidigung".
const DE_ORG = new RegExp(
  `(?<![\\p{L}])(?:\\p{Lu}[\\p{L}-]*(?:${DE_HEAD})|` +
    `\\p{Lu}[\\p{L}]*(?:-\\p{Lu}[\\p{L}]*)*-(?:${DE_HEAD_ALONE})|(?:${DE_HEAD_ALONE}))(?:[ \\u00A0]+(?:für|` +
    `der|des)[ \\u00A0]+${CAP}(?:[ \\u00A0]+${CAP}){0,2})?(?![\\p{L}])`,
  'gu',
);
const ENDS_IN_HEAD = new RegExp(`(?:${DE_HEAD})$`, 'iu');
const IS_HEAD_ALONE = new RegExp(`^(?:${DE_HEAD_ALONE})$`, 'u');
const LEADING = /^(?:The|Die|Der|Das|Ein|Eine|A|An|This|Dessen|Deren|Im|In|Vom|Beim|Zum|Zur)\s+/;
// German names of institutions start with the adjective of their place or region ("Berliner
// Philharmoniker", "Hessisches Kunstministerium") and may end with their city ("Staatskapelle Berlin").
const REGION_ADJECTIVE_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+isch(?:e[nmrs]?)?\s+$/u;
const PLACE_ADJECTIVE_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)er\s+$/u;
const WORD_AFTER = /^\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])/u;
const isPlaceName = (word: string): boolean => placesStartingWith(word).some((p) => p.name === word);

export function findOrganizations(ctx: Context): void {
  for (const re of [EN_ORG, DE_ORG]) {
    for (const m of ctx.body.matchAll(re)) {
      let text = m[0];
      let start = m.index ?? 0;
      const lead = LEADING.exec(text);
      if (lead) {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      const span =
        re === DE_ORG ? withPlace(ctx, { start, end: start + text.length }) : { start, end: start + text.length };
      text = ctx.body.slice(span.start, span.end);
      // A single word with a common head ("Forum") is no name; a known entity inside wins.
      if (!/\s|-/.test(text) && (!ENDS_IN_HEAD.test(text) || IS_HEAD_ALONE.test(text))) continue;
      if (
        new RegExp(
          '^(?:Verteidigungsministerium|Außenministerium|Ministerium|Bundesministerium|Institut|Zentrum|' +
            'Agentur|Nachrichtenagentur|Presseagentur)$',
          'u',
        ).test(text)
      )
        continue;
      const inside = mentionsOverlapping(ctx, span);
      // the city a name ends with was taken for a place on its own: the name holds it
      if (inside.some((m) => m.type !== 'Place' || m.start < span.start || m.end > span.end)) continue;
      for (const m of inside) removeMention(ctx, m);
      addMention(ctx, newEntity(ctx, 'Organization', text), span);
    }
  }
}

/** A German institution's name with the adjective of its place before it and its city after it. */
function withPlace(ctx: Context, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  const before = ctx.body.slice(Math.max(0, start - 30), start);
  const adjective = REGION_ADJECTIVE_BEFORE.exec(before) ?? PLACE_ADJECTIVE_BEFORE.exec(before);
  if (adjective && (adjective[1] === undefined || isPlaceName(adjective[1]))) start -= adjective[0].length;
  const city = WORD_AFTER.exec(ctx.body.slice(end, end + 40));
  if (city && !/\s/.test(ctx.body.slice(span.start, span.end)) && isPlaceName(city[1]!)) end += city[0].length;
  return { start, end };
}

/** "taz (rtr/taz)" -> "taz"; the outlet becomes an entity wherever the body names it. */
export function findOwnOutlet(ctx: Context, outlet: string | null): void {
  const name = outlet?.replace(/\s*\(.*\)\s*$/, '').trim();
  if (!name || name.length < 2) return;
  const known = ctx.matcher.lookup(name);
  const entity = known ?? newEntity(ctx, 'MediaOutlet', name);
  // The publisher is an entity of the document even when the body never names it.
  if (!ctx.entities.has(entity.id))
    ctx.entities.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, aliases: [], mentions: [] });
  // the name's tokens one by one against the body's (no token holds a space, so keys match part by part)
  const parts = tokenize(name).map(keyOf);
  const width = parts.length;
  const tokens = tokenReader(ctx.body);
  for (let i = 0; width > 0 && tokens.at(i + width - 1); i++) {
    tokens.release(i);
    if (!parts.every((part, k) => keyOf(tokens.at(i + k)!) === part)) continue;
    const span = { start: tokens.at(i)!.start, end: tokens.at(i + width - 1)!.end };
    if (mentionsOverlapping(ctx, span).length > 0) continue;
    addMention(ctx, entity, span);
  }
}
