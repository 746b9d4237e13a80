import { execute, isAbort } from './api.ts';
import { h, clear } from './dom.ts';
import type { DashboardSearchQuery } from './gql/graphql';
import { KIND_COLORS, KIND_LABELS } from './network.ts';
import { SearchQuery } from './queries.ts';

type Hit = DashboardSearchQuery['search'][number];

export interface SearchCallbacks {
  onEntity(id: string): void;
  /** a quote or claim: open the article it was found in */
  onFact(fact: { id: string; speakerId: string | null; documentId: string | null }): void;
  /** a document stored without extraction (no rules for its language): open it in the reader */
  onDocument(id: string): void;
}

/**
 * A combobox over search(): entities, quotes and documents not extracted as you type. ArrowUp/ArrowDown
 * move, Enter picks, Escape closes; the input keeps focus throughout (aria-activedescendant).
 */
export function mountSearch(root: HTMLElement, cb: SearchCallbacks): { focus(): void } {
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    placeholder: 'Search people, organizations, quotes, articles…',
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-autocomplete': 'list',
    'aria-label': 'Search entities, quotes and articles',
  });
  const list = h('ul', {
    id: 'search-results',
    role: 'listbox',
    class: 'search-results',
    hidden: true,
    'aria-label': 'Search results',
  });
  root.append(h('span', { class: 'search-icon', 'aria-hidden': 'true' }, '⌕'), input, list);

  let options: { el: HTMLLIElement; pick: () => void }[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i: number) => {
    for (const [j, o] of options.entries()) o.el.setAttribute('aria-selected', String(i === j));
    active = i;
    const o = options[i];
    if (o) {
      input.setAttribute('aria-activedescendant', o.el.id);
      o.el.scrollIntoView({ block: 'nearest' });
    }
  };
  const open = (items: HTMLLIElement[]) => {
    clear(list, ...items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const run = async (text: string) => {
    controller?.abort();
    if (!text.trim()) return close();
    controller = new AbortController();
    try {
      const data = await execute(SearchQuery, { query: text }, controller.signal);
      render(text, data.search);
    } catch (err) {
      if (isAbort(err)) return;
      options = [];
      open([h('li', { class: 'search-note error', role: 'presentation' }, `Search failed: ${(err as Error).message}`)]);
    }
  };

  const render = (text: string, hits: readonly Hit[]) => {
    options = [];
    const entities = hits.filter((x) => x.entity);
    const facts = hits.filter((x) => x.quote || x.claim);
    const documents = hits.filter((x) => x.document);
    const items: HTMLLIElement[] = [];
    // data-id: what the option stands for (an entity, a quote, a claim or a document), as the page and its tests
    // see it
    const option = (id: string, content: Node[], pick: () => void): HTMLLIElement => {
      const i = options.length;
      const el = h(
        'li',
        { id: `search-opt-${i}`, role: 'option', class: 'search-option', 'aria-selected': 'false', 'data-id': id },
        ...content,
      );
      el.addEventListener('mousedown', (e) => e.preventDefault());
      el.addEventListener('click', () => choose(i));
      options.push({ el, pick });
      return el;
    };
    if (entities.length)
      items.push(h('li', { class: 'search-group', role: 'presentation' }, 'People, organizations, places'));
    for (const hit of entities) {
      const e = hit.entity!;
      items.push(
        option(
          e.id,
          [
            h('i', { class: 'dot', style: `background:${KIND_COLORS[e.kind]}` }),
            h('span', { class: 'opt-main' }, e.name),
            h('span', { class: 'opt-kind' }, KIND_LABELS[e.kind]),
          ],
          () => cb.onEntity(e.id),
        ),
      );
    }
    if (facts.length)
      items.push(h('li', { class: 'search-group', role: 'presentation' }, 'Quotes and reported speech'));
    for (const hit of facts) {
      const f = hit.quote ?? hit.claim!;
      const src = f.sources[0]?.document;
      items.push(
        option(
          f.id,
          [
            h('span', { class: 'opt-quote' }, hit.quote ? `“${f.text}”` : f.text),
            h('span', { class: 'opt-sub' }, [f.speaker?.name, src?.outlet ?? src?.title].filter(Boolean).join(' · ')),
          ],
          () => cb.onFact({ id: f.id, speakerId: f.speaker?.id ?? null, documentId: src?.id ?? null }),
        ),
      );
    }
    if (documents.length)
      items.push(h('li', { class: 'search-group', role: 'presentation' }, 'Articles stored, not extracted'));
    for (const hit of documents) {
      const d = hit.document!;
      const content: Node[] = [
        h('span', { class: 'opt-doc' }, d.title ?? 'Untitled article'),
        h('span', { class: 'opt-sub' }, [d.outlet, d.lang?.toUpperCase()].filter(Boolean).join(' · ')),
      ];
      // its text is stored and found, but nothing in it was read: say so before it is opened
      if (!d.extracted) content.push(h('span', { class: 'opt-flag', title: d.notExtractedReason }, 'not extracted'));
      items.push(option(d.id, content, () => cb.onDocument(d.id)));
    }
    if (!options.length)
      items.push(h('li', { class: 'search-note', role: 'presentation' }, `Nothing matches “${text}”.`));
    open(items);
    if (options.length) setActive(0);
  };

  const choose = (i: number) => {
    const o = options[i];
    if (!o) return;
    close();
    input.value = '';
    o.pick();
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 180);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden && input.value.trim()) return void run(input.value);
      if (!options.length) return;
      const d = e.key === 'ArrowDown' ? 1 : -1;
      setActive((active + d + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && options.length) choose(Math.max(0, active));
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 120));
  document.addEventListener('keydown', (e) => {
    // "/" focuses the search, as on most research tools
    if (e.key === '/' && !(e.target instanceof HTMLInputElement) && !(e.target instanceof HTMLTextAreaElement)) {
      e.preventDefault();
      input.focus();
    }
  });
  return { focus: () => input.focus() };
}
