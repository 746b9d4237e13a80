import type { App, Entity } from '../app.ts';
import { execute } from '../api.ts';
import { formatEdtf } from '../dates.ts';
import { clear, h } from '../dom.ts';
import type { DashboardQuotesQuery, EntityKind } from '../gql/graphql';
import { outlets } from '../model.ts';
import { QuotesQuery } from '../queries.ts';
import { sourceList } from './items.ts';
import { renderingsToggle } from './lineage.ts';
import type { Panel } from './panel.ts';
import { empty, loading } from './states.ts';

type QuoteNode = DashboardQuotesQuery['quotes']['edges'][number]['node'];
interface QuotesAnswer {
  entities: Entity[];
  quotes: QuoteNode[];
  total: number;
}

const list = () => document.getElementById('quotes')!;
const sub = () => document.getElementById('quotes-sub')!;

/** The chosen people's own words, and quotes naming the chosen organizations and places. */
export function quotesPanel(app: App): Panel<QuotesAnswer> {
  return {
    name: 'quotes',
    what: 'the quotes',
    deps: ['entities', 'from', 'to', 'asOf'],
    box: list,
    showLoading() {
      clear(list(), loading('quotes'));
      clear(sub());
    },
    async load(state, signal) {
      const base = { from: state.from, to: state.to, asOf: state.asOf };
      const entities = (await Promise.all(state.entities.map((id) => app.entities.load(id)))).filter(
        (e): e is Entity => !!e,
      );
      const filters = entities.length
        ? entities.map((e) =>
            e.kind === ('PERSON' satisfies EntityKind) ? { ...base, speakerId: e.id } : { ...base, aboutId: e.id },
          )
        : [base];
      const pages = await Promise.all(filters.map((filter) => execute(QuotesQuery, { filter }, signal)));
      const byId = new Map<string, QuoteNode>();
      for (const p of pages) for (const e of p.quotes.edges) byId.set(e.node.id, e.node);
      const quotes = [...byId.values()].sort(
        (a, b) => (a.said?.earliest ?? '9999').localeCompare(b.said?.earliest ?? '9999') || a.id.localeCompare(b.id),
      );
      return { entities, quotes, total: pages.reduce((n, p) => n + p.quotes.totalCount, 0) };
    },
    render({ entities, quotes, total }, state) {
      const n = quotes.length;
      clear(
        sub(),
        entities.length
          ? `${n} quote${n === 1 ? '' : 's'} by or about ` +
              `${entities.map((e) => e.name).join(', ')}${total > n ? ` (first ${n})` : ''}`
          : `${n} of ${total} quotes in the window`,
      );
      if (!n)
        clear(list(), empty(state.asOf ? 'No quotes had been published by that date.' : 'No quotes in this window.'));
      else clear(list(), ...quotes.map((q) => quoteRow(app, q, state.fact, state.asOf)));
    },
  };
}

function quoteRow(app: App, q: QuoteNode, current: string | null, asOf: string | null): HTMLElement {
  const first = q.sources[0];
  const speaker = q.speaker;
  return h(
    'li',
    { class: `quote${current === q.id ? ' current' : ''}`, 'data-quote': q.id },
    h(
      'button',
      {
        type: 'button',
        class: 'quote-open',
        disabled: !first,
        title: first ? 'Open the article with this quote marked' : 'No source in this window',
        onclick: () => app.openFact(q.id, first?.document.id ?? null),
      },
      h('blockquote', { lang: q.lang ?? undefined }, `“${q.text}”`),
    ),
    h(
      'div',
      { class: 'quote-meta' },
      speaker
        ? h(
            'button',
            {
              type: 'button',
              class: 'speaker',
              title: `Add ${speaker.name} to the timeline`,
              onclick: () => app.addEntity(speaker.id),
            },
            speaker.name,
          )
        : h('span', { class: 'speaker anon' }, q.speakerDescription ?? 'Unnamed speaker'),
      h('span', { class: 'sep' }, '·'),
      h('time', { datetime: q.said?.earliest ?? undefined }, formatEdtf(q.said?.edtf)),
      q.event?.name ? h('span', { class: 'muted' }, ` at ${q.event.name}`) : null,
      q.lang ? h('span', { class: 'lang' }, q.lang.toUpperCase()) : null,
    ),
    h(
      'div',
      { class: 'quote-outlets' },
      h('span', { class: 'muted' }, q.sources.length === 1 ? 'Source: ' : `${q.sources.length} sources: `),
      outlets(q.sources) || 'none',
    ),
    // above the sources, which show when the row has focus: a click must not move what it clicks
    renderingsToggle(app, q.id, asOf),
    sourceList(app, q.sources, q.id),
  );
}
