import type { DocumentFormat } from './document-format.ts';
import { contentType, httpGet, statusError, type HttpGetOptions } from './http-get.ts';
import { InputError } from './input-error.ts';
import type { FileMeta } from './metadata.ts';
import type { InputFile } from './read-input.ts';

/** Media types read as pages or as plain text; anything else is refused naming the type. */
const FORMATS: Record<string, DocumentFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};
const ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8';

export interface FetchPageOptions extends HttpGetOptions {
  /** what a feed said about the item: used where the page says nothing */
  fallback?: Partial<FileMeta>;
}

/**
 * An article page by its address, ready for readDocuments: redirects followed, and the address that
 * answered is the document's url (over the page's canonical link, which sites get wrong: a canonical
 * pointing at the home page would make every article one document). `path` stays the address asked for,
 * so a failure and the document's `source` name what the user typed. A status other than 2xx, a type
 * that is not HTML or plain text, a body over the size limit, no answer in time: an InputError naming
 * the address and the reason, before anything is read or written.
 */
export async function fetchPage(address: string, opts: FetchPageOptions): Promise<InputFile> {
  const answer = await httpGet(address, { ...opts, headers: { accept: ACCEPT, ...opts.headers } });
  if (answer.status < 200 || answer.status > 299) throw statusError(answer);
  const { mediaType, charset } = contentType(answer.headers);
  const format = mediaType ? FORMATS[mediaType] : undefined;
  if (mediaType && !format)
    throw new InputError(
      address,
      `the answer is ${mediaType}, not a page (reads text/html, application/xhtml+xml, text/plain)`,
      'unsupported-content-type',
    );
  const bytes = toUtf8(address, answer.bytes, charset);
  return {
    path: address,
    bytes,
    // no Content-Type at all: a page if it starts with markup, else plain text
    format: format ?? (/^\s*</.test(bytes.subarray(0, 1024).toString('utf8')) ? 'html' : 'text'),
    url: answer.url,
    ...(opts.fallback ? { fallback: opts.fallback } : {}),
  };
}

/** Pages declared in another charset (ISO-8859-1, windows-1252 …) are converted; decodeText reads UTF-8. */
function toUtf8(address: string, bytes: Buffer, charset: string | null): Buffer {
  if (!charset || /^(utf-?8|us-ascii)$/.test(charset)) return bytes;
  let text: string;
  try {
    text = new TextDecoder(charset).decode(bytes);
  } catch {
    throw new InputError(address, `the page is in charset ${charset}, which quotegraph cannot read`, 'not-utf8');
  }
  return Buffer.from(text, 'utf8');
}
