import type { LineFormat } from '../../src/import/import-lines.ts';

/**
 * An importer format as the given one, except that its write throws on the `stopAt`th batch (never, when
 * undefined): the import stops there as one killed after its last commit would, the batches before it in
 * the graph and in the checkpoint. `parsed` lists the lines (record starts) it was asked to read, so a test
 * sees where a resumed run began.
 */
export function stoppingFormat<R, D>(
  format: LineFormat<R, D>,
  stopAt?: number,
): LineFormat<R, D> & { parsed: number[] } {
  let batches = 0;
  const parsed: number[] = [];
  return {
    ...format,
    parsed,
    parse(line, at) {
      parsed.push(at.number);
      return format.parse(line, at);
    },
    async write(db, records) {
      if (++batches === stopAt) throw new Error('stopped on purpose');
      return format.write(db, records);
    },
  };
}
