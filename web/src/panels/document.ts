import type { App } from '../app.ts';
import { execute, isAbort } from '../api.ts';
import { fillDrawer, type Span } from '../document-view.ts';
import { clear, h } from '../dom.ts';
import type { DashboardDocumentQuery } from '../gql/graphql';
import { DocumentQuery, DocumentSpansQuery } from '../queries.ts';
import type { Panel } from './panel.ts';
import { empty, errorBox, loading } from './states.ts';

type Doc = NonNullable<DashboardDocumentQuery['document']>;
type SpanPage = Doc['spans'];
interface Reading {
  doc: Doc;
  spans: Span[];
  page: SpanPage;
  signal: AbortSignal;
}

/** spans per request: the article view's span selection at this size stays under the API's cost limit */
const SPAN_PAGE = 1000;
/** spans loaded before a long article shows, while the fact it was opened for is not among them */
const SPANS_TO_FIND_FOCUS = 20_000;

const drawer = () => document.getElementById('drawer')!;

/** The article reader: the document's text with its quotes, claims and names marked, the opened fact in view. */
export function documentPanel(app: App): Panel<Reading | null | 'gone'> {
  const close = () => app.update({ doc: null, fact: null });
  const closeButton = () =>
    h('button', { type: 'button', class: 'icon-btn drawer-close', 'aria-label': 'Close', onclick: close }, '×');
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !drawer().hidden && !(e.target instanceof HTMLInputElement)) close();
  });
  const panel: Panel<Reading | null | 'gone'> = {
    name: 'document',
    what: 'the article',
    deps: ['doc', 'fact'],
    box: drawer,
    showLoading(state) {
      for (const row of document.querySelectorAll<HTMLElement>('.quote'))
        row.classList.toggle('current', row.dataset.quote === state.fact);
      drawer().hidden = !state.doc;
      document.body.classList.toggle('drawer-open', !!state.doc);
      if (state.doc) clear(drawer(), loading('the article'));
    },
    showError: (box) => clear(drawer(), closeButton(), box),
    async load(state, signal) {
      if (!state.doc) return null;
      const { document: doc } = await execute(DocumentQuery, { id: state.doc, first: SPAN_PAGE }, signal);
      if (!doc) return 'gone';
      const reading: Reading = { doc, spans: doc.spans.edges.map((e) => e.node), page: doc.spans, signal };
      // A long transcript has tens of thousands of spans: load pages until the opened fact is marked
      const hasFocus = () => state.fact === null || reading.spans.some((sp) => sp.fact?.id === state.fact);
      while (
        reading.page.pageInfo.hasNextPage &&
        !hasFocus() &&
        reading.spans.length < SPANS_TO_FIND_FOCUS &&
        (await nextPage(reading))
      );
      return reading;
    },
    render(reading, state) {
      if (reading === null) return;
      if (reading === 'gone') {
        clear(drawer(), closeButton(), empty('This article is not in the graph any more.'));
        return;
      }
      const show = () => {
        const more = reading.page.pageInfo.hasNextPage
          ? {
              loaded: reading.spans.length,
              total: reading.page.totalCount,
              loadNext: () =>
                void nextPage(reading).then(show, (err: unknown) => {
                  if (!isAbort(err))
                    clear(
                      drawer(),
                      closeButton(),
                      errorBox('the article', err, () => app.run(panel as Panel<unknown>)),
                    );
                }),
            }
          : null;
        fillDrawer(drawer(), reading.doc, reading.spans, more, state.fact, app.addEntity, close);
      };
      show();
      drawer().querySelector<HTMLElement>('.drawer-close')?.focus({ preventScroll: true });
    },
  };
  return panel;
}

async function nextPage(r: Reading): Promise<boolean> {
  const next = await execute(
    DocumentSpansQuery,
    { id: r.doc.id, first: SPAN_PAGE, after: r.page.pageInfo.endCursor ?? '' },
    r.signal,
  );
  if (!next.document) return false;
  r.page = next.document.spans;
  r.spans.push(...r.page.edges.map((e) => e.node));
  return true;
}
