import type { App } from '../app.ts';
import { execute } from '../api.ts';
import { dayNumber, formatDate, formatEdtf } from '../dates.ts';
import { clear, h } from '../dom.ts';
import type { DashboardTimelineQuery } from '../gql/graphql';
import { summary, typeLabel, type DetailedItem, type Item } from '../model.ts';
import { ItemQuery, TimelineQuery } from '../queries.ts';
import { TYPE_COLORS, type Timeline, type TimelineEntry } from '../timeline.ts';
import { itemCard, whenOf } from './items.ts';
import type { Panel } from './panel.ts';
import { loading } from './states.ts';

type TimelineData = DashboardTimelineQuery['timeline'];
interface TimelineAnswer {
  entries: TimelineEntry[];
  undated: Item[];
  total: number;
}

const $ = (id: string) => document.getElementById(id)!;

/** at most 5 pages of 100: enough for a screen, bounded for the server */
const MAX_PAGES = 5;

/**
 * The chosen entities' dated items on the axis and the undated ones listed beside it (`panel`), and
 * the items behind a mark the researcher picks (`select`, a panel of its own run on request).
 */
export function timelinePanels(
  app: App,
  timeline: Timeline,
): { panel: Panel<TimelineAnswer | null>; select(label: string, items: readonly Item[]): void } {
  const selection = selectionPanel(app, () => {
    app.cancel('selection');
    clear($('selection'));
    timeline.select(null);
  });
  const select = (label: string, items: readonly Item[]) => {
    selection.chosen = { label, items };
    app.run(selection as Panel<unknown>);
  };
  const panel: Panel<TimelineAnswer | null> = {
    name: 'timeline',
    what: 'the timeline',
    deps: ['entities', 'from', 'to', 'asOf'],
    historyDeps: ['view'],
    box: () => $('selection'),
    showLoading(state) {
      $('timeline-card').dataset.state = 'loading';
      $('timeline-card').classList.toggle('no-entities', !state.entities.length);
      app.cancel('selection');
      clear($('selection'));
      clear($('timeline-sub'), 'Loading…');
    },
    showError(box) {
      $('timeline-card').dataset.state = 'error';
      clear($('timeline-sub'));
      clear($('undated'));
      clear($('activity'));
      $('selection').append(box);
    },
    async load(state, signal) {
      if (!state.entities.length) return null;
      const data: TimelineData[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const r: TimelineData = (
          await execute(
            TimelineQuery,
            { ids: state.entities, from: state.from, to: state.to, asOf: state.asOf, after },
            signal,
          )
        ).timeline;
        data.push(r);
        if (!r.pageInfo.hasNextPage) break;
        after = r.pageInfo.endCursor;
      }
      const entries: TimelineEntry[] = data.flatMap((d) =>
        d.edges
          .filter((e) => e.when?.earliest && e.when.latest)
          .map((e) => ({
            item: e.node,
            edtf: e.when!.edtf,
            precision: e.when!.precision,
            start: dayNumber(e.when!.earliest!),
            end: dayNumber(e.when!.latest!),
          })),
      );
      return { entries, undated: data[0]?.undated ?? [], total: data[0]?.totalCount ?? 0 };
    },
    render(answer, state) {
      const root = $('timeline-card');
      const sub = $('timeline-sub');
      const window = { from: state.from, to: state.to, asOf: state.asOf };
      if (!answer) {
        app.last.timeline = { entries: [], undated: [] };
        timeline.setData([], window, state.view);
        clear($('undated'));
        clear(sub, 'Choose an entity to see what it said, who reported it, and when.');
        root.dataset.state = 'empty';
        return;
      }
      const { entries, undated, total } = answer;
      app.last.timeline = { entries, undated };
      timeline.setData(entries, window, state.view);
      const shown = entries.length < total ? `${entries.length} of ${total}` : String(total);
      const names = state.entities.map((id) => app.entities.name(id)).join(', ');
      clear(
        sub,
        `${shown} dated item${total === 1 ? '' : 's'}` +
          (undated.length ? ` · ${undated.length} undated` : '') +
          ` for ${names}` +
          (state.asOf ? ` · as known on ${formatDate(state.asOf)}` : ''),
      );
      renderUndated(undated, select);
      root.dataset.state = entries.length || undated.length ? 'ready' : 'empty';
    },
  };
  return { panel, select };
}

function renderUndated(items: readonly Item[], select: (label: string, items: readonly Item[]) => void): void {
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
            {
              type: 'button',
              class: 'undated-item',
              onclick: () => select(`${formatEdtf(whenOf(item))}: ${typeLabel(item.__typename)}`, [item]),
            },
            h('i', { class: 'dot', style: `background:${TYPE_COLORS[item.__typename]}` }),
            h('span', { class: 'u-when' }, whenOf(item) ? formatEdtf(whenOf(item)) : typeLabel(item.__typename)),
            h('span', { class: 'u-text' }, summary(item)),
          ),
        ),
      ),
    ),
  );
}

const SELECTION_LIMIT = 24;

function selectionPanel(
  app: App,
  close: () => void,
): Panel<DetailedItem[]> & { chosen: { label: string; items: readonly Item[] } } {
  const head = (label: string) =>
    h(
      'div',
      { class: 'selection-head' },
      h('h3', {}, label),
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close the selection', onclick: close }, '×'),
    );
  return {
    chosen: { label: '', items: [] },
    name: 'selection',
    what: 'these items',
    deps: [],
    box: () => $('selection'),
    showLoading() {
      const n = this.chosen.items.length;
      clear($('selection'), head(this.chosen.label), loading(`${n} ${n === 1 ? 'item' : 'items'}`));
    },
    showError(box) {
      clear($('selection'), head(this.chosen.label), box);
    },
    async load(_state, signal) {
      const nodes = await Promise.all(
        this.chosen.items.slice(0, SELECTION_LIMIT).map((it) => execute(ItemQuery, { id: it.id }, signal)),
      );
      return nodes
        .map((n) => n.node)
        .filter((n): n is DetailedItem => !!n && n.__typename in TYPE_COLORS && 'sources' in n);
    },
    render(detailed) {
      const box = $('selection');
      const { label, items } = this.chosen;
      const shown = Math.min(items.length, SELECTION_LIMIT);
      clear(
        box,
        head(label),
        h('ul', { class: 'items' }, ...detailed.map((item) => itemCard(app, item))),
        items.length > shown
          ? h(
              'p',
              { class: 'muted small' },
              `The first ${shown} of ${items.length}; zoom in or narrow the dates to see the rest.`,
            )
          : null,
      );
      box.scrollIntoView({ block: 'nearest' });
    },
  };
}
