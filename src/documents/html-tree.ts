import { decodeEntities } from './html-entities.ts';

export interface HtmlElement {
  tag: string;
  attrs: Map<string, string>;
  children: HtmlNode[];
}
/** Text nodes are plain strings with character references already decoded. */
export type HtmlNode = HtmlElement | string;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
]);
/** Their content is not markup: read up to the matching end tag. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
]);
/** Opening one of these ends an open <p>, as in a browser (authors rarely write </p>). */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
/** Elements that end an open sibling of the same kind, up to their container. */
const SELF_CLOSING_SIBLINGS: Record<string, Set<string>> = {
  li: new Set(['ul', 'ol']),
  dt: new Set(['dl']),
  dd: new Set(['dl']),
  tr: new Set(['table', 'tbody', 'thead', 'tfoot']),
  td: new Set(['tr', 'table']),
  th: new Set(['tr', 'table']),
  option: new Set(['select', 'datalist']),
};

const TAG_NAME = /[A-Za-z][^\s/>]*/y;
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/**
 * A forgiving HTML reader: enough of the HTML5 tree rules (void elements, raw-text elements,
 * implied </p> and </li>, stray end tags ignored) to find an article's text in real pages.
 * Not a validator; it never throws.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  const current = () => stack[stack.length - 1]!;
  let pos = 0;

  const closeTo = (index: number) => {
    stack.length = Math.max(1, index);
  };

  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      current().children.push(decodeEntities(html.slice(pos)));
      break;
    }
    if (lt > pos) current().children.push(decodeEntities(html.slice(pos, lt)));
    pos = lt;

    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4);
      pos = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', pos) || html.startsWith('<?', pos)) {
      const end = html.indexOf('>', pos);
      pos = end === -1 ? html.length : end + 1;
      continue;
    }
    if (html.startsWith('</', pos)) {
      TAG_NAME.lastIndex = pos + 2;
      const name = TAG_NAME.exec(html);
      const end = html.indexOf('>', pos);
      pos = end === -1 ? html.length : end + 1;
      if (!name) continue;
      const tag = name[0].toLowerCase();
      if (tag === 'br') {
        current().children.push({ tag: 'br', attrs: new Map(), children: [] });
        continue;
      }
      const index = lastIndexOfTag(stack, tag);
      if (index > 0) closeTo(index);
      continue;
    }

    TAG_NAME.lastIndex = pos + 1;
    const name = TAG_NAME.exec(html);
    if (!name) {
      // A bare "<" in text ("a < b").
      current().children.push('<');
      pos++;
      continue;
    }
    const tag = name[0].toLowerCase();
    const { attrs, end, selfClosing } = readAttributes(html, pos + 1 + name[0].length);
    pos = end;

    if (CLOSES_P.has(tag) && current().tag === 'p') stack.pop();
    const containers = SELF_CLOSING_SIBLINGS[tag];
    if (containers) {
      for (let i = stack.length - 1; i > 0 && !containers.has(stack[i]!.tag); i--) {
        if (stack[i]!.tag === tag) {
          closeTo(i);
          break;
        }
      }
    }

    const element: HtmlElement = { tag, attrs, children: [] };
    current().children.push(element);
    if (RAW_TEXT.has(tag)) {
      const close = new RegExp(`</${tag}[\\s>/]`, 'ig');
      close.lastIndex = pos;
      const m = close.exec(html);
      const text = html.slice(pos, m ? m.index : html.length);
      // title and textarea may contain references; script and style are dropped anyway.
      element.children.push(tag === 'title' || tag === 'textarea' ? decodeEntities(text) : text);
      const gt = m ? html.indexOf('>', m.index) : -1;
      pos = gt === -1 ? html.length : gt + 1;
    } else if (!VOID.has(tag) && !selfClosing) {
      stack.push(element);
    }
  }
  return root;
}

function readAttributes(html: string, from: number): { attrs: Map<string, string>; end: number; selfClosing: boolean } {
  const attrs = new Map<string, string>();
  let pos = from;
  for (;;) {
    while (pos < html.length && /\s/.test(html[pos]!)) pos++;
    if (pos >= html.length) return { attrs, end: pos, selfClosing: false };
    if (html[pos] === '>') return { attrs, end: pos + 1, selfClosing: false };
    if (html.startsWith('/>', pos)) return { attrs, end: pos + 2, selfClosing: true };
    ATTRIBUTE.lastIndex = pos;
    const m = ATTRIBUTE.exec(html);
    if (!m || m[0].length === 0) {
      pos++;
      continue;
    }
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    pos += m[0].length;
  }
}

function lastIndexOfTag(stack: HtmlElement[], tag: string): number {
  for (let i = stack.length - 1; i > 0; i--) if (stack[i]!.tag === tag) return i;
  return -1;
}

/** Depth-first walk over elements; `visit` returning false skips the element's subtree. */
export function walk(node: HtmlElement, visit: (el: HtmlElement) => unknown): void {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (visit(child) === false) continue;
    walk(child, visit);
  }
}

/** Text content with whitespace collapsed, for titles and attribute-like uses. */
export function textContent(node: HtmlNode): string {
  const parts: string[] = [];
  const collect = (n: HtmlNode) => {
    if (typeof n === 'string') parts.push(n);
    else n.children.forEach(collect);
  };
  collect(node);
  return collapse(parts.join(''));
}

export const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
