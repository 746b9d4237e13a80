import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.ts';
import { testMeta } from '../test-meta.ts';

const roles = (body: string, lang: string) =>
  extractDocument(body, testMeta(lang))
    .relations.filter((r) => r.type === 'HELD_ROLE')
    .map((r) => `${r.from} ${String(r.properties?.role ?? '')}`);

describe('the person a role title belongs to', () => {
  it('when a relative clause calls a named person by the title, then the role is theirs', () => {
    expect(
      roles('Karl Holmsen, der in manchen Berichten als US-Senator bezeichnet wird, eröffnete die Brücke.', 'de'),
    ).toContain('person:karl-holmsen US-Senator');
    expect(roles('Karl Holmsen, described in some reports as a US senator, opened the bridge.', 'en')).toEqual([
      'person:karl-holmsen US senator',
    ]);
  });

  it('when the German clause has no verb of naming after the title, then the title is not his', () => {
    expect(roles('Karl Holmsen, der als US-Senator kaum Zeit hat, eröffnete die Brücke.', 'de')).toEqual([]);
  });
});
