/**
 * The pause QUOTEGRAPH_TEST_PAUSE_AFTER_BATCHES asks of `quotegraph ingest`, for tests only. A test
 * that kills Neo4j or sends Ctrl-C "once some documents are in" used to poll the graph against a
 * deadline, and on a busy machine the deadline came first. With N set, the batch after N committed
 * ones is written but not committed; then one line goes to stderr,
 *
 *   test pause: 8 documents committed in 4 batches; the next batch is written, not committed; a line on stdin resumes
 *
 * and the process waits for a line (or the end) of standard input. The test does its deed (kills the
 * server, signals the process) and writes a newline. Use --concurrency 1 so no other batch is in
 * flight, and a QUERY_TIMEOUT_MS longer than the pause (it is also the transaction's timeout). Not for
 * `ingest -`, which reads its document from standard input.
 */
export function testPause(say: (line: string) => void, input: NodeJS.ReadableStream = process.stdin) {
  return async (committed: { batches: number; documents: number }): Promise<void> => {
    const resumed = new Promise<void>((resolve) => {
      let seen = '';
      const onData = (chunk: Buffer | string) => {
        seen += String(chunk);
        if (seen.includes('\n')) done();
      };
      const done = () => {
        input.off('data', onData);
        input.off('end', done);
        input.pause();
        resolve();
      };
      input.on('data', onData);
      input.once('end', done);
    });
    say(
      `test pause: ${committed.documents} documents committed in ${committed.batches} batches; the next ` +
        'batch is written, not committed; a line on stdin resumes',
    );
    await resumed;
  };
}
