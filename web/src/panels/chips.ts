import type { App } from '../app.ts';
import { clear, h } from '../dom.ts';
import { KIND_COLORS, KIND_LABELS } from '../network.ts';
import type { Panel } from './panel.ts';

const chips = () => document.getElementById('chips')!;

/** The chosen entities as removable chips; with none chosen, the network's top five as suggestions. */
export function chipsPanel(app: App): Panel<string[]> {
  return {
    name: 'chips',
    what: 'the chosen entities',
    deps: ['entities'],
    box: chips,
    // names arrive in a moment: keep the old chips instead of a loading note
    showLoading: () => undefined,
    async load(state) {
      await Promise.all(state.entities.map((id) => app.entities.load(id)));
      return state.entities;
    },
    render(ids) {
      if (!ids.length) return suggestions(app);
      clear(
        chips(),
        h('span', { class: 'chips-label' }, 'Showing'),
        ...ids.map((id) => {
          const e = app.entities.get(id);
          return h(
            'span',
            {
              class: `chip${e ? '' : ' missing'}`,
              'data-entity': id,
              title: e ? `${KIND_LABELS[e.kind]} · ${id}` : `${id} is not in the graph`,
            },
            h('i', { class: 'dot', style: `background:${e ? KIND_COLORS[e.kind] : '#94a3b8'}` }),
            e?.name ?? id,
            e?.wikidataId ? wikidataLink(e.wikidataId, e.name) : null,
            h(
              'button',
              {
                type: 'button',
                class: 'chip-x',
                'aria-label': `Remove ${e?.name ?? id}`,
                onclick: () => app.update({ entities: app.state().entities.filter((x) => x !== id), view: null }),
              },
              '×',
            ),
          );
        }),
        ids.length > 1
          ? h(
              'button',
              { type: 'button', class: 'text-btn', onclick: () => app.update({ entities: [], view: null }) },
              'Clear all',
            )
          : null,
      );
    },
  };
}

/** The entity's Wikidata item, opened in a new tab (the chip's name stays the way to remove it). */
function wikidataLink(qid: string, name: string): HTMLElement {
  return h(
    'a',
    {
      class: 'chip-qid',
      href: `https://www.wikidata.org/wiki/${encodeURIComponent(qid)}`,
      target: '_blank',
      rel: 'noopener noreferrer',
      title: `${name} on Wikidata`,
    },
    qid,
  );
}

/** With no entity chosen: the network's top five to start from (the influence panel calls it when it answers). */
export function suggestions(app: App): void {
  if (app.state().entities.length) return;
  const top = app.last.influence.slice(0, 5);
  if (!top.length) {
    clear(
      chips(),
      h('span', { class: 'chips-hint' }, 'Search for a person, organization or quote to see its timeline.'),
    );
    return;
  }
  clear(
    chips(),
    h('span', { class: 'chips-hint' }, 'Search above, or start with the most influential:'),
    ...top.map((s) =>
      h(
        'button',
        { type: 'button', class: 'chip suggestion', onclick: () => app.addEntity(s.entity.id) },
        h('i', { class: 'dot', style: `background:${KIND_COLORS[s.entity.kind]}` }),
        s.entity.name,
      ),
    ),
  );
}
