import { describe, expect, it } from 'vitest';
import { CypherFileError, parseCypherFile } from './cypher-registry.ts';

const header = '// Purpose: test\n// Params: $id: String\n// Returns: n - one row\n// Row: { n: unknown }\n';
const noParams = '// Purpose: test\n// Params: none\n// Returns: x - one row\n// Row: { x: string }\n';

describe('parseCypherFile', () => {
  it('when a file has a header and one statement, then name, mode, params and row come from it', () => {
    const q = parseCypherFile(
      'entity/by-id.cypher',
      'x',
      `${header}MATCH (n {id: $id}) WHERE n.name <> '$notaparam' RETURN n;\n`,
    );
    expect(q).toMatchObject({
      name: 'entity/by-id',
      mode: 'read',
      params: ['id'],
      purpose: 'test',
      row: '{ n: unknown }',
    });
    expect(q.text.endsWith(';')).toBe(false);
  });

  it('when a header key goes on over indented lines, then they are part of it; an unindented comment is not', () => {
    const source =
      '// Purpose: test\n// Params: $a: String,\n//   $b: Int\n// Returns: x\n// Row: { x: string;\n//   ' +
      'y: number | null }\n// a note\nRETURN $a + $b AS x';
    expect(parseCypherFile('a.cypher', 'a', source)).toMatchObject({
      params: ['a', 'b'],
      row: '{ x: string; y: number | null }',
    });
  });

  it('when the header has no Purpose, then the error names the file', () => {
    expect(() => parseCypherFile('a.cypher', '/x/a.cypher', '// Returns: x\nRETURN 1')).toThrow(
      /\/x\/a.cypher: .*Purpose/,
    );
  });

  it('when the header has no Row type, or one that is not an object type, then it is refused naming the file', () => {
    expect(() => parseCypherFile('a.cypher', '/x/a.cypher', '// Purpose: t\n// Returns: x\nRETURN 1 AS x')).toThrow(
      /\/x\/a.cypher: .*Row/,
    );
    expect(() =>
      parseCypherFile('a.cypher', 'a', '// Purpose: t\n// Returns: x\n// Row: x is a number\nRETURN 1 AS x'),
    ).toThrow(/Row/);
  });

  it(
    'when the statement uses a $parameter its header does not declare, or the reverse, ' +
      'then it is refused naming both',
    () => {
      expect(() => parseCypherFile('a.cypher', 'a', `${header}RETURN $id + $other AS n`)).toThrow(
        /uses \$other without declaring it/,
      );
      expect(() => parseCypherFile('a.cypher', 'a', `${header}RETURN 1 AS n`)).toThrow(
        /declares \$id but does not use it/,
      );
    },
  );

  it('when a file holds two statements, then it is refused', () => {
    expect(() => parseCypherFile('a.cypher', 'a', `${noParams}RETURN 1; RETURN 2`)).toThrow(CypherFileError);
  });

  it('when a semicolon is inside a string, then it is not a second statement', () => {
    expect(parseCypherFile('a.cypher', 'a', `${noParams}RETURN 'a;b' AS x`).text).toBe("RETURN 'a;b' AS x");
  });

  it('when Mode is neither read nor write, then it is refused', () => {
    expect(() => parseCypherFile('a.cypher', 'a', `${noParams}// Mode: maybe\nRETURN 1`)).toThrow(/Mode/);
  });
});
