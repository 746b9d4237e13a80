import { fetchPageAtGate } from './fetch-page-at-gate.ts';
import type { HostGate } from './host-gate.ts';
import { InputError } from './input-error.ts';
import { readInput, type InputFile } from './read-input.ts';
import type { ReadSourceOptions } from './read-source.ts';
import { isWebAddress } from './web-address.ts';

/** Pages fetched ahead of the one being read: each at most maxBytes, so this bounds the memory they take. */
export const PAGES_AHEAD = 8;

export interface PoliteReadOptions extends ReadSourceOptions {
  gate: HostGate;
  /** settles at Ctrl-C / SIGTERM: no host is waited for after it */
  stopped: Promise<unknown>;
  ahead?: number;
}

/**
 * readSource for `ingest` of many addresses, polite as `watch` is (the gate: one request at a time per
 * host, the delay between them, Retry-After). The names are read in their order, and while one is read
 * the next `ahead` addresses are fetched too, so one host's delay holds back only its own pages. A page
 * answering 429 or 503 is asked again once when its host opens, if that is within MAX_PAGE_WAIT_MS;
 * otherwise it fails, and so do the host's further pages, unasked, naming when the host opens.
 */
export function readSourcesPolitely(
  names: readonly string[],
  opts: PoliteReadOptions,
): (name: string) => Promise<InputFile> {
  const { gate, stopped, ahead = PAGES_AHEAD, ...fetchOpts } = opts;
  const addresses = names.filter(isWebAddress);
  const fetching = new Map<string, Promise<InputFile>[]>();
  const fetch = (address: string) => fetchPolitely(address, gate, { ...fetchOpts, stopped });
  let started = 0;
  let asked = 0;
  return (name) => {
    if (!isWebAddress(name)) return readInput(name, fetchOpts.maxBytes);
    asked++;
    for (; started < Math.min(asked + ahead, addresses.length); started++) {
      const address = addresses[started]!;
      const page = fetch(address);
      // read later, or never when the run stops first: its failure is reported when it is read
      page.catch(() => {});
      fetching.set(address, [...(fetching.get(address) ?? []), page]);
    }
    return fetching.get(name)?.shift() ?? fetch(name);
  };
}

async function fetchPolitely(
  address: string,
  gate: HostGate,
  opts: ReadSourceOptions & { stopped: Promise<unknown> },
): Promise<InputFile> {
  let answered: string | null = null;
  for (;;) {
    const got = await fetchPageAtGate(address, gate, opts);
    if ('page' in got) return got.page;
    if ('stopped' in got)
      throw new InputError(address, 'not fetched: stopped while waiting for its host', 'host-waiting');
    // a 429 or 503: asked once more when the host opens, which the gate waits out up to MAX_PAGE_WAIT_MS
    if (got.asked && answered === null) {
      answered = got.later;
      continue;
    }
    const reason = got.asked ? got.later : (answered ?? `not asked: ${got.later}`);
    throw new InputError(address, `${reason} until ${new Date(gate.openAt(address)).toISOString()}`, 'host-waiting');
  }
}
