import { formatDate } from './dates.ts';
import { h, clear } from './dom.ts';
import type { DashboardDocumentQuery, SpanKind } from './gql/graphql';
import { KIND_LABELS } from './network.ts';

type Doc = NonNullable<DashboardDocumentQuery['document']>;
type Span = Doc['spans'][number];

const SPAN_CLASS: Record<SpanKind, string> = {
  QUOTE: 'hl-quote',
  CLAIM: 'hl-claim',
  EVENT: 'hl-event',
  REPORT: 'hl-report',
  MENTION: 'hl-mention',
};

/**
 * The article with its spans marked. Spans nest and overlap (a name inside a quote), so the text is
 * cut at every span boundary and each piece carries the classes of all spans covering it.
 */
export function renderDocumentText(doc: Doc, focusFact: string | null, onEntity: (id: string) => void): HTMLElement {
  const text = doc.text;
  const spans = doc.spans.filter((sp) => sp.start >= 0 && sp.end <= text.length && sp.end > sp.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((sp) => [sp.start, sp.end])])].sort((a, b) => a - b);
  const body = h('div', { class: 'doc-text', lang: doc.lang ?? undefined });
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const piece = text.slice(a, b);
    const covering = spans.filter((sp) => sp.start <= a && sp.end >= b);
    if (!covering.length) {
      body.append(piece);
      continue;
    }
    const classes = new Set(covering.map((sp) => SPAN_CLASS[sp.kind]));
    const focused = focusFact !== null && covering.some((sp) => sp.fact?.id === focusFact);
    if (focused) classes.add('hl-focus');
    const mention = covering.find((sp): sp is Span & { entity: NonNullable<Span['entity']> } => sp.kind === 'MENTION' && !!sp.entity);
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
  const meta = [doc.outlet, doc.publishedAt ? `published ${formatDate(doc.publishedAt)}` : 'no publication date', doc.lang?.toUpperCase()].filter(Boolean).join(' · ');
  return h(
    'header',
    { class: 'drawer-head' },
    h('div', { class: 'drawer-kicker' }, 'Source article'),
    h('button', { type: 'button', class: 'icon-btn drawer-close', 'aria-label': 'Close the article', title: 'Close (Esc)', onclick: onClose }, '×'),
    h('h2', { id: 'drawer-title' }, doc.title ?? 'Untitled article'),
    h('p', { class: 'drawer-meta' }, meta),
    doc.url ? h('p', { class: 'drawer-url' }, h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, doc.url)) : null,
    h(
      'div',
      { class: 'legend doc-legend' },
      h('span', { class: 'legend-item' }, h('span', { class: 'hl-quote sample' }, 'quote')),
      h('span', { class: 'legend-item' }, h('span', { class: 'hl-claim sample' }, 'reported speech')),
      h('span', { class: 'legend-item' }, h('span', { class: 'hl-report sample' }, 'report')),
      h('span', { class: 'legend-item' }, h('span', { class: 'hl-event sample' }, 'event')),
      h('span', { class: 'legend-item' }, h('span', { class: 'hl-mention sample' }, 'name')),
    ),
  );
}

export function fillDrawer(drawer: HTMLElement, doc: Doc, focusFact: string | null, onEntity: (id: string) => void, onClose: () => void): void {
  const text = renderDocumentText(doc, focusFact, onEntity);
  const found = focusFact !== null && text.querySelector('.hl-focus') !== null;
  clear(
    drawer,
    renderDocumentHeader(doc, onClose),
    focusFact && !found ? h('p', { class: 'notice' }, 'The selected fact is not marked in this version of the article.') : null,
    h('div', { class: 'drawer-body' }, text),
  );
  drawer.dataset.doc = doc.id;
  const focus = text.querySelector('.hl-focus');
  if (focus) requestAnimationFrame(() => focus.scrollIntoView({ block: 'center' }));
}
