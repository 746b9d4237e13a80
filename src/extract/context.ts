// The state one extraction run builds up, stage by stage: each stage reads what earlier stages
// found (sentences, quotes, mentions, roles, dates) and adds its own results.

import type { AliasEntry } from './aliases/alias-table.ts';
import type { AliasMatcher } from './aliases/alias-matcher.ts';
import type { Ymd } from './dates/calendar.ts';
import { entityIdFor } from './ids.ts';
import type { LanguagePack } from './lang/language-pack.ts';
import { MentionIndex } from './mention-index.ts';
import { indexOfSpanAt, spanAt, spansWithin } from './text/span-lookup.ts';
import type { Diagnostic, EntityType, ExtractedDate, ExtractedEntity, Span } from './types.ts';

export interface Mention extends Span {
  entityId: string;
  type: EntityType;
  text: string;
}

export interface RoleMention extends Span {
  key: string;
  /** the title with its qualifiers as written: "Nato-Botschafter der USA" */
  text: string;
  /** entity ids of the organisations/countries the title names ("der USA" before "Nato-") */
  qualifiers: string[];
  person: string | null;
  /** span covering title and person, the evidence of a HELD_ROLE */
  evidence: Span;
}

export interface Context {
  body: string;
  lang: string;
  /** the word lists of the rules' language (src/extract/lang/<lang>/) */
  pack: LanguagePack;
  published: Ymd | null;
  publishedAt: string | null;
  contentHash: string;
  matcher: AliasMatcher;
  paragraphs: Span[];
  sentences: Span[];
  /** spans (between the marks) of quotes that are speech; set by the quote stage */
  speech: Span[];
  /** every quoted span, speech or not (titles, names) */
  quoted: Span[];
  entities: Map<string, ExtractedEntity>;
  mentions: Mention[];
  roles: RoleMention[];
  dates: ExtractedDate[];
  diagnostics: Diagnostic[];
}

export function sentenceOf(ctx: Context, offset: number): Span | null {
  return spanAt(ctx.sentences, offset);
}

export function paragraphIndexOf(ctx: Context, offset: number): number {
  return indexOfSpanAt(ctx.paragraphs, offset, true);
}

export function insideSpeech(ctx: Context, offset: number): boolean {
  return indexOfSpanAt(ctx.speech, offset) >= 0;
}

const indexes = new WeakMap<Context, MentionIndex<Mention>>();

/** The run's mentions by position; every change to ctx.mentions goes through the functions below. */
function mentionIndex(ctx: Context): MentionIndex<Mention> {
  let index = indexes.get(ctx);
  if (!index) {
    index = new MentionIndex(ctx.mentions);
    indexes.set(ctx, index);
  }
  return index;
}

/** Mentions lying wholly inside a span, in the run's order; only those of the given types if any. */
export function mentionsIn(ctx: Context, span: Span, types?: readonly EntityType[]): Mention[] {
  const inside = mentionIndex(ctx).within(span);
  return types ? inside.filter((m) => types.includes(m.type)) : inside;
}

/** Mentions sharing a character with a span, in the run's order. */
export function mentionsOverlapping(ctx: Context, span: Span): Mention[] {
  return mentionIndex(ctx).overlapping(span);
}

/**
 * How far back (in characters) a title, a description or a pronoun looks for what it refers to:
 * longer than any news article, and it keeps a long transcript's extraction linear in its length.
 */
export const DISCOURSE_WINDOW = 50_000;

/** Mentions ending at or before an offset, within the discourse window, in the run's order. */
export function mentionsBefore(ctx: Context, offset: number): Mention[] {
  return mentionIndex(ctx).within({ start: Math.max(0, offset - DISCOURSE_WINDOW), end: offset });
}

/** Mentions starting at an offset, in the run's order. */
export function mentionsStartingAt(ctx: Context, offset: number): Mention[] {
  return mentionIndex(ctx).startingAt(offset);
}

export function datesIn(ctx: Context, span: Span, outsideQuotes = true): ExtractedDate[] {
  const inside = spansWithin(ctx.dates, span);
  return outsideQuotes ? inside.filter((d) => !insideSpeech(ctx, d.start)) : inside;
}

export function entityName(ctx: Context, id: string): string {
  return ctx.entities.get(id)?.name ?? id;
}

/** The spans in an entity's list of mentions, as keys; rebuilt when the list changed elsewhere. */
const spanKeys = new WeakMap<ExtractedEntity['mentions'], { size: number; keys: Set<string> }>();

/** Adds a span to an entity's list of mentions unless the list holds it already. */
function addSpan(list: ExtractedEntity['mentions'], span: Span, text: string): void {
  let known = spanKeys.get(list);
  if (!known || known.size !== list.length) {
    known = { size: list.length, keys: new Set(list.map((m) => `${m.start}:${m.end}`)) };
    spanKeys.set(list, known);
  }
  const key = `${span.start}:${span.end}`;
  if (known.keys.has(key)) return;
  list.push({ start: span.start, end: span.end, text });
  known.keys.add(key);
  known.size = list.length;
}

/** Records a mention, creating the entity on first sight. */
export function addMention(
  ctx: Context,
  entity: { id: string; type: EntityType; name: string; aliases?: readonly string[] },
  span: Span,
): Mention {
  let record = ctx.entities.get(entity.id);
  if (!record) {
    record = { id: entity.id, name: entity.name, type: entity.type, aliases: [], mentions: [] };
    ctx.entities.set(entity.id, record);
  }
  const text = ctx.body.slice(span.start, span.end);
  addSpan(record.mentions, span, text);
  if (text !== record.name && !record.aliases.includes(text)) record.aliases.push(text);
  const mention: Mention = { entityId: entity.id, type: entity.type, text, start: span.start, end: span.end };
  if (!mentionsStartingAt(ctx, span.start).some((m) => m.entityId === entity.id && m.end === span.end)) {
    ctx.mentions.push(mention);
    mentionIndex(ctx).add(mention);
  }
  return mention;
}

/** Takes a mention back (a longer name replaced it); an entity left without mentions goes too. */
export function removeMention(ctx: Context, mention: Mention): void {
  ctx.mentions.splice(ctx.mentions.indexOf(mention), 1);
  mentionIndex(ctx).remove(mention);
  const entity = ctx.entities.get(mention.entityId);
  if (!entity) return;
  entity.mentions = entity.mentions.filter((m) => m.start !== mention.start || m.end !== mention.end);
  if (entity.mentions.length === 0) ctx.entities.delete(entity.id);
}

export function sortMentions(ctx: Context): void {
  ctx.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  mentionIndex(ctx).renumber(ctx.mentions);
}

/** An entity the alias table does not know, named as the text names it. */
export function newEntity(
  ctx: Context,
  type: EntityType,
  name: string,
): { id: string; type: EntityType; name: string } {
  const id = entityIdFor(type, name);
  const known: AliasEntry | undefined = ctx.matcher.table.byId.get(id);
  return known ? { id, type: known.type, name: known.name } : { id, type, name };
}
