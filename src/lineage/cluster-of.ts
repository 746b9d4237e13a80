// The cluster of one rendering, read from the graph: its candidates (same speaker or none, within the
// window) are linked pairwise (link-renderings.ts), and the linked ones are followed for a few rounds,
// so a German fragment joins through its German full quote to the English original. Read-time: what
// the graph holds now decides, and nothing is stored.

import type { CypherTx } from '../db/database.ts';
import type { LineageRendering } from '../db/row-types.ts';
import type { QuoteClusterModel, QuoteVariantModel, VariantKindModel } from '../model/index.ts';
import { readFacts } from '../queries/fact/read-facts.ts';
import { linkRenderings, type Rendering, type RenderingLink, WINDOW_DAYS } from './link-renderings.ts';

/** rounds of following links from the rendering asked for, and renderings held at most */
const ROUNDS = 3;
const MAX_MEMBERS = 100;
/** candidates read per rendering and kind of candidate */
const CANDIDATES = 200;

const asRendering = (r: LineageRendering): Rendering => ({
  id: r.id,
  text: r.text,
  lang: r.lang,
  reported: r.reported,
  speakerId: r.speakerId,
  publishedAt: r.firstSeen,
});

const VARIANT_KIND: Record<RenderingLink['kind'], VariantKindModel> = {
  repeat: 'REPEAT',
  'near-duplicate': 'NEAR_DUPLICATE',
  fragment: 'FRAGMENT',
  translation: 'TRANSLATION',
  paraphrase: 'PARAPHRASE',
  reported: 'REPORTED',
};

/** The renderings linked to `id`, directly or through each other, with the links found. */
export async function linkedRenderings(
  tx: CypherTx,
  id: string,
): Promise<{ members: Map<string, LineageRendering>; links: RenderingLink[] }> {
  const members = new Map<string, LineageRendering>();
  const links: RenderingLink[] = [];
  const linked = new Set<string>();
  let frontier = [id];
  for (let round = 0; round < ROUNDS && frontier.length && members.size < MAX_MEMBERS; round++) {
    const rows = await tx.rows('lineage/renderings-near', {
      ids: frontier,
      windowDays: WINDOW_DAYS,
      limit: CANDIDATES,
    });
    const next: string[] = [];
    for (const { rendering, candidates } of rows) {
      if (!members.has(rendering.id)) members.set(rendering.id, rendering);
      for (const c of candidates) {
        const pair = rendering.id < c.id ? `${rendering.id}|${c.id}` : `${c.id}|${rendering.id}`;
        if (linked.has(pair)) continue;
        const link = linkRenderings(asRendering(rendering), asRendering(c));
        if (!link) continue;
        linked.add(pair);
        links.push(link);
        if (!members.has(c.id) && members.size < MAX_MEMBERS) {
          members.set(c.id, c);
          next.push(c.id);
        }
      }
    }
    frontier = next;
  }
  return { members, links };
}

const earliestFirst = (a: LineageRendering, b: LineageRendering) =>
  a.firstSeen.localeCompare(b.firstSeen) || Number(a.reported) - Number(b.reported) || a.id.localeCompare(b.id);

/**
 * The cluster of a quote or claim (null when no other rendering links to it): the earliest known
 * rendering is the origin (a quote before a claim of the same day); every other variant has the kind
 * and confidence of its strongest link to a rendering of the cluster.
 */
export async function clusterOf(tx: CypherTx, id: string, asOf: string | null): Promise<QuoteClusterModel | null> {
  const { members, links } = await linkedRenderings(tx, id);
  if (members.size < 2) return null;
  const ordered = [...members.values()].sort(earliestFirst);
  const facts = new Map(
    (
      await readFacts(
        tx,
        ordered.map((m) => m.id),
        asOf,
      )
    ).map((f) => [f.id, f]),
  );
  // a variant is described by its link to the earliest rendering it links to (what it most likely
  // derives from), else by its strongest link: never by which rendering the cluster was read from
  const rank = new Map(ordered.map((m, i) => [m.id, i]));
  const best = new Map<string, RenderingLink>();
  const better = (end: string, l: RenderingLink, than: RenderingLink | undefined) => {
    if (!than) return true;
    const other = (x: RenderingLink) => rank.get(x.a === end ? x.b : x.a)!;
    const earlier = other(l) - other(than);
    return earlier !== 0 ? earlier < 0 : l.confidence > than.confidence;
  };
  for (const l of links) for (const end of [l.a, l.b]) if (better(end, l, best.get(end))) best.set(end, l);
  const variants: QuoteVariantModel[] = [];
  for (const [i, m] of ordered.entries()) {
    const quote = facts.get(m.id);
    if (!quote) continue;
    const link = i === 0 ? null : best.get(m.id);
    variants.push({
      quote,
      kind: link ? VARIANT_KIND[link.kind] : 'ORIGIN',
      lang: m.lang,
      confidence: link ? link.confidence : 1,
      evidence: link?.evidence ?? null,
      linkedTo: link ? (link.a === m.id ? link.b : link.a) : null,
      firstSeen: m.firstSeen,
    });
  }
  const origin = variants[0]?.quote;
  if (!origin || variants.length < 2) return null;
  const documents = variants.flatMap((v) => v.quote.sources.map((s) => s.document));
  return {
    id: `cluster:${origin.id}`,
    origin,
    firstSeen: variants[0]!.firstSeen,
    variants,
    outlets: [...new Set(documents.flatMap((d) => (d.outlet ? [d.outlet] : [])))].sort(),
    languages: [...new Set(variants.map((v) => v.lang).filter(Boolean))].sort(),
  };
}

/**
 * The clusters of several renderings in one go, in the order asked: a rendering that already showed
 * up in an earlier one's cluster is answered from it, so a page of quotes of one statement computes
 * that statement's cluster once, not once per quote.
 */
export async function clustersOf(
  tx: CypherTx,
  ids: readonly string[],
  asOf: string | null,
  /** stop once this many clusters were found (a listing's page) */
  enough = Number.POSITIVE_INFINITY,
): Promise<Map<string, QuoteClusterModel | null>> {
  const found = new Map<string, QuoteClusterModel | null>();
  let clusters = 0;
  for (const id of ids) {
    if (clusters >= enough) break;
    if (found.has(id)) continue;
    const cluster = await clusterOf(tx, id, asOf);
    if (cluster) clusters++;
    found.set(id, cluster);
    for (const v of cluster?.variants ?? []) if (!found.has(v.quote.id)) found.set(v.quote.id, cluster);
  }
  return found;
}
