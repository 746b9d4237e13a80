/**
 * Node flags for the process that serves the API (`npm start`, the Dockerfile, the benchmarks and the
 * load test). A 4 MB semi-space keeps V8's young generation small: under 64 concurrent connections the
 * API peaked at 303.5 MB RSS with the default and at 254 MB with this (docs/benchmarks.md). package.json
 * and the Dockerfile repeat the flag; tests/docker-compose.test.ts checks that they still do.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=30'] as const;
