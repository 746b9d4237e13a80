import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtProjectCopy } from '../support/built-project-copy.ts';

// `quotegraph --help` must cost about what starting Node costs (docs/decisions/0007): it runs the
// compiled build/ and loads no command's module. A ratio to `node -e ''` measured in the same
// moments, not a time: a loaded machine slows both alike. Through tsx it was 10-25x.
const RUNS = 7;
const MAX_RATIO = 4;
let project: Awaited<ReturnType<typeof builtProjectCopy>>;

function wall(args: string[]) {
  const started = performance.now();
  const out = spawnSync(process.execPath, args, {
    cwd: project.dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC' },
  });
  return { ...out, ms: performance.now() - started };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('quotegraph --help start-up', () => {
  beforeAll(async () => {
    project = await builtProjectCopy();
  });

  afterAll(async () => {
    await project?.remove();
  });

  it(
    'when run as npm ci leaves it (compiled), ' +
      'then it takes at most 4x a bare node start (medians of 7, interleaved)',
    () => {
      const help: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const h = wall([path.join(project.dir, 'bin', 'quotegraph.js'), '--help']);
        expect(h.stderr, 'the compiled build is what is measured: no tsx notice').toBe('');
        expect(h.status).toBe(0);
        expect(h.stdout).toContain('db status');
        help.push(h.ms);
        bare.push(wall(['-e', '']).ms);
      }
      const ratio = median(help) / median(bare);
      process.stdout.write(
        `quotegraph --help: median ${median(help).toFixed(0)} ms; node -e '': ${median(bare).toFixed(0)} ms; ` +
          `ratio ${ratio.toFixed(2)}\n`,
      );
      expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
    },
  );
});
