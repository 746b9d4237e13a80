import { describe, expect, it } from 'vitest';
import { CypherFileError, parseCypherFile } from './cypher-registry.ts';

const header = '// Purpose: test\n// Params: $id: String\n// Returns: n - one row\n';

describe('parseCypherFile', () => {
  it('when a file has a header and one statement, then name, mode and params come from it', () => {
    const q = parseCypherFile('entity/by-id.cypher', 'x', `${header}MATCH (n {id: $id}) WHERE n.name <> '$notaparam' RETURN n;\n`);
    expect(q).toMatchObject({ name: 'entity/by-id', mode: 'read', params: ['id'], purpose: 'test' });
    expect(q.text.endsWith(';')).toBe(false);
  });

  it('when the header has no Purpose, then the error names the file', () => {
    expect(() => parseCypherFile('a.cypher', '/x/a.cypher', '// Returns: x\nRETURN 1')).toThrow(/\/x\/a.cypher: .*Purpose/);
  });

  it('when a file holds two statements, then it is refused', () => {
    expect(() => parseCypherFile('a.cypher', 'a', `${header}RETURN 1; RETURN 2`)).toThrow(CypherFileError);
  });

  it('when a semicolon is inside a string, then it is not a second statement', () => {
    expect(parseCypherFile('a.cypher', 'a', `${header}RETURN 'a;b' AS x`).text).toBe("RETURN 'a;b' AS x");
  });

  it('when Mode is neither read nor write, then it is refused', () => {
    expect(() => parseCypherFile('a.cypher', 'a', `${header}// Mode: maybe\nRETURN 1`)).toThrow(/Mode/);
  });
});
