// The cluster of one rendering, read from the graph: its candidates (same speaker or none, within the
// window) are linked pairwise (link-renderings.ts), and the linked ones are followed for a few rounds,
// so a German fragment joins through its German full quote to the English original. Read-time: what
// the graph holds now decides, and nothing is stored.

import type { CypherTx } from '../db/database.ts';
import type { LineageJudgementRow, LineageRendering } from '../db/row-types.ts';
import type { QuoteClusterModel, QuoteVariantModel, VariantKindModel } from '../model/index.ts';
import { readFacts } from '../queries/fact/read-facts.ts';
import { linkRenderings, type Rendering, type RenderingLink, WINDOW_DAYS } from './link-renderings.ts';
import { originOf } from './origin.ts';

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
  // a rendering whose speaker a curator disputed is compared as if no one were named
  speakerId: r.disputed ? null : r.speakerId,
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
const LINK_KIND = Object.fromEntries(Object.entries(VARIANT_KIND).map(([k, v]) => [v, k])) as Record<
  string,
  RenderingLink['kind']
>;

/** A link the linker found, or one a curator made (joinRenderings). */
export interface ClusterLink extends RenderingLink {
  curated: boolean;
}

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
/** curators judge words as said by a speaker */
const said = (r: { wordsId: string | null; speakerId: string | null }) => `${r.wordsId ?? ''}/${r.speakerId ?? ''}`;
const judgedPair = (j: LineageJudgementRow) => pairKey(`${j.a}/${j.aSpeaker ?? ''}`, `${j.b}/${j.bSpeaker ?? ''}`);

/**
 * The renderings linked to `id`, directly or through each other, with the links found. Curators'
 * judgements hold: a pair of words split apart is never linked, and the one of them reached later is left
 * out of the cluster; words joined are linked whatever their speakers and dates.
 */
export async function linkedRenderings(
  tx: CypherTx,
  id: string,
): Promise<{ members: Map<string, LineageRendering>; links: ClusterLink[] }> {
  const members = new Map<string, LineageRendering>();
  const links: ClusterLink[] = [];
  const linked = new Set<string>();
  const judged = new Map<string, LineageJudgementRow>();
  const splitFromMember = (c: LineageRendering) =>
    !!c.wordsId &&
    [...members.values()].some((m) => m.wordsId && judged.get(pairKey(said(m), said(c)))?.judgement === 'split');
  const admit = (c: LineageRendering, next: string[]) => {
    if (members.has(c.id) || members.size >= MAX_MEMBERS) return;
    members.set(c.id, c);
    next.push(c.id);
  };
  let frontier = [id];
  for (let round = 0; round < ROUNDS && frontier.length && members.size < MAX_MEMBERS; round++) {
    const rows = await tx.rows('lineage/renderings-near', {
      ids: frontier,
      windowDays: WINDOW_DAYS,
      limit: CANDIDATES,
    });
    const next: string[] = [];
    for (const row of rows) for (const j of row.judgements) judged.set(judgedPair(j), j);
    for (const { rendering, candidates, joined } of rows) {
      if (!members.has(rendering.id)) members.set(rendering.id, rendering);
      for (const c of joined) {
        const pair = pairKey(rendering.id, c.id);
        const judgement = judged.get(pairKey(said(rendering), said(c)));
        if (linked.has(pair) || !judgement?.kind || splitFromMember(c)) continue;
        linked.add(pair);
        const kind = LINK_KIND[judgement.kind] ?? 'paraphrase';
        links.push({ a: rendering.id, b: c.id, kind, confidence: 1, evidence: 'joined by a curator', curated: true });
        admit(c, next);
      }
      for (const c of candidates) {
        const pair = pairKey(rendering.id, c.id);
        if (linked.has(pair)) continue;
        if (rendering.wordsId && c.wordsId && judged.has(pairKey(said(rendering), said(c)))) continue;
        const link = linkRenderings(asRendering(rendering), asRendering(c));
        if (!link || (!members.has(c.id) && splitFromMember(c))) continue;
        linked.add(pair);
        links.push({ ...link, curated: false });
        admit(c, next);
      }
    }
    frontier = next;
  }
  return { members, links };
}

/** the earliest known first; of one day, a quote before a claim and the fullest wording before its parts */
const earliestFirst = (a: LineageRendering, b: LineageRendering) =>
  a.firstSeen.localeCompare(b.firstSeen) ||
  Number(a.reported) - Number(b.reported) ||
  b.text.length - a.text.length ||
  a.id.localeCompare(b.id);

/**
 * The cluster of a quote or claim (null when no other rendering links to it): the earliest known
 * rendering is the origin (of one day, a quote before a claim, the fullest before its fragments); every
 * other variant has the kind and confidence of its link to the earliest rendering it links to. With it:
 * the outlets each rendering cites, the copies and chains they make, and who printed the statement first
 * (origin.ts).
 */
export async function clusterOf(tx: CypherTx, id: string, asOf: string | null): Promise<QuoteClusterModel | null> {
  const { members, links } = await linkedRenderings(tx, id);
  if (members.size < 2) return null;
  const ordered = [...members.values()].sort(earliestFirst);
  const ids = ordered.map((m) => m.id);
  const facts = new Map((await readFacts(tx, ids, asOf)).map((f) => [f.id, f]));
  const details = new Map((await tx.rows('lineage/variant-details', { ids })).map((d) => [d.id, d]));
  // a variant is described by its link to the earliest rendering it links to (what it most likely
  // derives from), else by its strongest link: never by which rendering the cluster was read from
  const rank = new Map(ordered.map((m, i) => [m.id, i]));
  const best = new Map<string, ClusterLink>();
  const better = (end: string, l: ClusterLink, than: ClusterLink | undefined) => {
    if (!than) return true;
    const other = (x: ClusterLink) => rank.get(x.a === end ? x.b : x.a)!;
    const earlier = other(l) - other(than);
    return earlier !== 0 ? earlier < 0 : l.confidence > than.confidence;
  };
  for (const l of links) for (const end of [l.a, l.b]) if (better(end, l, best.get(end))) best.set(end, l);
  const kept = ordered.filter((m) => facts.has(m.id));
  if (kept.length < 2) return null;
  const origin = originOf({
    renderings: kept.map((m) => ({
      quote: facts.get(m.id)!,
      lang: m.lang,
      firstSeen: m.firstSeen,
      citations: details.get(m.id)?.citations ?? [],
    })),
  });
  const variants: QuoteVariantModel[] = kept.map((m, i) => {
    const link = i === 0 ? null : best.get(m.id);
    const o = origin.renderings[i]!;
    return {
      quote: facts.get(m.id)!,
      kind: link ? VARIANT_KIND[link.kind] : 'ORIGIN',
      lang: m.lang,
      confidence: link ? link.confidence : 1,
      evidence: link?.evidence ?? null,
      linkedTo: link ? (link.a === m.id ? link.b : link.a) : null,
      firstSeen: m.firstSeen,
      sources: facts.get(m.id)!.sources,
      outlets: o.outlets,
      cites: o.cites.map((c) => ({ outletId: c.outletId, document: c.document, cue: c.cue, rendering: c.rendering })),
      derivedFrom: o.derivedFrom,
      after: o.after,
      misattributed: details.get(m.id)?.mark ?? null,
      curated: link?.curated ?? false,
    };
  });
  const first = variants[0]!;
  const documents = variants.flatMap((v) => v.quote.sources.map((s) => s.document));
  return {
    id: `cluster:${first.quote.id}`,
    origin: first.quote,
    firstSeen: first.firstSeen,
    variants,
    outlets: [...new Set(documents.flatMap((d) => (d.outlet ? [d.outlet] : [])))].sort(),
    languages: [...new Set(variants.map((v) => v.lang).filter(Boolean))].sort(),
    firstPrintedBy: origin.firstPrintedBy,
    languageFirsts: origin.languageFirsts.map((f) => ({
      lang: variants[f.index]!.lang,
      quote: variants[f.index]!.quote,
      outlets: f.outlets,
      firstSeen: variants[f.index]!.firstSeen,
    })),
    chains: origin.chains,
    summary: origin.summary,
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
