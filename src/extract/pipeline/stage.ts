// One step of the extraction pipeline and what it declares: the keys of the state it reads, the
// keys it writes (sets: exactly one stage writes each key) and the keys it amends (adds to in
// place what an earlier stage wrote: speakers found while attributing quotes become mentions).
// The order rules over these declarations are in stage-order.ts.

import type { Context } from '../context.ts';
import type { PipelineState, StateKey } from './state.ts';

export interface Stage {
  readonly name: string;
  readonly reads: readonly StateKey[];
  readonly writes: readonly StateKey[];
  readonly amends: readonly StateKey[];
  /**
   * `state` and `ctx` are the same object: `state` typed to what the stage declares, `ctx` for the
   * stage functions that take a whole Context. Returns the keys it writes.
   */
  run(state: PipelineState, ctx: Context): Partial<PipelineState>;
}

/** The keys a stage writes and no other key of the state. */
type Writes<W extends StateKey> = Pick<PipelineState, W> & { [K in Exclude<StateKey, W>]?: never };

/**
 * A stage whose typed view holds only the keys it reads or amends, and whose result only (and all)
 * the keys it writes. What it reaches through `ctx` TypeScript cannot see; stages.test.ts can.
 */
export function stage<R extends StateKey, W extends StateKey, A extends StateKey = never>(declared: {
  name: string;
  reads: readonly R[];
  writes: readonly W[];
  amends?: readonly A[];
  run(state: Pick<PipelineState, NoInfer<R | A>>, ctx: Context): Writes<NoInfer<W>>;
}): Stage {
  return { ...declared, amends: declared.amends ?? [] };
}

/** Runs the stages in order over one state, each stage's writes assigned to it after the stage. */
export function runStages(state: PipelineState, stages: readonly Stage[]): PipelineState {
  for (const s of stages) Object.assign(state, s.run(state, state));
  return state;
}
