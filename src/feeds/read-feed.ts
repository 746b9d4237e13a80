import { InputError } from '../documents/index.ts';
import { feedDate } from './feed-date.ts';
import { childElements, localName, parseXml, XmlSyntaxError, xmlText, type XmlElement } from './xml-tree.ts';

/** One item of a feed, as far as watching needs it. */
export interface FeedItem {
  /** what identifies the item across polls: RSS guid, Atom id, else its link */
  id: string;
  /** the article's address, absolute */
  url: string;
  title: string | null;
  /** the item's date as a calendar day (pubDate, published, dc:date, else updated) */
  publishedAt: string | null;
}

export interface Feed {
  kind: 'rss' | 'atom' | 'rdf';
  title: string | null;
  items: FeedItem[];
  /** items left out because they name no http(s) address to fetch */
  withoutLink: number;
}

/**
 * The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in the feed's order. Links are resolved against
 * the feed's address (and Atom's xml:base). Text that is not well-formed XML, or XML that is not one of
 * these feeds, is an InputError naming the feed and the reason.
 */
export function readFeed(feedUrl: string, xml: string): Feed {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    if (!(err instanceof XmlSyntaxError)) throw err;
    const html = /^\s*(<\?xml[^>]*>\s*)?<!doctype html|^\s*<html[\s>]/i.test(xml);
    const reason = html ? 'an HTML page, not an RSS or Atom feed' : `not a well-formed feed (${err.message})`;
    throw new InputError(feedUrl, reason, 'bad-feed', { cause: err });
  }
  const kind = localName(root.name);
  if (kind === 'rss') {
    const channel = childElements(root).find((c) => c.name === 'channel');
    if (!channel) throw new InputError(feedUrl, 'an RSS feed without a <channel>', 'bad-feed');
    return collect(
      'rss',
      channel,
      childElements(channel).filter((c) => c.name === 'item'),
      (i) => rssItem(feedUrl, i),
    );
  }
  if (kind === 'RDF') {
    const channel = childElements(root).find((c) => localName(c.name) === 'channel') ?? root;
    const items = childElements(root).filter((c) => localName(c.name) === 'item');
    return collect('rdf', channel, items, (i) => rssItem(feedUrl, i));
  }
  if (kind === 'feed') {
    const base = resolve(root.attrs.get('xml:base') ?? '', feedUrl) ?? feedUrl;
    const entries = childElements(root).filter((c) => localName(c.name) === 'entry');
    return collect('atom', root, entries, (e) => atomEntry(base, e));
  }
  throw new InputError(feedUrl, `not an RSS or Atom feed (the document element is <${root.name}>)`, 'bad-feed');
}

function collect(
  kind: Feed['kind'],
  channel: XmlElement,
  elements: XmlElement[],
  read: (el: XmlElement) => FeedItem | null,
): Feed {
  const items: FeedItem[] = [];
  let withoutLink = 0;
  for (const el of elements) {
    const item = read(el);
    if (item) items.push(item);
    else withoutLink++;
  }
  return { kind, title: textOf(channel, 'title'), items, withoutLink };
}

function rssItem(feedUrl: string, item: XmlElement): FeedItem | null {
  const guid = childElements(item).find((c) => c.name === 'guid');
  const guidText = guid ? xmlText(guid) || null : null;
  // an unprefixed <link> only: <atom:link> and friends are not the article
  const link = childElements(item).find((c) => c.name === 'link');
  const permalink = guid && guid.attrs.get('isPermaLink') !== 'false' ? guidText : null;
  const url = resolve((link && xmlText(link)) || item.attrs.get('rdf:about') || permalink || '', feedUrl);
  if (!url) return null;
  return {
    id: guidText ?? url,
    url,
    title: plainTitle(textOf(item, 'title')),
    publishedAt: feedDate(textOf(item, 'pubDate') ?? textOf(item, 'dc:date')),
  };
}

function atomEntry(base: string, entry: XmlElement): FeedItem | null {
  const entryBase = resolve(entry.attrs.get('xml:base') ?? '', base) ?? base;
  const links = childElements(entry).filter((c) => localName(c.name) === 'link' && c.attrs.has('href'));
  const rel = (l: XmlElement) => l.attrs.get('rel') ?? 'alternate';
  const alternates = links.filter((l) => rel(l) === 'alternate');
  const link = alternates.find((l) => /html/.test(l.attrs.get('type') ?? 'text/html')) ?? alternates[0];
  const url = link ? resolve(link.attrs.get('href')!, entryBase) : null;
  if (!url) return null;
  return {
    id: textOf(entry, 'id') ?? url,
    url,
    title: plainTitle(textOf(entry, 'title')),
    publishedAt: feedDate(textOf(entry, 'published') ?? textOf(entry, 'updated')),
  };
}

/** The text of the first child with this name (prefix included) or, unprefixed, this local name. */
function textOf(el: XmlElement, name: string): string | null {
  const child =
    childElements(el).find((c) => c.name === name) ??
    (name.includes(':') ? undefined : childElements(el).find((c) => localName(c.name) === name));
  return child ? xmlText(child) || null : null;
}

/** Titles of type="html" (and RSS titles with escaped markup) carry tags: the words only. */
function plainTitle(title: string | null): string | null {
  return title
    ? title
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim() || null
    : null;
}

/** An absolute http(s) address, or null. */
function resolve(href: string, base: string): string | null {
  if (!href.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
