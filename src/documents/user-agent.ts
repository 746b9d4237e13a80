import { version } from '../version.ts';

/**
 * What quotegraph calls itself on every request it makes (pages and feeds): its name and version and
 * where a site operator can read what it is, as crawlers are expected to.
 */
export const USER_AGENT = `quotegraph/${version} (+https://github.com/quotegraph/quotegraph)`;
