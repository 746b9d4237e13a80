import type { AppState } from '../state.ts';

/**
 * One part of the dashboard. It says which state keys it follows, how it loads (cancellable with the
 * signal it is given) and how it renders; the runner (runner.ts) decides when it runs and owns
 * cancellation, the loading note, the error box and its Try again.
 */
export interface Panel<D> {
  /** for cancellation: a newer run of the same panel aborts the older one */
  readonly name: string;
  /** said in the loading note and the error box: "Could not load the quotes." */
  readonly what: string;
  /** a change of any of these reloads the panel (none: it runs only when asked, e.g. a selection) */
  readonly deps: readonly (keyof AppState)[];
  /** reloads only when these change by the browser's back and forward buttons */
  readonly historyDeps?: readonly (keyof AppState)[];
  /** panels whose fresh answer reloads this one (the activity chart after the timeline) */
  readonly after?: readonly string[];
  /** a change of these re-renders from the last answer, without a request (the network's focus) */
  readonly view?: { deps: readonly (keyof AppState)[]; apply(state: AppState): void };
  /** where the loading note and the error box go */
  box(): HTMLElement;
  load(state: AppState, signal: AbortSignal): Promise<D>;
  render(data: D, state: AppState): void;
  /** instead of the default note in box(): a panel that shows loading elsewhere too */
  showLoading?(state: AppState): void;
  /** instead of putting the error box alone into box(): a panel that clears more on failure */
  showError?(errorBox: HTMLElement): void;
}

/** A panel of any answer type, as the runner holds them (render is a method, so Panel<X> fits). */
export type AnyPanel = Panel<unknown>;
