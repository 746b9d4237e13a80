import { toCalendarDate } from './calendar-date.ts';
import { InputError } from './input-error.ts';
import { collapse, parseHtml, textContent, walk, type HtmlElement, type HtmlNode } from './html-tree.ts';
import { emptyFileMeta, type FileMeta } from './metadata.ts';

/**
 * Page chrome and non-prose. figure/figcaption go too: captions are photo credits
 * ("Foto: dpa"), not article sentences, and they break up the paragraph they sit in.
 */
const DROP = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'script',
  'style',
  'form',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'textarea',
  'input',
  'label',
  'dialog',
  'figure',
  'figcaption',
  'picture',
  'img',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
]);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu']);

/** Elements that start a new paragraph (a blank line in the body). */
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
]);

export interface HtmlReadResult {
  meta: FileMeta;
  body: string;
}

/**
 * Article text and metadata from an HTML page. Offsets later point into the text produced here,
 * so the rendering is deterministic: paragraphs joined by one blank line, <br> a single line
 * break, whitespace inside a paragraph collapsed to one space (non-breaking spaces included,
 * because date and name patterns downstream expect plain spaces).
 */
export function readHtml(file: string, html: string): HtmlReadResult {
  const root = parseHtml(html);
  const content = chooseContentRoot(root);
  const body = renderText(content);
  if (body === '') throw new InputError(file, 'no article text found in the HTML', 'no-text');
  return { meta: readHtmlMeta(file, root, content), body };
}

const isDropped = (el: HtmlElement) =>
  DROP.has(el.tag) ||
  el.attrs.has('hidden') ||
  el.attrs.get('aria-hidden') === 'true' ||
  CHROME_ROLES.has(el.attrs.get('role') ?? '');

/**
 * The article: the longest <article> (pages list teasers as small <article>s too), else <main>
 * or role=main, else <body>.
 */
function chooseContentRoot(root: HtmlElement): HtmlElement {
  const articles: HtmlElement[] = [];
  let main: HtmlElement | null = null;
  let body: HtmlElement | null = null;
  walk(root, (el) => {
    if (el.tag === 'body') body ??= el;
    if (isDropped(el)) return false;
    if (el.tag === 'article') articles.push(el);
    if (el.tag === 'main' || el.attrs.get('role') === 'main') main ??= el;
  });
  if (articles.length > 0) {
    return articles.map((a) => ({ a, n: renderText(a).length })).reduce((x, y) => (y.n > x.n ? y : x)).a;
  }
  return main ?? body ?? root;
}

function renderText(node: HtmlElement): string {
  // Parts, not one growing string: trimming the tail of a megabyte string per paragraph is quadratic.
  const parts: string[] = [];
  const lastChar = () => parts[parts.length - 1]?.slice(-1) ?? '';
  /** line breaks owed before the next text: 0, 1 (<br>) or 2 (paragraph) */
  let pending = 0;

  const emitText = (raw: string, pre: boolean) => {
    let s = pre ? raw.replace(/\u00a0/g, ' ') : raw.replace(/[\s\u00a0]+/g, ' ');
    const atLineStart = parts.length === 0 || pending > 0 || lastChar() === '\n';
    if (atLineStart && !pre) s = s.replace(/^ /, '');
    if (s === '') return;
    if (parts.length > 0 && pending > 0) {
      while (parts.length > 0 && lastChar() === ' ') {
        const trimmed = parts.pop()!.replace(/ +$/, '');
        if (trimmed !== '') parts.push(trimmed);
      }
      parts.push('\n'.repeat(pending));
    }
    pending = 0;
    if (s.startsWith(' ') && lastChar() === ' ') s = s.slice(1);
    if (s !== '') parts.push(s);
  };
  const visit = (n: HtmlNode, pre: boolean) => {
    if (typeof n === 'string') return emitText(n, pre);
    if (isDropped(n)) return;
    if (n.tag === 'br') {
      if (parts.length > 0) pending = Math.min(2, pending + 1);
      return;
    }
    const block = BLOCK.has(n.tag);
    if (block) pending = 2;
    // Table cells sit on one line; a space keeps their words apart.
    if (n.tag === 'td' || n.tag === 'th') emitText(' ', false);
    const inPre = pre || n.tag === 'pre';
    for (const c of n.children) visit(c, inPre);
    if (block) pending = 2;
  };
  visit(node, false);
  return parts
    .join('')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

function readHtmlMeta(file: string, root: HtmlElement, content: HtmlElement): FileMeta {
  const meta = emptyFileMeta();
  const metaTags = new Map<string, string>();
  let pageTitle: string | null = null;
  let canonical: string | null = null;
  let firstH1: string | null = null;
  let lang: string | null = null;

  const collectMeta = (el: HtmlElement) => {
    if (el.tag === 'html') lang ??= el.attrs.get('lang') ?? null;
    if (el.tag === 'title') pageTitle ??= textContent(el) || null;
    if (el.tag === 'meta') {
      const key = (el.attrs.get('property') ?? el.attrs.get('name') ?? el.attrs.get('itemprop') ?? '').toLowerCase();
      const value = el.attrs.get('content');
      if (key && value && !metaTags.has(key)) metaTags.set(key, collapse(value));
    }
    if (el.tag === 'link' && (el.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      canonical ??= el.attrs.get('href')?.trim() || null;
    }
    if (el.tag === 'h1') firstH1 ??= textContent(el) || null;
  };
  // <html> itself is a child of the synthetic root.
  walk(root, (el) => void collectMeta(el));

  let contentH1: string | null = null;
  const times: HtmlElement[] = [];
  walk(content, (el) => {
    if (el.tag === 'h1') contentH1 ??= textContent(el) || null;
    if (el.tag === 'time' && el.attrs.has('datetime')) times.push(el);
  });
  // Search the whole page for <time> too: the dateline often sits in a dropped <header>.
  walk(root, (el) => {
    if (el.tag === 'time' && el.attrs.has('datetime') && !times.includes(el)) times.push(el);
  });

  // og:title is the headline without the " | Site" suffix <title> usually carries.
  meta.title = metaTags.get('og:title') ?? contentH1 ?? pageTitle ?? firstH1;
  meta.url = canonical ?? metaTags.get('og:url') ?? null;
  meta.outlet = metaTags.get('og:site_name') ?? null;
  meta.lang = htmlLang(lang);

  const published = [
    metaTags.get('article:published_time'),
    metaTags.get('datepublished'),
    metaTags.get('date'),
    metaTags.get('dc.date'),
    ...prioritiseTimes(times).map((t) => t.attrs.get('datetime')),
  ];
  meta.publishedAt = firstDate(file, published);
  return meta;
}

/** <time pubdate> or itemprop=datePublished marks the publication; other <time>s are fallbacks. */
function prioritiseTimes(times: HtmlElement[]): HtmlElement[] {
  const marked = (t: HtmlElement) => t.attrs.has('pubdate') || t.attrs.get('itemprop') === 'datePublished';
  return [...times.filter(marked), ...times.filter((t) => !marked(t))];
}

/**
 * Page metadata is machine-written: a value that is not a date at all (a <time> holding "PT2M")
 * is skipped, but a well-formed impossible date (2026-02-30) means broken data and fails the file.
 */
function firstDate(file: string, candidates: (string | undefined)[]): string | null {
  for (const c of candidates) {
    if (!c) continue;
    const r = toCalendarDate(c);
    if ('date' in r) return r.date;
    if (r.problem === 'impossible') throw new InputError(file, `publication date ${r.reason}`, 'bad-date');
  }
  return null;
}

/** Unlike front matter, a malformed lang attribute is ignored: pages carry junk like lang="". */
function htmlLang(value: string | null): string | null {
  const m = value ? /^([A-Za-z]{2,3})(?:[-_]|$)/.exec(value.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}
