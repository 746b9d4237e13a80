import type { buildWorld } from '../corpus/world.ts';
import type { startBenchServer } from '../lib/server.ts';

/** A progress line on stderr, with the seconds since the bench started. */
export type Say = (line: string) => void;
export type World = ReturnType<typeof buildWorld>;
export type BenchServer = Awaited<ReturnType<typeof startBenchServer>>;
/** what to stop when the bench ends, newest first */
export type Cleanup = (() => Promise<void>)[];
