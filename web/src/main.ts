import './styles.css';
import { EntityNames, type App } from './app.ts';
import { InfluenceNetwork } from './network.ts';
import { activityPanel } from './panels/activity.ts';
import { chipsPanel } from './panels/chips.ts';
import { conflictsPanel } from './panels/conflicts.ts';
import { documentPanel } from './panels/document.ts';
import { influencePanel } from './panels/influence.ts';
import { quotesPanel } from './panels/quotes.ts';
import { PanelRunner } from './panels/runner.ts';
import { timelinePanels } from './panels/timeline.ts';
import { mountSearch } from './search.ts';
import { formatState, MAX_ENTITIES, parseState, type AppState } from './state.ts';
import { Timeline } from './timeline.ts';

// The page's wiring: the state lives in the URL; a change pushes (or replaces) a history entry and
// the runner reloads the panels that follow the keys that changed (src/panels/*).

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: AppState = parseState(location.search);

const app: App = {
  state: () => state,
  update,
  addEntity(id) {
    if (!state.entities.includes(id)) update({ entities: [...state.entities, id].slice(-MAX_ENTITIES), view: null });
  },
  openFact(fact, doc) {
    if (doc) update({ doc, fact });
  },
  entities: new EntityNames(),
  last: { timeline: { entries: [], undated: [] }, influence: [] },
  run: (panel) => void runner.run(panel),
  cancel: (name) => runner.cancel(name),
};

const timeline = new Timeline($('timeline'), {
  onSelect: (sel) => timelineParts.select(sel.label, sel.items),
  onView: (view) => update({ view }, 'replace'),
});
const timelineParts = timelinePanels(app, timeline);
const network = new InfluenceNetwork($('network'), (id) => update({ focus: id }, 'replace'));
const runner = new PanelRunner(
  [
    chipsPanel(app),
    timelineParts.panel,
    activityPanel(app),
    influencePanel(app, network),
    quotesPanel(app),
    conflictsPanel(app),
    documentPanel(app),
  ],
  () => state,
);

function update(patch: Partial<AppState>, mode: 'push' | 'replace' = 'push'): void {
  const prev = state;
  state = { ...state, ...patch };
  const url = formatState(state) || location.pathname;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  syncControls();
  runner.apply(prev);
}

window.addEventListener('popstate', () => {
  const prev = state;
  state = parseState(location.search);
  syncControls();
  runner.apply(prev, true);
});

// ---------- controls ----------

const windowForm = $<HTMLFormElement>('window');
function syncControls(): void {
  for (const name of ['from', 'to', 'asOf'] as const) {
    const input = windowForm.elements.namedItem(name) as HTMLInputElement;
    if (input.value !== (state[name] ?? '')) input.value = state[name] ?? '';
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-bucket]'))
    b.setAttribute('aria-pressed', String(b.dataset.bucket === state.bucket));
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

mountSearch($('search'), {
  onEntity: (id) => app.addEntity(id),
  onFact: ({ id, speakerId, documentId }) => {
    const entities =
      speakerId && !state.entities.includes(speakerId)
        ? [...state.entities, speakerId].slice(-MAX_ENTITIES)
        : state.entities;
    update({ entities, doc: documentId, fact: id, view: entities === state.entities ? state.view : null });
  },
  onDocument: (id) => app.openFact(null, id),
});

syncControls();
runner.apply(null);
