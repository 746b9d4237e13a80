import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from './html-document.ts';
import { InputError } from './input-error.ts';

const fixture = readFileSync(new URL('./fixtures/article.html', import.meta.url), 'utf8');

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('readHtml on a full page', () => {
  const { meta, body } = readHtml('article.html', fixture);

  it('when the page has an <article>, then the body is its prose without chrome, captions or forms', () => {
    expect(body).toBe(
      [
        'The ferry to Gullholm Island sailed again on Wednesday, three days after the storm closed the harbour.',
        '“We are back on the water,” said captain Ines Marlow, who has run the route since 2019. ' +
          '„Endlich“, wrote a passenger – in German.',
        'Timetable:\n08:00 departure\n17:30 return',
        '"Nobody was hurt."',
        '— Ines Marlow, captain',
      ].join('\n\n'),
    );
  });

  it('when og:title, canonical, og:site_name and article:published_time exist, then they fill the metadata', () => {
    expect(meta).toEqual({
      title: 'Harbour ferry returns after storm',
      url: 'https://fixture.invalid/news/ferry',
      outlet: 'The Fixture Tribune',
      // the date as the publisher wrote it, not moved to 22 January by a UTC conversion
      publishedAt: '2026-01-21',
      lang: 'en',
    });
  });
});

describe('readHtml choosing the article text', () => {
  it('when there are several <article>s, then the longest one is the article', () => {
    const { body } = readHtml(
      'x.html',
      page('<article><p>Teaser.</p></article><article><p>The real story, which is longer.</p></article>'),
    );
    expect(body).toBe('The real story, which is longer.');
  });

  it('when there is no <article>, then <main> is used', () => {
    const { body } = readHtml('x.html', page('<nav>Menu</nav><main><p>Main text.</p></main><p>Outside.</p>'));
    expect(body).toBe('Main text.');
  });

  it('when there is neither <article> nor <main>, then <body> minus chrome is used', () => {
    const { body } = readHtml(
      'x.html',
      page('<header>Logo</header><div><p>One.</p><p>Two.</p></div><footer>Imprint</footer>'),
    );
    expect(body).toBe('One.\n\nTwo.');
  });

  it('when the input is a bare fragment, then its text is read', () => {
    expect(readHtml('x.html', '<p>Just a paragraph &amp; more.').body).toBe('Just a paragraph & more.');
  });

  it('when paragraphs are left unclosed, then each still becomes its own paragraph', () => {
    expect(readHtml('x.html', page('<p>One<p>Two<ul><li>a<li>b</ul>')).body).toBe('One\n\nTwo\n\na\n\nb');
  });

  it('when text sits in <pre>, then its line breaks and spaces are kept', () => {
    expect(readHtml('x.html', page('<pre>a  b\n  c</pre>')).body).toBe('a  b\n  c');
  });

  it('when entities appear, then named, decimal, hex and windows-1252 references are decoded', () => {
    const { body } = readHtml(
      'x.html',
      page('<p>&bdquo;Gr&uuml;&szlig;e&ldquo; &#8211; &#x201C;hi&#x201D; &#150; &nbsp;x &unknown; AT&T</p>'),
    );
    expect(body).toBe('„Grüße“ – “hi” – x &unknown; AT&T');
  });

  it('when elements are hidden or marked as navigation, then their text is dropped', () => {
    const { body } = readHtml(
      'x.html',
      page('<p>Kept.</p><div hidden>Hidden.</div><div aria-hidden="true">Icon</div><div role="navigation">Nav</div>'),
    );
    expect(body).toBe('Kept.');
  });

  it('when a script contains markup-like text, then none of it reaches the body', () => {
    const { body } = readHtml(
      'x.html',
      page('<p>A.</p><script>if (a < b) document.write("</p><p>B.")</script><p>C.</p>'),
    );
    expect(body).toBe('A.\n\nC.');
  });

  it('when the page has no text, then it fails naming the file', () => {
    expect(() => readHtml('leer.html', page('<nav>Only a menu</nav>'))).toThrow(InputError);
    expect(() => readHtml('leer.html', page('<nav>Only a menu</nav>'))).toThrow(
      'leer.html: no article text found in the HTML',
    );
  });
});

describe('readHtml metadata fallbacks', () => {
  it('when there is no og:title, then the article <h1> wins over <title>', () => {
    const { meta } = readHtml(
      'x.html',
      page('<article><h1>Headline</h1><p>Text.</p></article>', '<title>Headline | Site</title>'),
    );
    expect(meta.title).toBe('Headline');
  });

  it('when there is only <title>, then it is the title', () => {
    expect(readHtml('x.html', page('<p>Text.</p>', '<title>Page &amp; title</title>')).meta.title).toBe('Page & title');
  });

  it('when there is no canonical link, then og:url is the url', () => {
    expect(
      readHtml('x.html', page('<p>T.</p>', '<meta property="og:url" content="https://fixture.invalid/og">')).meta.url,
    ).toBe('https://fixture.invalid/og');
  });

  it('when there is no published meta tag, then a <time datetime> gives the date, pubdate first', () => {
    const html = page(
      '<article><time datetime="PT2M">2 min</time><p>T.</p><time datetime="2026-01-02">x</time><time ' +
        'pubdate datetime="2026-01-05T10:00">y</time></article>',
    );
    expect(readHtml('x.html', html).meta.publishedAt).toBe('2026-01-05');
  });

  it('when the published date is impossible, then the file fails with a date error', () => {
    const html = page('<p>T.</p>', '<meta property="article:published_time" content="2026-02-30T10:00:00Z">');
    expect(() => readHtml('x.html', html)).toThrow(
      /x\.html: publication date "2026-02-30T10:00:00Z" is not a real date/,
    );
  });

  it('when <html lang> has a region or is junk, then the language is the primary tag or null', () => {
    expect(readHtml('x.html', '<html lang="DE-at"><p>T.</p></html>').meta.lang).toBe('de');
    expect(readHtml('x.html', '<html lang=""><p>T.</p></html>').meta.lang).toBeNull();
  });
});

describe('readHtml on large input', () => {
  it('when a page is near the size limit, then it is read in linear time', () => {
    const html = `<article>${'<p>Ein Satz mit <b>fett</b> &amp; Text. </p>\n'.repeat(60_000)}</article>`;
    expect(readHtml('big.html', html).body.length).toBeGreaterThan(1_000_000);
  }, 20_000); // a quadratic renderer took minutes here
});
