/**
 * The bound on a statement of the start-up sequence (migration bookkeeping, EXPLAIN checks).
 * QUERY_TIMEOUT_MS (15 s) is meant for requests: a server that has just started on a busy 2-core
 * machine has a cold planner and took longer than that for its first statements, and the start
 * failed with QUERY_TIMEOUT. Ten minutes only catches a server that hangs.
 */
export const STARTUP_STATEMENT_TIMEOUT_MS = 600_000;
