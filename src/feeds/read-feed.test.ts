import { describe, expect, it } from 'vitest';
import { InputError } from '../documents/index.ts';
import { feedDate } from './feed-date.ts';
import { readFeed } from './read-feed.ts';

// Invented feeds, written for these tests.
const FEED_URL = 'https://news.test.invalid/feeds/main.xml';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the feed -->
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Harbour Gazette</title>
    <atom:link href="https://news.test.invalid/feeds/main.xml" rel="self" type="application/rss+xml"/>
    <item>
      <title>Pier &amp; harbour &lt;b&gt;open&lt;/b&gt;</title>
      <link>https://news.test.invalid/2031/pier</link>
      <guid isPermaLink="false">gazette-1001</guid>
      <pubDate>Sun, 04 May 2031 23:30:00 -0500</pubDate>
    </item>
    <item>
      <title><![CDATA[Tolls <stay> as they are]]></title>
      <link>/2031/tolls</link>
      <dc:date>2031-05-06T08:00:00+02:00</dc:date>
    </item>
    <item>
      <guid>https://news.test.invalid/2031/ferry</guid>
      <title>Ferry&nbsp;times</title>
    </item>
    <item><title>No link at all</title><guid isPermaLink="false">x-9</guid></item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.test.invalid/news/">
  <title type="text">Valley Courier</title>
  <id>urn:uuid:feed-1</id>
  <entry>
    <title type="html">Council &lt;em&gt;votes&lt;/em&gt;</title>
    <id>tag:atom.test.invalid,2031:1</id>
    <link rel="edit" href="/edit/1"/>
    <link rel="alternate" type="text/html" href="council-votes"/>
    <published>2031-06-01T10:00:00Z</published>
    <updated>2031-06-02T10:00:00Z</updated>
  </entry>
  <entry>
    <title>Bridge closed</title>
    <id>tag:atom.test.invalid,2031:2</id>
    <link href="https://atom.test.invalid/news/bridge"/>
    <updated>2031-06-03T09:00:00+01:00</updated>
  </entry>
</feed>`;

function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('readFeed', () => {
  it('when an RSS 2.0 feed is read, then each item has its id, absolute link, plain title and day', () => {
    const feed = readFeed(FEED_URL, RSS);
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('Harbour Gazette');
    expect(feed.items).toEqual([
      {
        id: 'gazette-1001',
        url: 'https://news.test.invalid/2031/pier',
        title: 'Pier & harbour open',
        // the day as written, in the item's own zone
        publishedAt: '2031-05-04',
      },
      {
        id: 'https://news.test.invalid/2031/tolls',
        url: 'https://news.test.invalid/2031/tolls',
        title: 'Tolls as they are',
        publishedAt: '2031-05-06',
      },
      {
        id: 'https://news.test.invalid/2031/ferry',
        url: 'https://news.test.invalid/2031/ferry',
        title: 'Ferry times',
        publishedAt: null,
      },
    ]);
    expect(feed.withoutLink).toBe(1);
  });

  it('when an Atom feed is read, then the alternate link is resolved against xml:base', () => {
    const feed = readFeed(FEED_URL, ATOM);
    expect(feed.kind).toBe('atom');
    expect(feed.title).toBe('Valley Courier');
    expect(feed.items).toEqual([
      {
        id: 'tag:atom.test.invalid,2031:1',
        url: 'https://atom.test.invalid/news/council-votes',
        title: 'Council votes',
        publishedAt: '2031-06-01',
      },
      {
        id: 'tag:atom.test.invalid,2031:2',
        url: 'https://atom.test.invalid/news/bridge',
        title: 'Bridge closed',
        publishedAt: '2031-06-03',
      },
    ]);
  });

  it('when an RSS 1.0 (RDF) feed is read, then its items are found beside the channel', () => {
    const rdf =
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://r.test.invalid/"><title>R</title>' +
      '</channel><item rdf:about="https://r.test.invalid/a"><title>A</title><link>https://r.test.invalid/a</link>' +
      '<dc:date>2031-01-02</dc:date></item></rdf:RDF>';
    expect(readFeed(FEED_URL, rdf)).toEqual({
      kind: 'rdf',
      title: 'R',
      items: [
        { id: 'https://r.test.invalid/a', url: 'https://r.test.invalid/a', title: 'A', publishedAt: '2031-01-02' },
      ],
      withoutLink: 0,
    });
  });

  it('when the XML is malformed, then the error names the feed, the line and what is wrong', () => {
    const cases: [string, string][] = [
      ['<rss><channel><item><title>A</item></channel></rss>', 'line 1: </item> where </title> was expected'],
      ['<rss>\n<channel>\n<item>', 'line 3: the text ends inside <item>'],
      ['<rss><channel><item a=b></item></channel></rss>', 'line 1: a malformed attribute (quote its value)'],
      ['<rss></rss><rss></rss>', 'line 1: a second document element <rss>'],
      ['just words', 'text outside the document element'],
      ['<rss><channel><title>a < b</title></channel></rss>', 'a "<" that starts no tag'],
      ['<rss><!-- open', 'a comment is never closed'],
    ];
    for (const [xml, reason] of cases) {
      const e = failure(() => readFeed(FEED_URL, xml));
      expect(e.code, xml).toBe('bad-feed');
      expect(e.message, xml).toContain(`${FEED_URL}: not a well-formed feed (`);
      expect(e.message, xml).toContain(reason);
    }
  });

  it('when the text is a page or other XML, then the error says it is not a feed', () => {
    const page = failure(() => readFeed(FEED_URL, '<!DOCTYPE html><html><head><meta charset="utf-8"></head></html>'));
    expect(page.message).toBe(`${FEED_URL}: an HTML page, not an RSS or Atom feed`);
    const other = failure(() => readFeed(FEED_URL, '<?xml version="1.0"?><urlset><url/></urlset>'));
    expect(other.message).toBe(`${FEED_URL}: not an RSS or Atom feed (the document element is <urlset>)`);
    expect(failure(() => readFeed(FEED_URL, '<rss version="2.0"/>')).message).toContain('without a <channel>');
  });

  it('when a doctype declares entities, then they are skipped, never expanded', () => {
    const xml =
      '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>' +
      '<rss><channel><title>&b;</title><item><link>https://x.test.invalid/1</link></item></channel></rss>';
    const feed = readFeed(FEED_URL, xml);
    expect(feed.title).toBe('&b;');
    expect(feed.items.map((i) => i.url)).toEqual(['https://x.test.invalid/1']);
  });
});

describe('feedDate', () => {
  it('when a date is RFC 822 or ISO 8601, then it is the day as written; anything else is null', () => {
    expect(feedDate('Tue, 10 Feb 2026 09:00:00 +0000')).toBe('2026-02-10');
    expect(feedDate('3 Mar 26 23:59 EST')).toBe('2026-03-03');
    expect(feedDate('2026-02-15T23:30:00-08:00')).toBe('2026-02-15');
    expect(feedDate('Mon, 30 Feb 2026 09:00:00 GMT')).toBeNull();
    expect(feedDate('yesterday')).toBeNull();
    expect(feedDate(null)).toBeNull();
  });
});
