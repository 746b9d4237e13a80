import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../src/curation/documents.ts';
import type { Database } from '../../src/db/database.ts';
import { readDocuments } from '../../src/documents/read-documents.ts';
import { sharedCorpusDir } from '../../src/evaluation/gold-sets.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { clusterOf } from '../../src/lineage/cluster-of.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Real articles from ../shared/corpus (third-party text, read from there): the seed (German) and dev 01
// (English, RFE/RL) report the same press conference; dev 03 (English, Reuters wire) and dev 11 (German,
// taz crediting Reuters) tell the same story. Neither the seed nor dev 01 gives its publication date: the
// test gives dev 01 the earlier one, as the issue asks ("the English wording as the earliest known
// rendering when its article is older"). Each article is ingested under a URL of this test's own.
const FILES = {
  seed: path.join(sharedCorpusDir, 'nato-rubio-umverteilung.de.txt'),
  dev01: path.join(sharedCorpusDir, 'dev', '01-en-rferl-rubio-bratislava.txt'),
  dev03: path.join(sharedCorpusDir, 'dev', '03-en-spokesman-reuters-command-posts.txt'),
  dev11: path.join(sharedCorpusDir, 'dev', '11-de-taz-nato-kommandoposten.txt'),
};
const present = Object.values(FILES).every(existsSync);
if (!present) console.warn(`[skipped] lineage on real articles: ${sharedCorpusDir} is absent`);

describe.skipIf(!present)('quote lineage on real articles (needs ../shared/corpus)', () => {
  const scope = testScope('lineage-dev');
  const url = (name: string) => `https://test.quotegraph.invalid/${scope}/${name}`;
  const PUBLISHED: Record<keyof typeof FILES, string | undefined> = {
    seed: '2026-02-17',
    // earlier than the sample corpus's retellings (2026-02-16 and later), which other tests load
    dev01: '2026-02-15',
    dev03: undefined,
    dev11: undefined,
  };
  let db: Database;
  const quotesOf = async (name: keyof typeof FILES) =>
    (
      await db.raw(
        `MATCH (d:Document {url: $u})<-[:SOURCED_FROM]-(q:Quote)
         RETURN q.id AS id, q.text AS text ORDER BY q.text`,
        { u: url(name) },
      )
    ).map((r) => ({ id: r.id as string, text: r.text as string }));

  beforeAll(async () => {
    db = await openTestDatabase();
    for (const [name, file] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
      const published = PUBLISHED[name];
      const [doc] = readDocuments(
        { path: file, bytes: readFileSync(file) },
        { url: url(name), source: url(name), ...(published ? { publishedAt: published } : {}) },
      );
      await ingestDocument(db, doc!);
    }
  });
  afterAll(async () => {
    // removed as a curator would: facts other documents also give stay
    for (const name of Object.keys(FILES)) await removeDocument(db, `test:${scope}`, url(name), 'test data');
    await db.raw('MATCH (a:AuditEntry) WHERE a.target CONTAINS $s OR a.who = $w DETACH DELETE a', {
      s: scope,
      w: `test:${scope}`,
    });
    await db?.close();
  });

  const seedAndDev01 =
    'when the seed and dev 01 are in the graph, then each press-conference quote has one cluster, English first';
  it(seedAndDev01, async () => {
    const seedQuotes = (await quotesOf('seed')).filter((q) => q.text.startsWith('Wir '));
    expect(seedQuotes.map((q) => q.text.slice(0, 24))).toEqual([
      'Wir verlangen nicht, das',
      'Wir verlassen die NATO n',
    ]);
    const english = await quotesOf('dev01');
    for (const [german, opening] of [
      [seedQuotes[1]!, "We're not leaving NATO"],
      [seedQuotes[0]!, "We're not asking Europe"],
    ] as const) {
      const cluster = await db.read((tx) => clusterOf(tx, german.id, null));
      expect(cluster, german.text).not.toBeNull();
      const origin = english.find((q) => q.text.startsWith(opening))!;
      expect(cluster!.origin.id, `${german.text} comes from "${opening}…"`).toBe(origin.id);
      const variant = cluster!.variants.find((v) => v.quote.id === german.id);
      expect(variant?.kind).toBe('TRANSLATION');
      expect(cluster!.summary).toMatch(
        /^First printed by RFE\/RL .* on 2026-02-15; .*the German wording first appears/,
      );
      // asked from the English side, it is the same cluster
      expect((await db.read((tx) => clusterOf(tx, origin.id, null)))?.id).toBe(cluster!.id);
    }
  });

  const credited =
    'when taz credits Reuters for the wire story, then its German rendering cites Reuters, from the wire';
  it(credited, async () => {
    const claims = await db.raw(
      `MATCH (d:Document {url: $u})<-[:SOURCED_FROM]-(c:Claim) WHERE c.text CONTAINS 'Kommandostellen'
       RETURN c.id AS id`,
      { u: url('dev11') },
    );
    expect(claims.length).toBeGreaterThan(0);
    const cluster = await db.read((tx) => clusterOf(tx, claims[0]!.id as string, null));
    expect(cluster).not.toBeNull();
    const taz = cluster!.variants.find((v) => v.quote.id === claims[0]!.id)!;
    expect(taz.cites.map((c) => c.outletId)).toContain('org:reuters');
    expect(cluster!.firstPrintedBy.join(' ')).toContain('Reuters');
    // the Reuters wire's rendering (carried by The Spokesman-Review a day earlier) is what taz's comes from
    const wire = cluster!.variants.find((v) => v.quote.id === taz.derivedFrom);
    expect(wire?.outlets.join(' ')).toContain('Reuters wire');
    expect(wire?.firstSeen).toBe('2026-02-09');
    expect(taz.after.join(' ')).toContain('Spokesman-Review');
    expect(cluster!.chains.find((c) => c.from === taz.quote.id)?.outlets).toEqual(['taz', 'Reuters']);
    expect(cluster!.summary).toMatch(/the German wording first appears in taz .* on 2026-02-10\.$/);
  });
});
