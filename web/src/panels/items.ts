import type { App } from '../app.ts';
import { formatDate, formatEdtf } from '../dates.ts';
import { h } from '../dom.ts';
import { summary, typeLabel, who, type DetailedItem, type Item, type Source } from '../model.ts';
import { TYPE_COLORS } from '../timeline.ts';

// How facts and their sources look wherever a panel lists them.

export function whenOf(item: Item): string | null {
  return item.span?.edtf ?? null;
}

/** excerpts: each source's passage under its outlet, where the wording is the point (a conflict's sides) */
export function sourceList(app: App, sources: readonly Source[], factId: string, excerpts = false): HTMLElement {
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
          {
            type: 'button',
            class: excerpts && s.excerpt ? 'source with-excerpt' : 'source',
            title: `Open “${s.document.title ?? s.document.id}” with this passage marked`,
            onclick: () => app.openFact(factId, s.document.id),
          },
          h('span', { class: 'outlet' }, s.document.outlet ?? 'Unknown outlet'),
          h('span', { class: 'doc-title' }, s.document.title ?? ''),
          s.document.publishedAt
            ? h('time', { datetime: s.document.publishedAt }, formatDate(s.document.publishedAt))
            : h('span', { class: 'muted' }, 'undated'),
          excerpts && s.excerpt ? h('q', { class: 'excerpt' }, s.excerpt) : null,
        ),
      ),
    ),
  );
}

export function itemCard(app: App, item: DetailedItem, excerpts = false): HTMLElement {
  const speaker = who(item);
  return h(
    'li',
    { class: `item item-${item.__typename}`, 'data-id': item.id },
    h(
      'div',
      { class: 'item-head' },
      h('span', { class: 'badge', style: `--c:${TYPE_COLORS[item.__typename]}` }, typeLabel(item.__typename)),
      h('span', { class: 'item-when' }, formatEdtf(whenOf(item))),
      speaker ? h('span', { class: 'item-who' }, speaker) : null,
    ),
    h(
      item.__typename === 'Quote' ? 'blockquote' : 'p',
      { class: 'item-text', lang: 'lang' in item ? (item.lang ?? undefined) : undefined },
      summary(item),
    ),
    sourceList(app, item.sources, item.id, excerpts),
  );
}
