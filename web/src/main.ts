import './styles.css';
import { ApiError, execute, isAbort } from './api.ts';
import { renderActivity } from './activity.ts';
import { dayNumber, formatDate, formatEdtf, isoOf } from './dates.ts';
import { fillDrawer, type Span } from './document-view.ts';
import { h, clear } from './dom.ts';
import type { DashboardEntityQuery, DashboardQuotesQuery, DashboardTimelineQuery, EntityKind } from './gql/graphql';
import { outlets, summary, typeLabel, who, type DetailedItem, type Item, type Source } from './model.ts';
import { InfluenceNetwork, KIND_COLORS, KIND_LABELS, type Influence } from './network.ts';
import { ActivityQuery, DocumentQuery, DocumentSpansQuery, EntityQuery, InfluenceQuery, ItemQuery, QuotesQuery, TimelineQuery } from './queries.ts';
import { mountSearch } from './search.ts';
import { formatState, MAX_ENTITIES, parseState, type AppState } from './state.ts';
import { Timeline, TYPE_COLORS, type TimelineEntry } from './timeline.ts';

type Entity = NonNullable<DashboardEntityQuery['entity']>;
type QuoteNode = DashboardQuotesQuery['quotes']['edges'][number]['node'];
type TimelineData = DashboardTimelineQuery['timeline'];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: AppState = parseState(location.search);
const entityCache = new Map<string, Entity | null>();
const controllers = new Map<string, AbortController>();
let lastTimeline: { entries: TimelineEntry[]; undated: Item[] } = { entries: [], undated: [] };
let lastInfluence: Influence = [];

/** Cancels the previous request of the same panel, so a slow answer never overwrites a newer one. */
function signalFor(panel: string): AbortSignal {
  controllers.get(panel)?.abort();
  const c = new AbortController();
  controllers.set(panel, c);
  return c.signal;
}

function update(patch: Partial<AppState>, mode: 'push' | 'replace' = 'push'): void {
  const prev = state;
  state = { ...state, ...patch };
  const url = formatState(state) || location.pathname;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  apply(prev);
}

window.addEventListener('popstate', () => {
  const prev = state;
  state = parseState(location.search);
  apply(prev, true);
});

function changed(prev: AppState | null, ...keys: (keyof AppState)[]): boolean {
  return !prev || keys.some((k) => JSON.stringify(prev[k]) !== JSON.stringify(state[k]));
}

function apply(prev: AppState | null, fromHistory = false): void {
  syncControls();
  if (changed(prev, 'entities')) void renderChips();
  if (changed(prev, 'entities', 'from', 'to', 'asOf') || (fromHistory && changed(prev, 'view'))) void loadTimeline();
  else if (changed(prev, 'bucket')) void loadActivity();
  if (changed(prev, 'entities', 'from', 'to', 'asOf')) void loadQuotes();
  if (changed(prev, 'from', 'to', 'asOf')) void loadInfluence();
  else if (changed(prev, 'focus')) {
    network.focus(state.focus);
    renderNetworkInfo();
  }
  if (changed(prev, 'doc', 'fact')) void loadDocument();
}

// ---------- controls ----------

const windowForm = $<HTMLFormElement>('window');
function syncControls(): void {
  for (const name of ['from', 'to', 'asOf'] as const) {
    const input = windowForm.elements.namedItem(name) as HTMLInputElement;
    if (input.value !== (state[name] ?? '')) input.value = state[name] ?? '';
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-bucket]')) b.setAttribute('aria-pressed', String(b.dataset.bucket === state.bucket));
}
windowForm.addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  const value = input.value || null;
  const name = input.name as 'from' | 'to' | 'asOf';
  if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
  update({ [name]: value, view: null });
});
$('clear-window').addEventListener('click', () => update({ from: null, to: null, asOf: null, view: null }));
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-bucket]')) {
  b.addEventListener('click', () => update({ bucket: b.dataset.bucket === 'MONTH' ? 'MONTH' : 'WEEK' }, 'replace'));
}
const shareBtn = $<HTMLButtonElement>('share');
shareBtn.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(location.href);
    shareBtn.textContent = 'Link copied';
  } catch {
    shareBtn.textContent = 'Copy the address bar';
  }
  setTimeout(() => (shareBtn.textContent = 'Copy link'), 2000);
});

function addEntity(id: string): void {
  if (state.entities.includes(id)) return;
  update({ entities: [...state.entities, id].slice(-MAX_ENTITIES), view: null });
}

function openFact(fact: string | null, doc: string | null): void {
  if (doc) update({ doc, fact });
}

mountSearch($('search'), {
  onEntity: addEntity,
  onFact: ({ id, speakerId, documentId }) => {
    const entities = speakerId && !state.entities.includes(speakerId) ? [...state.entities, speakerId].slice(-MAX_ENTITIES) : state.entities;
    update({ entities, doc: documentId, fact: id, view: entities === state.entities ? state.view : null });
  },
});

// ---------- shared bits ----------

function errorBox(what: string, err: unknown, retry: () => void): HTMLElement {
  const code = err instanceof ApiError ? err.code : 'INTERNAL_SERVER_ERROR';
  const hint: Record<string, string> = {
    DATABASE_UNAVAILABLE: 'The database is not answering. It may be starting; try again in a moment.',
    NETWORK: 'The quotegraph server did not answer. Is it still running?',
    QUERY_TOO_COMPLEX: 'The request was too large. Narrow the date range or choose fewer entities.',
    QUERY_TOO_LARGE: 'The database stopped the request: it needed too much memory. Narrow the date range or choose fewer entities.',
    BAD_USER_INPUT: 'Check the dates and the chosen entities.',
  };
  return h(
    'div',
    { class: 'state error', role: 'alert' },
    h('strong', {}, `Could not load ${what}.`),
    h('span', {}, ` ${hint[code] ?? (err as Error).message}`),
    h('code', {}, code),
    h('button', { type: 'button', class: 'text-btn', onclick: retry }, 'Try again'),
  );
}

function loading(what: string): HTMLElement {
  return h('div', { class: 'state loading' }, `Loading ${what}…`);
}

function empty(text: string, ...extra: (Node | string)[]): HTMLElement {
  return h('div', { class: 'state empty' }, h('p', {}, text), ...extra);
}

function entityName(id: string): string {
  return entityCache.get(id)?.name ?? id;
}

function sourceList(sources: readonly Source[], factId: string): HTMLElement | null {
  if (!sources.length) return h('div', { class: 'sources none' }, 'No source in this window');
  return h(
    'ul',
    { class: 'sources', 'aria-label': 'Sources' },
    ...sources.map((s) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'source', title: `Open “${s.document.title ?? s.document.id}” with this passage marked`, onclick: () => openFact(factId, s.document.id) },
          h('span', { class: 'outlet' }, s.document.outlet ?? 'Unknown outlet'),
          h('span', { class: 'doc-title' }, s.document.title ?? ''),
          s.document.publishedAt ? h('time', { datetime: s.document.publishedAt }, formatDate(s.document.publishedAt)) : h('span', { class: 'muted' }, 'undated'),
        ),
      ),
    ),
  );
}

function whenOf(item: Item): string | null {
  return item.span?.edtf ?? null;
}

function itemCard(item: DetailedItem): HTMLElement {
  const speaker = who(item);
  return h(
    'li',
    { class: `item item-${item.__typename}`, 'data-id': item.id },
    h('div', { class: 'item-head' },
      h('span', { class: 'badge', style: `--c:${TYPE_COLORS[item.__typename]}` }, typeLabel(item.__typename)),
      h('span', { class: 'item-when' }, formatEdtf(whenOf(item))),
      speaker ? h('span', { class: 'item-who' }, speaker) : null),
    h(item.__typename === 'Quote' ? 'blockquote' : 'p', { class: 'item-text', lang: 'lang' in item ? item.lang ?? undefined : undefined }, summary(item)),
    sourceList(item.sources, item.id),
  );
}

// ---------- entity chips ----------

const entityRequests = new Map<string, Promise<Entity | null>>();

/** Names and kinds of chosen entities, asked once per id (the chips and the quote list both need them). */
function loadEntity(id: string): Promise<Entity | null> {
  let p = entityRequests.get(id);
  if (!p) {
    p = execute(EntityQuery, { id }).then(
      (r) => {
        entityCache.set(id, r.entity ?? null);
        return r.entity ?? null;
      },
      () => {
        entityRequests.delete(id);
        return null;
      },
    );
    entityRequests.set(id, p);
  }
  return p;
}

async function renderChips(): Promise<void> {
  const chips = $('chips');
  const ids = state.entities;
  await Promise.all(ids.map(loadEntity));
  if (ids !== state.entities) return;
  if (!ids.length) {
    if (lastInfluence.length) renderChipsSuggestions();
    else clear(chips, h('span', { class: 'chips-hint' }, 'Search for a person, organization or quote to see its timeline.'));
    return;
  }
  clear(
    chips,
    h('span', { class: 'chips-label' }, 'Showing'),
    ...ids.map((id) => {
      const e = entityCache.get(id);
      return h(
        'span',
        { class: `chip${e ? '' : ' missing'}`, 'data-entity': id, title: e ? `${KIND_LABELS[e.kind]} · ${id}` : `${id} is not in the graph` },
        h('i', { class: 'dot', style: `background:${e ? KIND_COLORS[e.kind] : '#94a3b8'}` }),
        e?.name ?? id,
        h('button', { type: 'button', class: 'chip-x', 'aria-label': `Remove ${e?.name ?? id}`, onclick: () => update({ entities: state.entities.filter((x) => x !== id), view: null }) }, '×'),
      );
    }),
    ids.length > 1 ? h('button', { type: 'button', class: 'text-btn', onclick: () => update({ entities: [], view: null }) }, 'Clear all') : null,
  );
}

// ---------- timeline and activity ----------

const timeline = new Timeline($('timeline'), {
  onSelect: (sel) => void renderSelection(sel.label, sel.items),
  onView: (view) => update({ view }, 'replace'),
});

const SELECTION_LIMIT = 24;

/** The items behind a timeline mark, each loaded with its sources (node(id), in parallel). */
async function renderSelection(label: string, items: readonly Item[]): Promise<void> {
  const box = $('selection');
  const close = () => {
    controllers.get('selection')?.abort();
    clear(box);
    timeline.select(null);
  };
  const head = h('div', { class: 'selection-head' }, h('h3', {}, label), h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close the selection', onclick: close }, '×'));
  clear(box, head, loading(`${items.length} ${items.length === 1 ? 'item' : 'items'}`));
  const signal = signalFor('selection');
  try {
    const shown = items.slice(0, SELECTION_LIMIT);
    const nodes = await Promise.all(shown.map((it) => execute(ItemQuery, { id: it.id }, signal)));
    const detailed = nodes.map((n) => n.node).filter((n): n is DetailedItem => !!n && n.__typename in TYPE_COLORS && 'sources' in n);
    clear(
      box,
      head,
      h('ul', { class: 'items' }, ...detailed.map(itemCard)),
      items.length > shown.length ? h('p', { class: 'muted small' }, `The first ${shown.length} of ${items.length}; zoom in or narrow the dates to see the rest.`) : null,
    );
    box.scrollIntoView({ block: 'nearest' });
  } catch (err) {
    if (isAbort(err)) return;
    clear(box, head, errorBox('these items', err, () => void renderSelection(label, items)));
  }
}

async function loadTimeline(): Promise<void> {
  const ids = state.entities;
  const root = $('timeline-card');
  root.dataset.state = 'loading';
  clear($('selection'));
  const sub = $('timeline-sub');
  root.classList.toggle('no-entities', !ids.length);
  if (!ids.length) {
    lastTimeline = { entries: [], undated: [] };
    timeline.setData([], { from: state.from, to: state.to, asOf: state.asOf }, state.view);
    clear($('undated'));
    clear(sub, 'Choose an entity to see what it said, who reported it, and when.');
    clear($('activity'), empty('Activity appears when an entity is chosen.'));
    root.dataset.state = 'empty';
    return;
  }
  const signal = signalFor('timeline');
  clear(sub, 'Loading…');
  try {
    const data: TimelineData[] = [];
    let after: string | null = null;
    // at most 5 pages of 100: enough for a screen, bounded for the server
    for (let page = 0; page < 5; page++) {
      const r: TimelineData = (await execute(TimelineQuery, { ids, from: state.from, to: state.to, asOf: state.asOf, after }, signal)).timeline;
      data.push(r);
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    const entries: TimelineEntry[] = data.flatMap((d) =>
      d.edges.filter((e) => e.when?.earliest && e.when.latest).map((e) => ({
        item: e.node,
        edtf: e.when!.edtf,
        precision: e.when!.precision,
        start: dayNumber(e.when!.earliest!),
        end: dayNumber(e.when!.latest!),
      })),
    );
    const total = data[0]?.totalCount ?? 0;
    const undated = data[0]?.undated ?? [];
    lastTimeline = { entries, undated };
    timeline.setData(entries, { from: state.from, to: state.to, asOf: state.asOf }, state.view);
    const shown = entries.length < total ? `${entries.length} of ${total}` : String(total);
    clear(sub, `${shown} dated item${total === 1 ? '' : 's'}${undated.length ? ` · ${undated.length} undated` : ''} for ${ids.map(entityName).join(', ')}${state.asOf ? ` · as known on ${formatDate(state.asOf)}` : ''}`);
    renderUndated(undated);
    root.dataset.state = entries.length || undated.length ? 'ready' : 'empty';
    void loadActivity();
  } catch (err) {
    if (isAbort(err)) return;
    root.dataset.state = 'error';
    clear(sub);
    clear($('undated'));
    clear($('activity'));
    $('selection').append(errorBox('the timeline', err, () => void loadTimeline()));
  }
}

function renderUndated(items: readonly Item[]): void {
  const box = $('undated');
  if (!items.length) {
    clear(box, h('h3', {}, 'Undated'), h('p', { class: 'muted small' }, 'Every item has a known year.'));
    return;
  }
  clear(
    box,
    h('h3', {}, `Undated `, h('span', { class: 'count' }, items.length)),
    h('p', { class: 'muted small' }, 'The text gave no year; these never appear on the axis.'),
    h(
      'ul',
      { class: 'undated-list' },
      ...items.map((item) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'undated-item', onclick: () => void renderSelection(`${formatEdtf(whenOf(item))}: ${typeLabel(item.__typename)}`, [item]) },
            h('i', { class: 'dot', style: `background:${TYPE_COLORS[item.__typename]}` }),
            h('span', { class: 'u-when' }, whenOf(item) ? formatEdtf(whenOf(item)) : typeLabel(item.__typename)),
            h('span', { class: 'u-text' }, summary(item)),
          ),
        ),
      ),
    ),
  );
}

async function loadActivity(): Promise<void> {
  const box = $('activity');
  const ids = state.entities;
  if (!ids.length) return;
  const { entries } = lastTimeline;
  const from = state.from ?? (entries.length ? isoOf(Math.min(...entries.map((e) => e.start))) : null);
  const to = state.to ?? (entries.length ? isoOf(Math.max(...entries.map((e) => e.end))) : null);
  if (!from || !to || from > to) {
    clear(box, empty('Nothing dated to count in this window.'));
    return;
  }
  const signal = signalFor('activity');
  clear(box, loading('activity'));
  try {
    const data = await execute(ActivityQuery, { ids, from, to, bucket: state.bucket, asOf: state.asOf }, signal);
    if (data.activity.every((b) => b.total + b.coarser === 0)) clear(box, empty('Nothing dated to count in this window.'));
    else renderActivity(box, data.activity, state.bucket);
  } catch (err) {
    if (isAbort(err)) return;
    clear(box, errorBox('the activity', err, () => void loadActivity()));
  }
}

// ---------- influence network ----------

const network = new InfluenceNetwork($('network'), (id) => update({ focus: id }, 'replace'));

async function loadInfluence(): Promise<void> {
  const box = $('network');
  const info = $('network-info');
  const signal = signalFor('influence');
  box.dataset.state = 'loading';
  clear(info, loading('the influence network'));
  try {
    const data = await execute(InfluenceQuery, { from: state.from, to: state.to, asOf: state.asOf }, signal);
    lastInfluence = data.influence;
    const window = state.from || state.to ? `${state.from ? formatDate(state.from) : 'the beginning'} – ${state.to ? formatDate(state.to) : 'today'}` : 'all dates';
    clear($('network-sub'), `PageRank over ${window}${state.asOf ? `, as known on ${formatDate(state.asOf)}` : ''}`);
    if (!lastInfluence.length) {
      network.destroy();
      box.dataset.state = 'empty';
      clear(info, empty('Nobody was quoted or reported in this window.'));
      return;
    }
    network.show(lastInfluence, state.focus);
    box.dataset.state = 'ready';
    renderNetworkInfo();
    if (!state.entities.length) void renderChipsSuggestions();
  } catch (err) {
    if (isAbort(err)) return;
    network.destroy();
    box.dataset.state = 'error';
    clear(info, errorBox('the influence network', err, () => void loadInfluence()));
  }
}

function renderChipsSuggestions(): void {
  if (state.entities.length) return;
  const top = lastInfluence.slice(0, 5);
  clear(
    $('chips'),
    h('span', { class: 'chips-hint' }, 'Search above, or start with the most influential:'),
    ...top.map((s) =>
      h('button', { type: 'button', class: 'chip suggestion', onclick: () => addEntity(s.entity.id) }, h('i', { class: 'dot', style: `background:${KIND_COLORS[s.entity.kind]}` }), s.entity.name),
    ),
  );
}

function renderNetworkInfo(): void {
  const info = $('network-info');
  const focused = lastInfluence.find((s) => s.entity.id === state.focus);
  if (!focused) {
    clear(
      info,
      h('p', { class: 'muted small' }, 'Node size is the score. Click a node to see why it scores.'),
      h(
        'ol',
        { class: 'ranking' },
        ...lastInfluence.slice(0, 6).map((s) =>
          h('li', {}, h('button', { type: 'button', class: 'rank-btn', onclick: () => update({ focus: s.entity.id }, 'replace') },
            h('span', { class: 'rank' }, s.rank), h('i', { class: 'dot', style: `background:${KIND_COLORS[s.entity.kind]}` }), h('span', { class: 'rank-name' }, s.entity.name), h('span', { class: 'score' }, s.score.toFixed(2)))),
        ),
      ),
    );
    return;
  }
  const e = focused.entity;
  const steps = focused.why.flatMap((p) => p.edges).slice(0, 5);
  clear(
    info,
    h('div', { class: 'focus-head' },
      h('i', { class: 'dot', style: `background:${KIND_COLORS[e.kind]}` }),
      h('strong', {}, e.name),
      h('span', { class: 'muted' }, ` ${KIND_LABELS[e.kind]} · rank ${focused.rank} · score ${focused.score.toFixed(2)}`)),
    steps.length
      ? h('ul', { class: 'why' }, ...steps.map((st) => h('li', {}, `${st.from.name} `, h('span', { class: 'rel' }, st.relation.toLowerCase().replace(/_/g, ' ').replace(/>/g, ' › ')), ` ${st.to.name}`, st.when ? h('span', { class: 'muted' }, ` · ${formatEdtf(st.when.edtf)}`) : null)))
      : h('p', { class: 'muted small' }, 'No explaining path.'),
    h('div', { class: 'focus-actions' },
      state.entities.includes(e.id) ? h('span', { class: 'muted small' }, 'On the timeline') : h('button', { type: 'button', class: 'primary-btn', onclick: () => addEntity(e.id) }, 'Add to timeline'),
      h('button', { type: 'button', class: 'text-btn', onclick: () => update({ focus: null }, 'replace') }, 'Clear focus')),
  );
}

// ---------- quotes ----------

async function loadQuotes(): Promise<void> {
  const list = $('quotes');
  const sub = $('quotes-sub');
  const signal = signalFor('quotes');
  clear(list, loading('quotes'));
  clear(sub);
  try {
    const base = { from: state.from, to: state.to, asOf: state.asOf };
    const entities = (await Promise.all(state.entities.map(loadEntity))).filter((e): e is Entity => !!e);
    // A person's own words; for anything else, quotes whose evidence names it.
    const filters = entities.length ? entities.map((e) => (e.kind === ('PERSON' satisfies EntityKind) ? { ...base, speakerId: e.id } : { ...base, aboutId: e.id })) : [base];
    const pages = await Promise.all(filters.map((filter) => execute(QuotesQuery, { filter }, signal)));
    const byId = new Map<string, QuoteNode>();
    for (const p of pages) for (const e of p.quotes.edges) byId.set(e.node.id, e.node);
    const quotes = [...byId.values()].sort((a, b) => (a.said?.earliest ?? '9999').localeCompare(b.said?.earliest ?? '9999') || a.id.localeCompare(b.id));
    const total = pages.reduce((n, p) => n + p.quotes.totalCount, 0);
    clear(sub, entities.length ? `${quotes.length} quote${quotes.length === 1 ? '' : 's'} by or about ${entities.map((e) => e.name).join(', ')}${total > quotes.length ? ` (first ${quotes.length})` : ''}` : `${quotes.length} of ${total} quotes in the window`);
    if (!quotes.length) {
      clear(list, empty(state.asOf ? 'No quotes had been published by that date.' : 'No quotes in this window.'));
      return;
    }
    clear(list, ...quotes.map(quoteRow));
  } catch (err) {
    if (isAbort(err)) return;
    clear(list, errorBox('the quotes', err, () => void loadQuotes()));
  }
}

function quoteRow(q: QuoteNode): HTMLElement {
  const first = q.sources[0];
  const speaker = q.speaker;
  return h(
    'li',
    { class: `quote${state.fact === q.id ? ' current' : ''}`, 'data-quote': q.id },
    h(
      'button',
      { type: 'button', class: 'quote-open', disabled: !first, title: first ? 'Open the article with this quote marked' : 'No source in this window', onclick: () => openFact(q.id, first?.document.id ?? null) },
      h('blockquote', { lang: q.lang ?? undefined }, `“${q.text}”`),
    ),
    h(
      'div',
      { class: 'quote-meta' },
      speaker
        ? h('button', { type: 'button', class: 'speaker', title: `Add ${speaker.name} to the timeline`, onclick: () => addEntity(speaker.id) }, speaker.name)
        : h('span', { class: 'speaker anon' }, q.speakerDescription ?? 'Unnamed speaker'),
      h('span', { class: 'sep' }, '·'),
      h('time', { datetime: q.said?.earliest ?? undefined }, formatEdtf(q.said?.edtf)),
      q.event?.name ? h('span', { class: 'muted' }, ` at ${q.event.name}`) : null,
      q.lang ? h('span', { class: 'lang' }, q.lang.toUpperCase()) : null,
    ),
    h('div', { class: 'quote-outlets' }, h('span', { class: 'muted' }, q.sources.length === 1 ? 'Source: ' : `${q.sources.length} sources: `), outlets(q.sources) || 'none'),
    sourceList(q.sources, q.id),
  );
}

// ---------- document drawer ----------

const drawer = $('drawer');
function closeDrawer(): void {
  update({ doc: null, fact: null });
}
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !drawer.hidden && !(e.target instanceof HTMLInputElement)) closeDrawer();
});

/** spans per request: the article view's span selection at this size stays under the API's cost limit */
const SPAN_PAGE = 1000;
/** spans loaded before a long article shows, while the fact it was opened for is not among them */
const SPANS_TO_FIND_FOCUS = 20_000;

async function loadDocument(): Promise<void> {
  for (const row of document.querySelectorAll<HTMLElement>('.quote')) row.classList.toggle('current', row.dataset.quote === state.fact);
  if (!state.doc) {
    drawer.hidden = true;
    document.body.classList.remove('drawer-open');
    return;
  }
  drawer.hidden = false;
  document.body.classList.add('drawer-open');
  const signal = signalFor('document');
  const id = state.doc;
  const focus = state.fact;
  clear(drawer, loading('the article'));
  try {
    const { document: doc } = await execute(DocumentQuery, { id, first: SPAN_PAGE }, signal);
    if (!doc) {
      clear(drawer, h('button', { type: 'button', class: 'icon-btn drawer-close', 'aria-label': 'Close', onclick: closeDrawer }, '×'), empty('This article is not in the graph any more.'));
      return;
    }
    const spans: Span[] = doc.spans.edges.map((e) => e.node);
    let page = doc.spans;
    const nextPage = async () => {
      const next = await execute(DocumentSpansQuery, { id, first: SPAN_PAGE, after: page.pageInfo.endCursor ?? '' }, signal);
      if (!next.document) return false;
      page = next.document.spans;
      spans.push(...page.edges.map((e) => e.node));
      return true;
    };
    // A long transcript has tens of thousands of spans: load pages until the opened fact is marked
    const hasFocus = () => focus === null || spans.some((sp) => sp.fact?.id === focus);
    while (page.pageInfo.hasNextPage && !hasFocus() && spans.length < SPANS_TO_FIND_FOCUS && (await nextPage()));
    const show = () => {
      const more = page.pageInfo.hasNextPage
        ? {
            loaded: spans.length,
            total: page.totalCount,
            loadNext: () => void nextPage().then(show, documentFailed),
          }
        : null;
      fillDrawer(drawer, doc, spans, more, focus, addEntity, closeDrawer);
    };
    show();
    drawer.querySelector<HTMLElement>('.drawer-close')?.focus({ preventScroll: true });
  } catch (err) {
    documentFailed(err);
  }
}

function documentFailed(err: unknown): void {
  if (isAbort(err)) return;
  clear(drawer, h('button', { type: 'button', class: 'icon-btn drawer-close', 'aria-label': 'Close', onclick: closeDrawer }, '×'), errorBox('the article', err, () => void loadDocument()));
}

apply(null);
