import { isAbort } from '../api.ts';
import { clear } from '../dom.ts';
import type { AppState } from '../state.ts';
import type { AnyPanel } from './panel.ts';
import { errorBox, loading } from './states.ts';

function changed(prev: AppState | null, next: AppState, keys: readonly (keyof AppState)[]): boolean {
  return !prev || keys.some((k) => JSON.stringify(prev[k]) !== JSON.stringify(next[k]));
}

/**
 * Runs the panels: on a state change, each panel whose keys changed loads again; a newer run of a
 * panel aborts its older one, so a slow answer never overwrites a newer one; while it loads the
 * panel shows a note, and when it fails an error box whose Try again runs it once more.
 */
export class PanelRunner {
  /** the latest run of each panel: aborted by the next, so what an answer started later (a page of spans) stops too */
  private readonly controllers = new Map<string, AbortController>();

  constructor(
    private readonly panels: readonly AnyPanel[],
    private readonly state: () => AppState,
  ) {}

  /** after the state changed from prev (null: the first time, every panel with keys loads) */
  apply(prev: AppState | null, fromHistory = false): void {
    const now = this.state();
    const reloads = (p: AnyPanel) =>
      (p.deps.length > 0 && changed(prev, now, p.deps)) ||
      (fromHistory && !!p.historyDeps && changed(prev, now, p.historyDeps));
    const reloading = new Set(this.panels.filter(reloads).map((p) => p.name));
    for (const p of this.panels) {
      // a panel that follows another one runs once that one has answered, not twice
      if (reloading.has(p.name) && !p.after?.some((name) => reloading.has(name))) void this.run(p);
      else if (!reloading.has(p.name) && p.view && prev && changed(prev, now, p.view.deps)) p.view.apply(now);
    }
  }

  /** loads and renders one panel now, cancelling its run in flight */
  async run(p: AnyPanel): Promise<void> {
    this.controllers.get(p.name)?.abort();
    const controller = new AbortController();
    this.controllers.set(p.name, controller);
    const state = this.state();
    if (p.showLoading) p.showLoading(state);
    else clear(p.box(), loading(p.what));
    try {
      const data: unknown = await p.load(state, controller.signal);
      if (controller.signal.aborted) return;
      p.render(data, state);
    } catch (err) {
      if (isAbort(err) || controller.signal.aborted) return;
      const box = errorBox(p.what, err, () => void this.run(p));
      if (p.showError) p.showError(box);
      else clear(p.box(), box);
      return;
    }
    for (const q of this.panels) if (q.after?.includes(p.name)) void this.run(q);
  }

  /** stops a panel's run in flight (a closed selection) */
  cancel(name: string): void {
    this.controllers.get(name)?.abort();
    this.controllers.delete(name);
  }
}
