import type { App, Entity } from '../app.ts';
import { execute } from '../api.ts';
import { formatDate } from '../dates.ts';
import { clear, h } from '../dom.ts';
import type { ConflictKind, ConflictReason, DashboardConflictsQuery } from '../gql/graphql';
import type { DetailedItem } from '../model.ts';
import { ConflictsQuery } from '../queries.ts';
import { TYPE_COLORS } from '../timeline.ts';
import { itemCard } from './items.ts';
import type { Panel } from './panel.ts';
import { empty, loading } from './states.ts';

type Conflict = DashboardConflictsQuery['conflicts'][number];
type Side = Conflict['a'];
interface ConflictsAnswer {
  entities: Entity[];
  conflicts: Conflict[];
}

const KIND_LABELS: Record<ConflictKind, string> = { ROLE: 'Role', ATTRIBUTION: 'Attribution', DATE: 'Date' };
const REASON_LABELS: Record<ConflictReason, string> = {
  ROLE_ENDED: 'the role is given after the record says it ended',
  ROLE_NOT_YET_HELD: 'the role is given before the record says it began',
  OTHER_SPEAKER: 'the same words are attributed to someone else',
  OTHER_DATE: 'the statement is placed at an event of another date',
};

const list = () => document.getElementById('conflicts')!;
const sub = () => document.getElementById('conflicts-sub')!;

/** Where the sources disagree about the chosen entities: each conflict's two accounts side by side, undecided. */
export function conflictsPanel(app: App): Panel<ConflictsAnswer | null> {
  return {
    name: 'conflicts',
    what: 'the conflicts',
    deps: ['entities', 'from', 'to', 'asOf'],
    box: list,
    showLoading() {
      clear(list(), loading('conflicts'));
      clear(sub());
    },
    async load(state, signal) {
      if (!state.entities.length) return null;
      const entities = (await Promise.all(state.entities.map((id) => app.entities.load(id)))).filter(
        (e): e is Entity => !!e,
      );
      const answers = await Promise.all(
        entities.map((e) =>
          execute(ConflictsQuery, { id: e.id, from: state.from, to: state.to, asOf: state.asOf }, signal),
        ),
      );
      // two chosen entities can share a conflict (one's words attributed to the other): list it once
      const byId = new Map<string, Conflict>();
      for (const a of answers) for (const c of a.conflicts) byId.set(c.id, c);
      return { entities, conflicts: [...byId.values()] };
    },
    render(answer, state) {
      if (!answer) {
        clear(sub());
        clear(list(), empty('Choose an entity to see where its sources disagree.'));
        return;
      }
      const { entities, conflicts } = answer;
      const n = conflicts.length;
      clear(
        sub(),
        entities.length
          ? `${n} conflict${n === 1 ? '' : 's'} about ${entities.map((e) => e.name).join(', ')}` +
              (state.asOf ? ` · as known on ${formatDate(state.asOf)}` : '')
          : '',
      );
      if (!entities.length) clear(list(), empty('None of the chosen entities is in the graph.'));
      else if (!n)
        clear(
          list(),
          empty(
            state.asOf
              ? 'No disagreement between the sources had been published by that date.'
              : 'The sources do not disagree about them in this window.',
          ),
        );
      else clear(list(), ...conflicts.map((c) => conflictRow(app, c)));
    },
  };
}

function conflictRow(app: App, c: Conflict): HTMLElement {
  return h(
    'li',
    { class: 'conflict', 'data-conflict': c.id, 'data-kind': c.kind, 'data-reason': c.reason },
    h(
      'div',
      { class: 'conflict-head' },
      h('span', { class: 'badge conflict-kind', title: `${c.kind} · ${c.reason}` }, KIND_LABELS[c.kind] ?? c.kind),
      h('span', { class: 'conflict-reason' }, REASON_LABELS[c.reason] ?? c.reason),
    ),
    h('p', { class: 'conflict-summary' }, c.summary),
    h('div', { class: 'conflict-sides' }, sideColumn(app, 'a', c.a), sideColumn(app, 'b', c.b)),
  );
}

/** One account: what it says in a line, then its facts, each with its time and its sources' passages. */
function sideColumn(app: App, which: 'a' | 'b', side: Side): HTMLElement {
  const facts = side.facts.filter((n): n is DetailedItem => n.__typename in TYPE_COLORS && 'sources' in n);
  return h(
    'section',
    { class: 'conflict-side', 'data-side': which },
    h('h3', {}, side.summary),
    facts.length
      ? h('ul', { class: 'conflict-facts' }, ...facts.map((f) => itemCard(app, f, true)))
      : h('p', { class: 'muted small' }, 'No fact of this account in the window.'),
  );
}
