import { decodeEntities } from '../documents/html-entities.ts';

export interface XmlElement {
  /** as written, prefix included: "item", "dc:date", "atom:link" */
  name: string;
  attrs: Map<string, string>;
  children: XmlNode[];
}
/** Text nodes are strings, character references decoded, CDATA sections as written. */
export type XmlNode = XmlElement | string;

/** Why a text is not well-formed XML, with the line it happens on. */
export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
}

const NAME = /[A-Za-z_:][-\w:.]*/y;
const ATTRIBUTE = /\s*([A-Za-z_:][-\w:.]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/**
 * The document element of an XML text, for reading feeds: elements, attributes, text, CDATA; comments,
 * processing instructions and the doctype skipped (its entities are never expanded). Strict where a
 * wrong guess would misread a feed — end tags must match, attribute values must be quoted, nothing may
 * be left open — and forgiving about HTML entity names (&nbsp;), which feeds use though XML has none.
 */
export function parseXml(xml: string): XmlElement {
  const top: XmlElement = { name: '#document', attrs: new Map(), children: [] };
  const stack: XmlElement[] = [top];
  let root: XmlElement | null = null;
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (at: number, reason: string): never => {
    throw new XmlSyntaxError(`line ${lineOf(xml, at)}: ${reason}`);
  };
  const skipTo = (from: number, end: string, what: string) => {
    const i = xml.indexOf(end, from);
    if (i === -1) fail(from, `${what} is never closed`);
    return i + end.length;
  };
  const addText = (text: string, at: number) => {
    if (stack.length > 1) stack[stack.length - 1]!.children.push(text);
    else if (text.trim() !== '') fail(at, 'text outside the document element');
  };

  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1) {
      addText(decodeEntities(xml.slice(pos)), pos);
      break;
    }
    if (lt > pos) addText(decodeEntities(xml.slice(pos, lt)), pos);
    pos = lt;
    if (xml.startsWith('<!--', pos)) pos = skipTo(pos + 4, '-->', 'a comment');
    else if (xml.startsWith('<![CDATA[', pos)) {
      const end = skipTo(pos + 9, ']]>', 'a CDATA section');
      addText(xml.slice(pos + 9, end - 3), pos);
      pos = end;
    } else if (xml.startsWith('<?', pos)) pos = skipTo(pos + 2, '?>', 'a processing instruction');
    else if (xml.startsWith('<!', pos)) pos = skipDoctype(xml, pos, fail);
    else if (xml.startsWith('</', pos)) {
      NAME.lastIndex = pos + 2;
      const name = NAME.exec(xml)?.[0];
      const gt = xml.indexOf('>', pos);
      if (!name || gt === -1 || xml.slice(NAME.lastIndex, gt).trim() !== '') fail(pos, 'a malformed end tag');
      const open = stack[stack.length - 1]!;
      if (open.name !== name)
        fail(pos, stack.length > 1 ? `</${name}> where </${open.name}> was expected` : `</${name}> closes nothing`);
      stack.pop();
      pos = gt + 1;
    } else {
      NAME.lastIndex = pos + 1;
      const name = NAME.exec(xml)?.[0];
      if (!name) fail(pos, 'a "<" that starts no tag (write &lt; in text)');
      const { attrs, end, selfClosing } = readAttributes(xml, NAME.lastIndex, fail);
      const element: XmlElement = { name: name!, attrs, children: [] };
      if (stack.length === 1) {
        if (root) fail(pos, `a second document element <${name}>`);
        root = element;
      }
      stack[stack.length - 1]!.children.push(element);
      if (!selfClosing) stack.push(element);
      pos = end;
    }
  }
  if (stack.length > 1) fail(xml.length, `the text ends inside <${stack[stack.length - 1]!.name}>`);
  if (!root) fail(xml.length, 'no XML element at all');
  return root!;
}

function readAttributes(
  xml: string,
  from: number,
  fail: (at: number, reason: string) => never,
): { attrs: Map<string, string>; end: number; selfClosing: boolean } {
  const attrs = new Map<string, string>();
  let pos = from;
  for (;;) {
    while (pos < xml.length && /\s/.test(xml[pos]!)) pos++;
    if (xml[pos] === '>') return { attrs, end: pos + 1, selfClosing: false };
    if (xml.startsWith('/>', pos)) return { attrs, end: pos + 2, selfClosing: true };
    ATTRIBUTE.lastIndex = pos;
    const m = ATTRIBUTE.exec(xml);
    if (!m)
      return fail(pos, pos >= xml.length ? 'the text ends inside a tag' : 'a malformed attribute (quote its value)');
    attrs.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? ''));
    pos = ATTRIBUTE.lastIndex;
  }
}

/** <!DOCTYPE rss [ … ]>: skipped whole, internal subset included. */
function skipDoctype(xml: string, from: number, fail: (at: number, reason: string) => never): number {
  let depth = 0;
  for (let i = from + 2; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return fail(from, 'a declaration is never closed');
}

function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The part of a name after its prefix: "dc:date" → "date". */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export const childElements = (el: XmlElement): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string');

/** All text inside an element, trimmed. */
export function xmlText(el: XmlElement): string {
  const parts: string[] = [];
  const collect = (n: XmlNode) => (typeof n === 'string' ? parts.push(n) : n.children.forEach(collect));
  collect(el);
  return parts.join('').trim();
}
