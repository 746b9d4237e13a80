// Where the gold sets live and how an article of one is read. Articles go through readDocuments,
// the reader ingest uses, so gold offsets are checked against the very body the extractor sees in
// production (front matter, BOM, CRLF and all).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText } from '../documents/decode-text.ts';
import { splitFrontMatter } from '../documents/front-matter.ts';
import { readDocuments } from '../documents/read-documents.ts';
import type { SourceDocument } from '../documents/source-document.ts';
import { readGold, type Gold } from './gold-schema.ts';

/**
 * real: third-party news the rules were not written on (../shared/corpus, outside the repository);
 * invented: articles the team wrote, which say nothing about quality on unseen text.
 */
export type GoldOrigin = 'real' | 'invented';

export interface GoldSet {
  name: GoldSetName;
  origin: GoldOrigin;
  dir: string;
  description: string;
}

export const GOLD_SET_NAMES = ['dev', 'dev-broad', 'sample', 'heldout', 'blind', 'blind2', 'blind3'] as const;
export type GoldSetName = (typeof GOLD_SET_NAMES)[number];

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** ../shared/corpus next to the checkout; absent on machines that only have the repository. */
export const sharedCorpusDir = join(projectRoot, '..', 'shared', 'corpus');
const heldout = join(projectRoot, 'data', 'heldout');

export const GOLD_SETS: readonly GoldSet[] = [
  { name: 'dev', origin: 'real', dir: join(sharedCorpusDir, 'dev'), description: 'real NATO/defence articles' },
  {
    name: 'dev-broad',
    origin: 'real',
    dir: join(sharedCorpusDir, 'dev-broad'),
    description: 'real articles on other topics',
  },
  { name: 'sample', origin: 'invented', dir: join(projectRoot, 'data', 'sample'), description: 'the demo corpus' },
  { name: 'heldout', origin: 'invented', dir: heldout, description: 'written before the extractor saw them' },
  { name: 'blind', origin: 'invented', dir: join(heldout, 'blind'), description: 'written after tuning on heldout' },
  { name: 'blind2', origin: 'invented', dir: join(heldout, 'blind2'), description: 'written after tuning on blind' },
  { name: 'blind3', origin: 'invented', dir: join(heldout, 'blind3'), description: 'written after tuning on blind2' },
];

export function goldSet(name: GoldSetName): GoldSet {
  return GOLD_SETS.find((s) => s.name === name)!;
}

export interface GoldArticleFile {
  set: GoldSetName;
  /** file name, e.g. 01-en-rferl-rubio-bratislava.txt */
  name: string;
  path: string;
  goldPath: string;
}

/** The articles of a set that have a gold file, in name order; [] when the set's folder is absent. */
export function listGoldArticles(set: GoldSet): GoldArticleFile[] {
  if (!existsSync(set.dir)) return [];
  return readdirSync(set.dir)
    .filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md')
    .sort()
    .map((name) => ({
      set: set.name,
      name,
      path: join(set.dir, name),
      goldPath: join(set.dir, 'gold', name.replace(/\.(txt|md)$/, '.json')),
    }))
    .filter((f) => existsSync(f.goldPath));
}

export interface Article {
  /** the document exactly as ingest reads it: meta and the body all offsets index into */
  doc: SourceDocument;
  /** the whole front-matter mapping, for fields ingest does not keep (sample, note) */
  frontMatter: Record<string, unknown>;
}

/** One article as ingest reads it (a .txt file holds exactly one document). */
export function readArticle(path: string): Article {
  const bytes = readFileSync(path);
  const [doc] = readDocuments({ path, bytes }, {});
  if (!doc) throw new Error(`${basename(path)}: no document`);
  return { doc, frontMatter: splitFrontMatter(path, decodeText(path, bytes)).data ?? {} };
}

export interface GoldArticle extends GoldArticleFile, Article {
  gold: Gold;
}

export function readGoldArticle(file: GoldArticleFile): GoldArticle {
  return { ...file, ...readArticle(file.path), gold: readGold(file.goldPath) };
}
