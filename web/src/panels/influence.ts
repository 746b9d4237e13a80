import type { App } from '../app.ts';
import { execute } from '../api.ts';
import { formatDate, formatEdtf } from '../dates.ts';
import { clear, h } from '../dom.ts';
import type { DashboardNeighboursQuery } from '../gql/graphql';
import { KIND_COLORS, KIND_LABELS, type Influence, type InfluenceNetwork } from '../network.ts';
import { InfluenceQuery, NeighboursQuery } from '../queries.ts';
import type { AppState } from '../state.ts';
import { suggestions } from './chips.ts';
import type { Panel } from './panel.ts';
import { loading } from './states.ts';

const $ = (id: string) => document.getElementById(id)!;

/**
 * Who matters in the window: PageRank around the first chosen entity (the whole window when none is
 * chosen), drawn as a network; a click focuses a node and shows why it scores, and its neighbours
 * can be added to the drawing.
 */
export function influencePanel(app: App, network: InfluenceNetwork): Panel<Influence> {
  const neighbours = neighboursPanel(network);
  const expand = (id: string) => {
    neighbours.of = id;
    app.run(neighbours as Panel<unknown>);
  };
  return {
    name: 'influence',
    what: 'the influence network',
    deps: ['from', 'to', 'asOf', 'entities'],
    view: {
      deps: ['focus'],
      apply(state) {
        network.focus(state.focus);
        renderInfo(app, state, expand);
      },
    },
    box: () => $('network-info'),
    showLoading() {
      $('network').dataset.state = 'loading';
      clear($('network-info'), loading('the influence network'));
    },
    showError(box) {
      network.destroy();
      $('network').dataset.state = 'error';
      clear($('network-info'), box);
    },
    async load(state, signal) {
      return (
        await execute(
          InfluenceQuery,
          { from: state.from, to: state.to, asOf: state.asOf, about: state.entities[0] ?? null },
          signal,
        )
      ).influence;
    },
    render(influence, state) {
      app.last.influence = influence;
      const window =
        state.from || state.to
          ? `${state.from ? formatDate(state.from) : 'the beginning'} – ${state.to ? formatDate(state.to) : 'today'}`
          : 'all dates';
      const about = state.entities[0] ? ` around ${app.entities.name(state.entities[0])}` : '';
      clear(
        $('network-sub'),
        `PageRank${about} over ${window}${state.asOf ? `, as known on ${formatDate(state.asOf)}` : ''}`,
      );
      if (!influence.length) {
        network.destroy();
        $('network').dataset.state = 'empty';
        clear(
          $('network-info'),
          h(
            'div',
            { class: 'state empty' },
            h(
              'p',
              {},
              about
                ? `Nobody was quoted or reported${about} in this window.`
                : 'Nobody was quoted or reported in this window.',
            ),
          ),
        );
        return;
      }
      network.show(influence, state.focus);
      $('network').dataset.state = 'ready';
      renderInfo(app, state, expand);
      suggestions(app);
    },
  };
}

function renderInfo(app: App, state: AppState, expand: (id: string) => void): void {
  const info = $('network-info');
  const influence = app.last.influence;
  const focused = influence.find((s) => s.entity.id === state.focus);
  if (!focused) {
    clear(
      info,
      h('p', { class: 'muted small' }, 'Node size is the score. Click a node to see why it scores.'),
      h(
        'ol',
        { class: 'ranking' },
        ...influence.slice(0, 6).map((s) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'rank-btn',
                'data-entity': s.entity.id,
                onclick: () => app.update({ focus: s.entity.id }, 'replace'),
              },
              h('span', { class: 'rank' }, s.rank),
              h('i', { class: 'dot', style: `background:${KIND_COLORS[s.entity.kind]}` }),
              h('span', { class: 'rank-name' }, s.entity.name),
              h('span', { class: 'score' }, s.score.toFixed(2)),
            ),
          ),
        ),
      ),
    );
    return;
  }
  const e = focused.entity;
  const steps = focused.why.flatMap((p) => p.edges).slice(0, 5);
  clear(
    info,
    h(
      'div',
      { class: 'focus-head' },
      h('i', { class: 'dot', style: `background:${KIND_COLORS[e.kind]}` }),
      h('strong', {}, e.name),
      h(
        'span',
        { class: 'muted' },
        ` ${KIND_LABELS[e.kind]} · rank ${focused.rank} · score ${focused.score.toFixed(2)}`,
      ),
    ),
    steps.length
      ? h(
          'ul',
          { class: 'why' },
          ...steps.map((st) =>
            h(
              'li',
              {},
              `${st.from.name} `,
              h('span', { class: 'rel' }, st.relation.toLowerCase().replace(/_/g, ' ').replace(/>/g, ' › ')),
              ` ${st.to.name}`,
              st.when ? h('span', { class: 'muted' }, ` · ${formatEdtf(st.when.edtf)}`) : null,
            ),
          ),
        )
      : h('p', { class: 'muted small' }, 'No explaining path.'),
    h(
      'div',
      { class: 'focus-actions' },
      state.entities.includes(e.id)
        ? h('span', { class: 'muted small' }, 'On the timeline')
        : h('button', { type: 'button', class: 'primary-btn', onclick: () => app.addEntity(e.id) }, 'Add to timeline'),
      h('button', { type: 'button', class: 'text-btn expand-btn', onclick: () => expand(e.id) }, 'Show neighbours'),
      h(
        'button',
        { type: 'button', class: 'text-btn', onclick: () => app.update({ focus: null }, 'replace') },
        'Clear focus',
      ),
    ),
    h('div', { id: 'neighbours', class: 'neighbours', 'aria-live': 'polite' }),
  );
}

type Neighbours = DashboardNeighboursQuery['coMentions'];

/** Draws a node's neighbours into the network: a panel of its own (loading, error, retry), run on request. */
function neighboursPanel(network: InfluenceNetwork): Panel<Neighbours> & { of: string } {
  return {
    of: '',
    name: 'neighbours',
    what: 'the neighbours',
    deps: [],
    box: () => $('neighbours'),
    async load(state, signal) {
      return (await execute(NeighboursQuery, { id: this.of, from: state.from, to: state.to }, signal)).coMentions;
    },
    render(found) {
      const added = network.expand(this.of, found);
      clear(
        $('neighbours'),
        h(
          'p',
          { class: 'muted small' },
          found.length
            ? `${added} new of ${found.length} named in the same articles.`
            : 'No other entity is named in the same articles.',
        ),
      );
    },
  };
}
