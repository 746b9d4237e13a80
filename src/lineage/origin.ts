// Origin and copying in a cluster (docs/lineage.md): who printed the statement first, which outlets each
// rendering names as its source and which earlier rendering that makes it a copy of, the chains of such
// citations, what appeared only after other outlets had printed it, and where each language's wording
// first appeared. Pure: it works on what clusterOf read.

import type { DocumentModel, FactModel } from '../model/index.ts';

/** A document's outlet as a reader names it: its outlet, else its host, else its title. */
export function outletLabel(d: DocumentModel): string {
  if (d.outlet?.trim()) return d.outlet.trim();
  if (d.url) {
    try {
      return new URL(d.url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: fall through
    }
  }
  return d.title?.trim() || 'an unnamed source';
}

/** The outlet itself, without what a label adds in parentheses ("taz (rtr/taz)" is taz's). */
const ownOutlet = (label: string) => label.replace(/\s*\(.*$/, '').trim() || label;

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `label` names the outlet (its name or an alias, as whole words). */
export function labelNames(label: string, names: readonly string[]): boolean {
  const words = wordsOf(label);
  return names.some((name) => {
    const want = wordsOf(name);
    if (!want.length) return false;
    for (let i = 0; i + want.length <= words.length; i++) if (want.every((w, k) => words[i + k] === w)) return true;
    return false;
  });
}

export interface OriginInput {
  /** the cluster's renderings, the earliest known first */
  renderings: {
    quote: FactModel;
    lang: string;
    firstSeen: string | null;
    citations: { outletId: string; outletName: string; outletAliases: string[]; documentId: string; cue: string }[];
  }[];
}

export interface RenderingOrigin {
  outlets: string[];
  cites: { outletId: string; outletName: string; document: DocumentModel; cue: string; rendering: string | null }[];
  derivedFrom: string | null;
  after: string[];
}

export interface ClusterOrigin {
  renderings: RenderingOrigin[];
  firstPrintedBy: string[];
  languageFirsts: { index: number; outlets: string[] }[];
  chains: { from: string; outlets: string[] }[];
  summary: string;
}

const LANGUAGE: Record<string, string> = { de: 'German', en: 'English' };

/** The documents of a rendering, the earliest publication (else first known) first. */
function documentsOf(quote: FactModel): DocumentModel[] {
  const when = (d: DocumentModel) => d.publishedAt ?? d.knownSince ?? '9999';
  const seen = new Map<string, DocumentModel>();
  for (const s of quote.sources) seen.set(s.document.id, s.document);
  return [...seen.values()].sort((a, b) => when(a).localeCompare(when(b)) || a.id.localeCompare(b.id));
}

const unique = (xs: string[]) => [...new Set(xs)];
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function originOf({ renderings }: OriginInput): ClusterOrigin {
  const docs = renderings.map((r) => documentsOf(r.quote));
  const labels = docs.map((ds) => unique(ds.map(outletLabel)));
  const out: RenderingOrigin[] = renderings.map((r, i) => {
    const byId = new Map(docs[i]!.map((d) => [d.id, d]));
    const cites: RenderingOrigin['cites'] = [];
    for (const c of r.citations) {
      const document = byId.get(c.documentId);
      if (!document) continue;
      const names = [c.outletName, ...c.outletAliases];
      // a document crediting itself ("taz" in taz's own credit) names no source
      if (labelNames(ownOutlet(outletLabel(document)), names)) continue;
      // the earliest rendering of another document, not later than this one, that the cited outlet printed
      const j = renderings.findIndex(
        (o, k) =>
          k !== i &&
          !docs[k]!.some((d) => d.id === document.id) &&
          (o.firstSeen ?? '') <= (r.firstSeen ?? '') &&
          labels[k]!.some((label) => labelNames(label, names)),
      );
      cites.push({
        outletId: c.outletId,
        outletName: c.outletName,
        document,
        cue: c.cue,
        rendering: j >= 0 ? renderings[j]!.quote.id : null,
      });
    }
    const after = unique(
      renderings.flatMap((o, k) =>
        k !== i && o.firstSeen && r.firstSeen && o.firstSeen < r.firstSeen ? labels[k]! : [],
      ),
    ).filter((l) => !labels[i]!.includes(l));
    return { outlets: labels[i]!, cites, derivedFrom: cites.find((c) => c.rendering)?.rendering ?? null, after };
  });

  const index = new Map(renderings.map((r, i) => [r.quote.id, i]));
  const chains: ClusterOrigin['chains'] = [];
  for (const [i, r] of out.entries()) {
    if (!r.cites.length) continue;
    const outlets = [ownOutlet(labels[i]![0] ?? '')];
    const visited = new Set([i]);
    let at: RenderingOrigin | undefined = r;
    while (at?.cites.length) {
      const c: RenderingOrigin['cites'][number] = at.cites[0]!;
      if (!outlets.includes(c.outletName)) outlets.push(c.outletName);
      const next = c.rendering ? index.get(c.rendering) : undefined;
      if (next === undefined || visited.has(next)) break;
      visited.add(next);
      at = out[next];
    }
    chains.push({ from: renderings[i]!.quote.id, outlets });
  }

  const languageFirsts: ClusterOrigin['languageFirsts'] = [];
  for (const [i, r] of renderings.entries())
    if (r.lang && !languageFirsts.some((f) => renderings[f.index]!.lang === r.lang))
      languageFirsts.push({ index: i, outlets: labels[i]! });

  const firstPrintedBy = labels[0] ?? [];
  return { renderings: out, firstPrintedBy, languageFirsts, chains, summary: summarize() };

  function summarize(): string {
    const first = docs[0]?.[0];
    const on = first?.publishedAt
      ? ` on ${first.publishedAt}`
      : renderings[0]?.firstSeen
        ? ` (publication date unknown; first known ${renderings[0].firstSeen})`
        : '';
    const cited = unique(out[0]?.cites.map((c) => c.outletName) ?? []);
    const citing = cited.length ? `, citing ${cited.join(' and ')}` : '';
    const outlets = unique(labels.flat()).length;
    const langs = unique(renderings.map((r) => r.lang).filter((l): l is string => !!l));
    const parts = [
      `First printed by ${firstPrintedBy.join(' and ') || 'an unknown outlet'}${on}${citing}`,
      `carried by ${plural(outlets, 'outlet')} in ${plural(langs.length, 'language')}`,
    ];
    for (const f of languageFirsts.slice(1)) {
      const r = renderings[f.index]!;
      const d = docs[f.index]?.[0];
      const when = d?.publishedAt ? ` on ${d.publishedAt}` : r.firstSeen ? ` (first known ${r.firstSeen})` : '';
      const name = LANGUAGE[r.lang] ?? r.lang;
      parts.push(`the ${name} wording first appears in ${f.outlets.join(' and ')}${when}`);
    }
    return `${parts.join('; ')}.`;
  }
}
