import { fetchPage, type FetchPageOptions } from './fetch-page.ts';
import { DEFAULT_RETRY_AFTER_MS, type HostGate, MAX_PAGE_WAIT_MS } from './host-gate.ts';
import { HttpStatusError } from './http-get.ts';
import type { InputFile } from './read-input.ts';

/**
 * A page fetched, or why not now: `later` when its host asked us to wait longer than MAX_PAGE_WAIT_MS (the
 * page was not asked) or answered 429/503 (`asked`; the host is closed for its Retry-After); `stopped` when
 * a stop ended the wait for the host.
 */
export type GatedPage = { page: InputFile } | { later: string; asked: boolean } | { stopped: true };

/**
 * fetchPage through the gate, as `watch` fetches an item's page and `ingest` an address: after the host's
 * request in flight and the pause after it, never while its Retry-After runs, and a 429 or 503 closes the
 * host for as long as it asks (DEFAULT_RETRY_AFTER_MS when it does not say). Other failures throw as
 * fetchPage's do.
 */
export async function fetchPageAtGate(
  address: string,
  gate: HostGate,
  opts: FetchPageOptions & { stopped: Promise<unknown> },
): Promise<GatedPage> {
  const { stopped, ...fetchOpts } = opts;
  const entered = await gate.enter(address, stopped, MAX_PAGE_WAIT_MS);
  if (entered === 'stopped') return { stopped: true };
  if (entered === 'later') return { later: 'its host asked us to wait', asked: false };
  try {
    return { page: await fetchPage(address, fetchOpts) };
  } catch (err) {
    if (err instanceof HttpStatusError && (err.status === 429 || err.status === 503)) {
      gate.block(address, err.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS);
      return { later: `${err.reason}; its host asked us to wait`, asked: true };
    }
    throw err;
  } finally {
    gate.left(address);
  }
}
