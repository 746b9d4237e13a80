import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import type { Database } from '../src/db/database.ts';
import { loadMigrations, migrate, pendingMigrations } from '../src/db/migrate.ts';
import { openTestDatabase } from './support/test-database.ts';

describe('migrations', () => {
  let db: Database;
  const dir = path.join(projectRoot(), 'cypher', 'migrations');
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('when the run started, then every migration was applied and recorded once', async () => {
    const migrations = await loadMigrations(dir);
    expect(migrations.length).toBeGreaterThanOrEqual(20);
    expect(await pendingMigrations(db, migrations)).toEqual([]);
    const [row] = await db.raw('MATCH (m:Migration) RETURN count(m) AS n, count(DISTINCT m.id) AS distinct');
    expect(row).toEqual({ n: migrations.length, distinct: migrations.length });
  });

  it('when migrate runs again, then it applies nothing and the schema is unchanged', async () => {
    const schema = async () =>
      await db.raw(
        'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, ' +
          'properties ORDER BY name',
      );
    const before = await schema();
    const report = await migrate(db, await loadMigrations(dir));
    expect(report.applied).toEqual([]);
    expect(await schema()).toEqual(before);
  });

  it(
    'when the schema is listed, ' +
      'then ids are unique, dates are range-indexed and text has German and English full-text indexes',
    async () => {
      const constraints = await db.raw(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN " +
          'labelsOrTypes[0] AS label, properties[0] AS property',
      );
      expect(constraints).toEqual(
        expect.arrayContaining(
          ['Entity', 'Document', 'Quote', 'Claim', 'Event', 'Report'].map((label) => ({ label, property: 'id' })),
        ),
      );
      const ranges = await db.raw(
        "SHOW INDEXES YIELD type, labelsOrTypes, properties WHERE type = 'RANGE' RETURN labelsOrTypes[0] AS " +
          'label, properties[0] AS property',
      );
      expect(ranges).toEqual(
        expect.arrayContaining([
          { label: 'Quote', property: 'earliest' },
          { label: 'Event', property: 'earliest' },
          { label: 'Report', property: 'earliest' },
        ]),
      );
      const fulltext = await db.raw(
        "SHOW INDEXES YIELD name, type, options WHERE type = 'FULLTEXT' RETURN name, " +
          'options.indexConfig.`fulltext.analyzer` AS analyzer ORDER BY name',
      );
      expect(fulltext).toEqual(
        expect.arrayContaining([
          { name: 'statement_text_de', analyzer: 'german' },
          { name: 'statement_text_en', analyzer: 'english' },
          { name: 'entity_names', analyzer: 'standard-folding' },
          { name: 'document_text_not_extracted', analyzer: 'standard-folding' },
        ]),
      );
    },
  );

  it('when an applied migration file is edited, then migrate refuses and says to add a new one', async () => {
    const migrations = await loadMigrations(dir);
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(db, edited)).rejects.toThrow(/001-migration-id-unique was changed after it was applied/);
  });
});
