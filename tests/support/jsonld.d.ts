// The jsonld library has no types of its own: what tests/cli/export-graph.test.ts uses of it.
declare module 'jsonld' {
  interface Options {
    documentLoader?: (url: string) => Promise<unknown>;
  }
  const jsonld: { expand(input: object, options?: Options): Promise<object[]> };
  export default jsonld;
}
