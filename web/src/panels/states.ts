import { ApiError } from '../api.ts';
import { h } from '../dom.ts';

// The three notes every panel shows in place of its content: loading, empty, failed (with a retry).

const HINTS: Record<string, string> = {
  DATABASE_UNAVAILABLE: 'The database is not answering. It may be starting; try again in a moment.',
  NETWORK: 'The quotegraph server did not answer. Is it still running?',
  QUERY_TOO_COMPLEX: 'The request was too large. Narrow the date range or choose fewer entities.',
  QUERY_TOO_LARGE:
    'The database stopped the request: it needed too much memory. Narrow the date range or choose fewer entities.',
  OVERLOADED: 'The server is busy. Try again in a few seconds.',
  BAD_USER_INPUT: 'Check the dates and the chosen entities.',
};

export function errorBox(what: string, err: unknown, retry: () => void): HTMLElement {
  const code = err instanceof ApiError ? err.code : 'INTERNAL_SERVER_ERROR';
  return h(
    'div',
    { class: 'state error', role: 'alert' },
    h('strong', {}, `Could not load ${what}.`),
    h('span', {}, ` ${HINTS[code] ?? (err as Error).message}`),
    h('code', {}, code),
    h('button', { type: 'button', class: 'text-btn', onclick: retry }, 'Try again'),
  );
}

export function loading(what: string): HTMLElement {
  return h('div', { class: 'state loading' }, `Loading ${what}…`);
}

export function empty(text: string, ...extra: (Node | string)[]): HTMLElement {
  return h('div', { class: 'state empty' }, h('p', {}, text), ...extra);
}
