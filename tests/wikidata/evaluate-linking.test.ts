import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { evaluateLinking } from '../../src/wikidata/evaluate-linking.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// The linking evaluation end to end on an invented article (written here): it quotes Michael Jordan,
// whose name is the label of one item of the fixture dump, and an invented coach no item is for.
describe('measuring Wikidata linking on a set of articles', () => {
  const scope = testScope('eval-linking');
  const tag = `Linko${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-eval-linking-'));
  const file = path.join(dir, `${tag}.md`);
  const dump = path.join(projectRoot(), 'tests/fixtures/wikidata/entities-dump.json');
  let db: Database;
  let ids: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    writeFileSync(
      file,
      [
        '---',
        `title: ${tag} game`,
        `url: https://test.quotegraph.invalid/${scope}/game`,
        `outlet: ${tag} Sports`,
        'publishedAt: 2021-02-03',
        'lang: en',
        '---',
        'Invented text, written for a quotegraph test.',
        '',
        `"The hall was full," coach Greta ${tag} said on 2 February 2021.`,
        '',
        '"I came back for the young players," Michael Jordan said.',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await db.raw('MATCH (c:WikidataCandidate) WHERE c.entityId IN $ids DELETE c', { ids });
    await db.raw('MATCH (d:Document {source: $file}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', {
      file,
    });
    await db.raw('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids });
    rmSync(dir, { recursive: true, force: true });
    await db?.close();
  });

  it('when the articles are linked, then each expected item is scored by what became of its entity', async () => {
    const r = await evaluateLinking(db, {
      articles: [file],
      dumps: [dump],
      expected: {
        version: 1,
        description: 'test',
        entities: [
          { name: 'Michael Jordan', qid: 'Q41421', checked: 'fixture' },
          { name: `Greta ${tag}`, qid: null, checked: 'invented' },
          { name: `Nobody ${tag}`, qid: 'Q5', checked: 'invented' },
        ],
      },
    });
    ids = (
      await db.raw('MATCH (e:Entity) WHERE e.name IN $names RETURN e.id AS id', {
        names: ['Michael Jordan', `Greta ${tag}`],
      })
    ).map((row) => row.id as string);
    expect(r.documents).toHaveLength(1);
    expect(r.pass).toMatchObject({ entitiesRead: 6, links: 1, candidates: 0 });
    expect(r.rows.map((row) => [row.name, row.outcome, row.linked])).toEqual([
      ['Michael Jordan', 'correct', 'Q41421'],
      [`Greta ${tag}`, 'nil', null],
      [`Nobody ${tag}`, 'absent', null],
    ]);
    expect(r.counts).toMatchObject({ correct: 1, wrong: 0, review: 0, nil: 1, absent: 1 });
    expect(r).toMatchObject({ precision: 1, recall: 1 });
  });
});
