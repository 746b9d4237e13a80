import type { App } from '../app.ts';
import { execute, isAbort } from '../api.ts';
import { formatDate } from '../dates.ts';
import { clear, h } from '../dom.ts';
import type { DashboardClusterQuery, VariantKind } from '../gql/graphql';
import { ClusterQuery } from '../queries.ts';
import { empty, errorBox, loading } from './states.ts';

// A quote's other renderings (quote lineage): asked for when the reader opens them, since most quotes
// have none and a cluster costs a read of its own. The origin comes first, then every translation,
// fragment, near-duplicate and reported version, each with its outlets and the day it was first seen.

type Cluster = NonNullable<DashboardClusterQuery['quoteCluster']>;
type Variant = Cluster['variants'][number];

const KIND: Record<VariantKind, string> = {
  ORIGIN: 'Origin',
  REPEAT: 'Repeat',
  NEAR_DUPLICATE: 'Near-duplicate',
  FRAGMENT: 'Fragment',
  TRANSLATION: 'Translation',
  PARAPHRASE: 'Paraphrase',
  REPORTED: 'Reported',
};

// Which quotes' renderings the reader opened, and the clusters already read (by quote and asOf): a panel
// renders its rows anew whenever the state changes, and an open list must stay open and not be read again.
const opened = new Set<string>();
const read = new Map<string, Cluster | null>();

/** A toggle that shows the statement's renderings under a quote row. */
export function renderingsToggle(app: App, quoteId: string, asOf: string | null): HTMLElement {
  const box = h('div', { class: 'lineage', hidden: true, 'aria-live': 'polite' });
  const key = `${quoteId}|${asOf ?? ''}`;
  const show = (cluster: Cluster | null) =>
    clear(box, cluster ? clusterView(app, cluster, quoteId) : empty('No other rendering is known.'));
  const load = async () => {
    if (read.has(key)) return show(read.get(key)!);
    clear(box, loading('the renderings'));
    try {
      const { quoteCluster } = await execute(ClusterQuery, { id: quoteId, asOf });
      read.set(key, quoteCluster ?? null);
      show(quoteCluster ?? null);
    } catch (err) {
      if (!isAbort(err))
        clear(
          box,
          errorBox('the renderings', err, () => void load()),
        );
    }
  };
  const setOpen = (open: boolean) => {
    box.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) {
      opened.add(quoteId);
      void load();
    } else opened.delete(quoteId);
  };
  const button = h(
    'button',
    {
      type: 'button',
      class: 'text-btn renderings-btn',
      'aria-expanded': 'false',
      title: 'Other renderings of this statement: translations, fragments, reported speech',
      onclick: () => setOpen(box.hidden),
    },
    'Renderings',
  );
  if (opened.has(quoteId)) setOpen(true);
  return h('div', { class: 'renderings' }, button, box);
}

function clusterView(app: App, cluster: Cluster, current: string): HTMLElement {
  return h(
    'div',
    { class: 'cluster', 'data-cluster': cluster.id },
    h('p', { class: 'cluster-summary' }, cluster.summary),
    h('ol', { class: 'variants' }, ...cluster.variants.map((v) => variantRow(app, v, current))),
  );
}

function variantRow(app: App, v: Variant, current: string): HTMLElement {
  const text = 'text' in v.quote ? v.quote.text : '';
  const firstDoc = 'sources' in v.quote ? (v.quote.sources[0]?.document.id ?? null) : null;
  const cites = [...new Set(v.cites.map((c) => c.outlet.name))];
  return h(
    'li',
    { class: `variant${v.quote.id === current ? ' this' : ''}`, 'data-kind': v.kind, 'data-variant': v.quote.id },
    h(
      'div',
      { class: 'variant-meta' },
      h('span', { class: `kind kind-${v.kind.toLowerCase()}` }, KIND[v.kind]),
      v.lang ? h('span', { class: 'lang' }, v.lang.toUpperCase()) : null,
      v.firstSeen ? h('time', { datetime: v.firstSeen }, formatDate(v.firstSeen)) : null,
      h('span', { class: 'muted' }, v.outlets.join(', ')),
      cites.length ? h('span', { class: 'muted' }, `citing ${cites.join(', ')}`) : null,
      v.curated ? h('span', { class: 'flag' }, 'joined by a curator') : null,
      v.misattributed
        ? h('span', { class: 'flag disputed', title: v.misattributed.reason ?? '' }, 'speaker disputed')
        : null,
      v.quote.id === current ? h('span', { class: 'flag' }, 'this quote') : null,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'variant-open',
        disabled: !firstDoc,
        title: 'Open the article with this rendering marked',
        onclick: () => app.openFact(v.quote.id, firstDoc),
      },
      h('q', { lang: v.lang || undefined }, text),
    ),
  );
}
