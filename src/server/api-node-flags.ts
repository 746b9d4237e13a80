/**
 * Node flags for the process that serves the API (`npm start`, the Dockerfile, the benchmarks and the
 * load test). A 4 MB semi-space keeps V8's young generation small: under 64 concurrent connections the
 * API peaked at 303.5 MB RSS with the default and at 254 MB with this (docs/benchmarks.md). Growing
 * the heap by 30% per full collection (V8 picks up to 4x) keeps the two heaps of the HTTP thread and
 * the execution thread from each growing to several times what is live: under the same load the HTTP
 * thread's old space grew from 35 to 136 MB between full collections and the process peaked at
 * 316-322 MB; with it, 225 MB. V8 flags hold for every thread of the process. package.json and the
 * Dockerfile repeat the flags; tests/docker-compose.test.ts checks that they still do.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=30'] as const;
