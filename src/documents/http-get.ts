import { formatSize } from './decode-text.ts';
import { InputError } from './input-error.ts';
import { USER_AGENT } from './user-agent.ts';

export interface HttpGetOptions {
  /** the body is refused past this many bytes (config.maxDocumentBytes for pages) */
  maxBytes: number;
  /** for the whole exchange, body included */
  timeoutMs?: number;
  userAgent?: string;
  /** Accept, If-None-Match, If-Modified-Since … */
  headers?: Record<string, string>;
}

/** What a server answered: the body only for a 2xx status, redirects already followed. */
export interface HttpAnswer {
  /** the address asked for */
  requested: string;
  /** the address that answered, after redirects */
  url: string;
  status: number;
  statusText: string;
  headers: Headers;
  bytes: Buffer;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * One GET with Node's fetch: redirects followed (fetch's limit of 20), the body read up to `maxBytes`
 * and no further (a Content-Length over the limit is refused before reading). Failures to get an answer
 * at all throw InputError naming the address and the reason; any status is returned for the caller to
 * judge (a feed's 304 is not an error).
 */
export async function httpGet(address: string, opts: HttpGetOptions): Promise<HttpAnswer> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(address, {
      redirect: 'follow',
      signal,
      headers: { 'user-agent': opts.userAgent ?? USER_AGENT, ...opts.headers },
    });
    const answer = { requested: address, url: res.url || address, status: res.status, statusText: res.statusText };
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => {});
      return { ...answer, headers: res.headers, bytes: Buffer.alloc(0) };
    }
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (declared > opts.maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw tooLargeAnswer(address, formatSize(declared), opts.maxBytes);
    }
    return { ...answer, headers: res.headers, bytes: await readCapped(address, res, opts.maxBytes) };
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (signal.aborted) throw new InputError(address, `no complete answer within ${timeoutMs / 1000} s`, 'timeout');
    throw new InputError(address, unreachableReason(err), 'unreachable', { cause: err });
  }
}

async function readCapped(address: string, res: Response, maxBytes: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLargeAnswer(address, `more than ${formatSize(maxBytes)}`, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLargeAnswer(address: string, size: string, maxBytes: number): InputError {
  return new InputError(
    address,
    `the answer is ${size}, over the ${formatSize(maxBytes)} limit (QUOTEGRAPH_MAX_DOCUMENT_MB raises it)`,
    'too-large',
  );
}

/** fetch says only "fetch failed"; the cause says why. */
function unreachableReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found (DNS)';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection closed by the server';
  if (
    code.startsWith('CERT_') ||
    code.includes('TLS') ||
    code.includes('SSL') ||
    code === 'DEPTH_ZERO_SELF_SIGNED_CERT'
  )
    return `TLS certificate problem (${code})`;
  const detail = cause?.message ?? (err as Error).message;
  return `cannot fetch (${code ? `${code}: ` : ''}${detail})`;
}

/**
 * An answer with a status that is not 2xx, for a page that was asked for: the status and, on 429 and
 * 503, how long the server asked us to wait (Retry-After).
 */
export class HttpStatusError extends InputError {
  override name = 'HttpStatusError';
  constructor(
    address: string,
    readonly status: number,
    statusText: string,
    readonly retryAfterMs: number | null,
  ) {
    super(address, `HTTP ${status}${statusText ? ` ${statusText}` : ''}`, 'http-status');
  }
}

export function statusError(answer: HttpAnswer, now = Date.now()): HttpStatusError {
  return new HttpStatusError(answer.requested, answer.status, answer.statusText, retryAfterMs(answer.headers, now));
}

/** Retry-After as seconds or as an HTTP date, in milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** "text/html; charset=ISO-8859-1" → { mediaType: "text/html", charset: "iso-8859-1" } */
export function contentType(headers: Headers): { mediaType: string | null; charset: string | null } {
  const value = headers.get('content-type');
  if (!value) return { mediaType: null, charset: null };
  const [type, ...params] = value.split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find((c) => c !== undefined);
  return { mediaType: type!.trim().toLowerCase() || null, charset: charset?.toLowerCase() ?? null };
}
