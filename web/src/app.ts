import { execute } from './api.ts';
import type { EntityFieldsFragment } from './gql/graphql';
import type { Item } from './model.ts';
import type { Influence } from './network.ts';
import type { AnyPanel } from './panels/panel.ts';
import { EntitiesQuery } from './queries.ts';
import type { AppState } from './state.ts';
import type { TimelineEntry } from './timeline.ts';

export type Entity = EntityFieldsFragment;

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

/**
 * Names and kinds of chosen entities, asked once per id (the chips and the quote list both need them). The
 * ids asked for in one tick go in one `nodes(ids)` request, not one request each.
 */
export class EntityNames {
  private readonly known = new Map<string, Entity | null>();
  private readonly asked = new Map<string, Promise<Entity | null>>();
  private batch: { id: string; resolve: (e: Entity | null) => void }[] = [];

  load(id: string): Promise<Entity | null> {
    let p = this.asked.get(id);
    if (!p) {
      p = new Promise<Entity | null>((resolve) => {
        if (!this.batch.length) queueMicrotask(() => void this.flush());
        this.batch.push({ id, resolve });
      });
      this.asked.set(id, p);
    }
    return p;
  }

  private async flush(): Promise<void> {
    const all = this.batch;
    this.batch = [];
    // nodes() takes at most 100 ids
    for (let i = 0; i < all.length; i += 100) await this.ask(all.slice(i, i + 100));
  }

  private async ask(batch: { id: string; resolve: (e: Entity | null) => void }[]): Promise<void> {
    try {
      const { nodes } = await execute(EntitiesQuery, { ids: batch.map((b) => b.id) });
      for (const [i, { id, resolve }] of batch.entries()) {
        const node = nodes[i];
        const entity = node && 'kind' in node ? (node as Entity) : null;
        this.known.set(id, entity);
        resolve(entity);
      }
    } catch {
      // asked again next time
      for (const { id, resolve } of batch) {
        this.asked.delete(id);
        resolve(null);
      }
    }
  }

  get(id: string): Entity | null | undefined {
    return this.known.get(id);
  }

  name(id: string): string {
    return this.known.get(id)?.name ?? id;
  }
}
