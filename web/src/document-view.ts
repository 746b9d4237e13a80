import { formatDate } from './dates.ts';
import { h, clear } from './dom.ts';
import type { DashboardDocumentQuery, SpanKind, SpanPageFragment } from './gql/graphql';
import { KIND_LABELS } from './network.ts';

type Doc = NonNullable<DashboardDocumentQuery['document']>;
export type Span = SpanPageFragment['edges'][number]['node'];

/** Spans of a long article not loaded yet, and how to load the next page of them. */
export interface MoreSpans {
  loaded: number;
  total: number;
  loadNext: () => void;
}

const SPAN_CLASS: Record<SpanKind, string> = {
  QUOTE: 'hl-quote',
  CLAIM: 'hl-claim',
  EVENT: 'hl-event',
  REPORT: 'hl-report',
  MENTION: 'hl-mention',
};

/**
 * The article with its spans marked. Spans nest and overlap (a name inside a quote), so the text is
 * cut at every span boundary and each piece carries the classes of all spans covering it. One sweep
 * over the boundaries with the spans open at each: a transcript with tens of thousands of spans
 * renders in time linear in them, not in spans times boundaries.
 */
export function renderDocumentText(
  doc: Doc,
  spanList: readonly Span[],
  focusFact: string | null,
  onEntity: (id: string) => void,
): HTMLElement {
  const text = doc.text;
  const spans = spanList
    .filter((sp) => sp.start >= 0 && sp.end <= text.length && sp.end > sp.start)
    .sort((x, y) => x.start - y.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((sp) => [sp.start, sp.end])])].sort((a, b) => a - b);
  const body = h('div', { class: 'doc-text', lang: doc.lang ?? undefined });
  let open: Span[] = [];
  let next = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const piece = text.slice(a, b);
    // every span starts and ends at a cut, so the spans covering [a, b) are those open at a
    open = open.filter((sp) => sp.end > a);
    while (next < spans.length && spans[next]!.start <= a) open.push(spans[next++]!);
    const covering = open;
    if (!covering.length) {
      body.append(piece);
      continue;
    }
    const classes = new Set(covering.map((sp) => SPAN_CLASS[sp.kind]));
    const focused = focusFact !== null && covering.some((sp) => sp.fact?.id === focusFact);
    if (focused) classes.add('hl-focus');
    const mention = covering.find(
      (sp): sp is Span & { entity: NonNullable<Span['entity']> } => sp.kind === 'MENTION' && !!sp.entity,
    );
    const el = h(mention ? 'button' : 'span', { class: [...classes].join(' ') }, piece);
    if (mention) {
      el.setAttribute('type', 'button');
      el.title = `${mention.entity.name} (${KIND_LABELS[mention.entity.kind]}): add to the timeline`;
      el.addEventListener('click', () => onEntity(mention.entity.id));
    } else {
      const kinds = covering.map((sp) => sp.kind.toLowerCase()).join(', ');
      el.title = kinds;
    }
    body.append(el);
  }
  return body;
}

export function renderDocumentHeader(doc: Doc, onClose: () => void): HTMLElement {
  const meta = [
    doc.outlet,
    doc.publishedAt ? `published ${formatDate(doc.publishedAt)}` : 'no publication date',
    doc.lang?.toUpperCase(),
  ]
    .filter(Boolean)
    .join(' · ');
  return h(
    'header',
    { class: 'drawer-head' },
    h('div', { class: 'drawer-kicker' }, doc.extracted ? 'Source article' : 'Article, not extracted'),
    h(
      'button',
      {
        type: 'button',
        class: 'icon-btn drawer-close',
        'aria-label': 'Close the article',
        title: 'Close (Esc)',
        onclick: onClose,
      },
      '×',
    ),
    h('h2', { id: 'drawer-title' }, doc.title ?? 'Untitled article'),
    h('p', { class: 'drawer-meta' }, meta),
    doc.url
      ? h(
          'p',
          { class: 'drawer-url' },
          h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, doc.url),
        )
      : null,
    // nothing is marked in a document that was not extracted: no legend of marks
    doc.extracted
      ? h(
          'div',
          { class: 'legend doc-legend' },
          h('span', { class: 'legend-item' }, h('span', { class: 'hl-quote sample' }, 'quote')),
          h('span', { class: 'legend-item' }, h('span', { class: 'hl-claim sample' }, 'reported speech')),
          h('span', { class: 'legend-item' }, h('span', { class: 'hl-report sample' }, 'report')),
          h('span', { class: 'legend-item' }, h('span', { class: 'hl-event sample' }, 'event')),
          h('span', { class: 'legend-item' }, h('span', { class: 'hl-mention sample' }, 'name')),
        )
      : null,
  );
}

export function fillDrawer(
  drawer: HTMLElement,
  doc: Doc,
  spans: readonly Span[],
  more: MoreSpans | null,
  focusFact: string | null,
  onEntity: (id: string) => void,
  onClose: () => void,
): void {
  const text = renderDocumentText(doc, spans, focusFact, onEntity);
  const found = focusFact !== null && text.querySelector('.hl-focus') !== null;
  const notFound = more
    ? 'The selected fact is not among the marks loaded so far.'
    : 'The selected fact is not marked in this version of the article.';
  clear(
    drawer,
    renderDocumentHeader(doc, onClose),
    doc.extracted
      ? null
      : h(
          'p',
          { class: 'notice doc-not-extracted' },
          `Not extracted (${doc.notExtractedReason ?? 'no reason given'}): the text is stored and found by search, ` +
            'but no quotes, names or events are marked in it.',
        ),
    focusFact && !found ? h('p', { class: 'notice' }, notFound) : null,
    more
      ? h(
          'p',
          { class: 'notice doc-more' },
          `A long article: ${more.loaded.toLocaleString('en')} of ${more.total.toLocaleString('en')} marks are shown. `,
          h('button', { type: 'button', class: 'text-btn', onclick: more.loadNext }, 'Mark more'),
        )
      : null,
    h('div', { class: 'drawer-body' }, text),
  );
  drawer.dataset.doc = doc.id;
  const focus = text.querySelector('.hl-focus');
  if (focus) requestAnimationFrame(() => focus.scrollIntoView({ block: 'center' }));
}
