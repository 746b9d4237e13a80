import { defineConfig } from 'vitest/config';

// Two projects so the extraction loop stays fast: `unit` (src/**, no database, no global setup;
// `npm run test:unit`) and `integration` (tests/**, against one real Neo4j that
// tests/global-setup.ts starts). `npm test` runs both. A test under src/ that needs Neo4j belongs
// in tests/: the unit project has no connection to inject.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    // Safety nets, not measurements: tests wait for events (lines printed, states reached), and a
    // loaded 2-core machine (the whole suite plus a CPU hog) makes a step minutes slow, not wrong.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // Stopping the local Neo4j at the end checkpoints the store: allow it more than the default 10 s.
    teardownTimeout: 90_000,
    // Integration tests share one Neo4j; two workers keep a 2-core machine responsive.
    maxWorkers: 2,
    projects: [
      // isolate: false loads the extractor's lexicons once per worker instead of once per file (the
      // unit tests keep no global state and mock nothing): 50 s -> 10 s on a loaded 2-core machine.
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
    ],
  },
});
