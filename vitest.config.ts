import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    env: { TZ: 'UTC' },
    // Safety nets, not measurements: tests wait for events (lines printed, states reached), and a
    // loaded 2-core machine (the whole suite plus a CPU hog) makes a step minutes slow, not wrong.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // Stopping the local Neo4j at the end checkpoints the store: allow it more than the default 10 s.
    teardownTimeout: 90_000,
    // Integration tests share one Neo4j; two workers keep a 2-core machine responsive.
    maxWorkers: 2,
  },
});
