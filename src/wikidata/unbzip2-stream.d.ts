// unbzip2-stream 1.4.3 ships without types; only what src/wikidata/open-lines.ts uses.
declare module 'unbzip2-stream' {
  import type { Duplex } from 'node:stream';
  /** A through stream: bzip2 bytes in, plain bytes out. */
  function unbzip2Stream(): Duplex;
  export default unbzip2Stream;
}
