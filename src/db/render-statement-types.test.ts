import { describe, expect, it } from 'vitest';
import { parseCypherFile } from './cypher-registry.ts';
import { exportedNames, renderStatementTypes } from './render-statement-types.ts';

const file = (name: string, params: string, row: string, body: string) =>
  parseCypherFile(
    `${name}.cypher`,
    `cypher/${name}.cypher`,
    `// Purpose: ${name} for a test\n// Params: ${params}\n// Returns: see Row\n// Row: ${row}\n${body}`,
  );

describe('renderStatementTypes', () => {
  it(
    'when statements are rendered, then each has its parameters, its row type and its mode, sorted by name, ' +
      'with the named row types imported',
    () => {
      const text = renderStatementTypes(
        [
          file(
            'b/page',
            '$id: String, $first: Int',
            '{ items: FactRow[]; total: number }',
            'MATCH (n {id: $id}) RETURN [] AS items, $first AS total',
          ),
          file('a/count', 'none', '{ n: number }', 'RETURN 1 AS n'),
        ],
        new Set(['FactRow', 'EntityRow']),
      );
      expect(text).toContain("import type { FactRow } from './row-types.ts';");
      expect(text.indexOf("'a/count'")).toBeLessThan(text.indexOf("'b/page'"));
      expect(text).toContain(
        "  'a/count': {\n    params: Record<string, never>;\n    row: { n: number };\n    mode: 'read';\n  };",
      );
      expect(text).toContain(
        '    params: { id: unknown; first: unknown };\n    row: { items: FactRow[]; total: number };',
      );
    },
  );

  it(
    'when a Row header names a type src/db/row-types.ts does not export, ' +
      'then it is refused naming the file and the type',
    () => {
      expect(() => renderStatementTypes([file('a/x', 'none', '{ x: Mystery }', 'RETURN 1 AS x')], new Set())).toThrow(
        /cypher\/a\/x.cypher: .*Mystery/,
      );
    },
  );
});

describe('exportedNames', () => {
  it('reads exported interfaces, types and re-exported type names', () => {
    const names = exportedNames(
      'export interface A {}\nexport type B = string;\nexport type { C, D };\ninterface Hidden {}\n',
    );
    expect([...names].sort()).toEqual(['A', 'B', 'C', 'D']);
  });
});
