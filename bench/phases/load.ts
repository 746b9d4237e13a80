import { measureLoad, startApiProcess } from '../lib/load.ts';
import type { operations } from '../lib/operations.ts';
import { type measureOperations, post } from '../lib/queries.ts';
import type { Options } from './options.ts';
import type { BenchServer, Cleanup, Say } from './types.ts';

/** The 64-connection load on the API as its own process: admitted and shed answers, the API's RSS. */
export async function measureApiLoad(
  server: BenchServer,
  ops: ReturnType<typeof operations>,
  queries: Awaited<ReturnType<typeof measureOperations>>,
  o: Options,
  say: Say,
  cleanup: Cleanup,
) {
  // 4. concurrent load on the API as its own process.
  const apiProc = await startApiProcess(server.connection, say);
  cleanup.unshift(() => apiProc.stop());
  const mixOps = ops.filter((op) => (queries.find((q) => q.name === op.name)?.ours.median ?? Infinity) < 250);
  const bodies = mixOps.map((op) => ({ name: op.name, body: JSON.stringify(op.ours) }));
  for (const b of bodies) await post(apiProc.url, JSON.parse(b.body));
  const warmup = Math.ceil(o.loadSeconds / 2);
  const mix = bodies.map((b) => b.name).join(', ');
  say(`load: ${o.loadConnections} connections, ${o.loadSeconds} s (after ${warmup} s warm-up), mix ${mix}`);
  const load = await measureLoad(apiProc.url, apiProc.child.pid!, bodies, o.loadConnections, o.loadSeconds, warmup);
  say(
    `load: ${load.reqPerSec} req/s, p99 ${load.latencyMs.p99} ms, errors ${load.errors}, ` +
      `API RSS max ${load.apiRssMb.max} MB`,
  );
  const { admitted, shed, eventLoopDelayMs: delay } = load;
  say(
    `load: admitted ${admitted.requests} (p50 ${admitted.latencyMs.median} ms, p99 ${admitted.latencyMs.p99} ms), ` +
      `shed ${shed.requests} (p50 ${shed.latencyMs.median} ms, p99 ${shed.latencyMs.p99} ms; ` +
      `${shed.afterWaiting} of them after waiting out the deadline; ` +
      `the others p50 ${shed.atOnceMs.median} ms, p99 ${shed.atOnceMs.p99} ms)`,
  );
  say(`load: API event-loop delay p50 ${delay.p50} ms, p99 ${delay.p99} ms, max ${delay.max} ms`);
  say(`  slowest: ${load.slowest.map((x) => `${x.op} ${x.ms} ms at ${x.atS} s`).join('; ')}`);
  for (const [name, op] of Object.entries(load.byOperation))
    say(
      `  ${name}: admitted ${op.admitted} (p50 ${op.admittedMs.p50} ms, p99 ${op.admittedMs.p99} ms), shed ${op.shed}`,
    );
  return load;
}
