import { execute } from './api.ts';
import type { DashboardEntityQuery } from './gql/graphql';
import type { Item } from './model.ts';
import type { Influence } from './network.ts';
import type { AnyPanel } from './panels/panel.ts';
import { EntityQuery } from './queries.ts';
import type { AppState } from './state.ts';
import type { TimelineEntry } from './timeline.ts';

export type Entity = NonNullable<DashboardEntityQuery['entity']>;

/** What the panels share: the state and how to change it, the entities' names, and answers others use. */
export interface App {
  state(): AppState;
  update(patch: Partial<AppState>, mode?: 'push' | 'replace'): void;
  addEntity(id: string): void;
  openFact(fact: string | null, doc: string | null): void;
  entities: EntityNames;
  /** the timeline's last answer (the activity chart's default window) and the network's (the chips' suggestions) */
  last: { timeline: { entries: TimelineEntry[]; undated: Item[] }; influence: Influence };
  /** runs a panel now (one run on request: a selection, a node's neighbours, a retry) */
  run(panel: AnyPanel): void;
  /** stops a panel's run in flight */
  cancel(name: string): void;
}

/** Names and kinds of chosen entities, asked once per id (the chips and the quote list both need them). */
export class EntityNames {
  private readonly known = new Map<string, Entity | null>();
  private readonly asked = new Map<string, Promise<Entity | null>>();

  load(id: string): Promise<Entity | null> {
    let p = this.asked.get(id);
    if (!p) {
      p = execute(EntityQuery, { id }).then(
        (r) => {
          this.known.set(id, r.entity ?? null);
          return r.entity ?? null;
        },
        () => {
          this.asked.delete(id);
          return null;
        },
      );
      this.asked.set(id, p);
    }
    return p;
  }

  get(id: string): Entity | null | undefined {
    return this.known.get(id);
  }

  name(id: string): string {
    return this.known.get(id)?.name ?? id;
  }
}
