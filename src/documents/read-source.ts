import { fetchPage, type FetchPageOptions } from './fetch-page.ts';
import { readInput, type InputFile } from './read-input.ts';
import { isWebAddress } from './web-address.ts';

export type ReadSourceOptions = Omit<FetchPageOptions, 'fallback'>;

/**
 * A command-line argument's bytes: a web address is fetched (fetchPage), anything else read as a file
 * or standard input (readInput). Only commands the user runs pass this reader to ingestFiles; the API
 * and `npm start` read files alone, so nobody can make the server fetch an address.
 */
export function readSource(opts: ReadSourceOptions): (path: string) => Promise<InputFile> {
  return (path) => (isWebAddress(path) ? fetchPage(path, opts) : readInput(path, opts.maxBytes));
}
