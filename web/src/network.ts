import cytoscape from 'cytoscape';
import type { DashboardInfluenceQuery, EntityKind } from './gql/graphql';

export type Influence = DashboardInfluenceQuery['influence'];

export const KIND_COLORS: Record<EntityKind, string> = {
  PERSON: '#2563eb',
  ORGANIZATION: '#0891b2',
  COUNTRY: '#16a34a',
  ALLIANCE: '#7c3aed',
  MEDIA_OUTLET: '#c2410c',
  GOVERNMENT_BODY: '#0d9488',
  COMMAND_POST: '#dc2626',
  PLACE: '#64748b',
};

export const KIND_LABELS: Record<EntityKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  ALLIANCE: 'Alliance',
  MEDIA_OUTLET: 'Media outlet',
  GOVERNMENT_BODY: 'Government body',
  COMMAND_POST: 'Command post',
  PLACE: 'Place',
};

/**
 * The influence network of the window: the ranked entities sized by score, linked by the edges of
 * the paths that explain their scores (`why`). Concentric layout: the most central in the middle,
 * and the same picture every time for the same data.
 */
export class InfluenceNetwork {
  private cy: cytoscape.Core | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onFocus: (id: string | null) => void,
  ) {}

  show(influence: Influence, focus: string | null): void {
    this.cy?.destroy();
    delete this.container.dataset.expanded;
    const nodes = new Map<
      string,
      { id: string; label: string; kind: EntityKind; score: number; rank: number | null }
    >();
    for (const s of influence)
      nodes.set(s.entity.id, {
        id: s.entity.id,
        label: s.entity.name,
        kind: s.entity.kind,
        score: s.score,
        rank: s.rank,
      });
    const edges = new Map<string, { id: string; source: string; target: string; relation: string; weight: number }>();
    for (const s of influence) {
      for (const path of s.why) {
        for (const e of path.edges) {
          for (const end of [e.from, e.to])
            if (!nodes.has(end.id))
              nodes.set(end.id, { id: end.id, label: end.name, kind: end.kind, score: 0, rank: null });
          const id = `${e.from.id}>${e.to.id}`;
          const prev = edges.get(id);
          const weight = e.weight ?? path.weight ?? 1;
          if (!prev || prev.weight < weight)
            edges.set(id, { id, source: e.from.id, target: e.to.id, relation: e.relation, weight });
        }
      }
    }
    const scores = [...nodes.values()].map((n) => n.score);
    const maxScore = Math.max(...scores, 1e-9);
    const maxWeight = Math.max(...[...edges.values()].map((e) => e.weight), 1e-9);
    this.container.dataset.nodes = String(nodes.size);
    this.container.dataset.edges = String(edges.size);
    const cy = cytoscape({
      container: this.container,
      elements: [
        ...[...nodes.values()].map((n) => ({
          data: { ...n, size: 16 + 46 * Math.sqrt(n.score / maxScore), color: KIND_COLORS[n.kind] },
        })),
        ...[...edges.values()].map((e) => ({ data: { ...e, width: 0.8 + 3.2 * (e.weight / maxWeight) } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            width: 'data(size)',
            height: 'data(size)',
            'background-color': 'data(color)',
            label: 'data(label)',
            'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
            'font-size': 11,
            color: '#1e293b',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
            'border-color': '#ffffff',
            'border-width': 1.5,
          },
        },
        { selector: 'node[rank <= 3]', style: { 'font-weight': 'bold', 'font-size': 12 } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': '#cbd5e1',
            'target-arrow-color': '#cbd5e1',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.7,
            'curve-style': 'bezier',
          },
        },
        { selector: 'edge.co-mention', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
        { selector: '.faded', style: { opacity: 0.15 } },
        { selector: 'node.focused', style: { 'border-color': '#0f172a', 'border-width': 3 } },
        {
          selector: 'edge.near',
          style: {
            'line-color': '#64748b',
            'target-arrow-color': '#64748b',
            label: 'data(relation)',
            'font-size': 9,
            color: '#475569',
            'text-rotation': 'autorotate',
            'text-background-color': '#fff',
            'text-background-opacity': 1,
          },
        },
      ],
      layout: {
        name: 'concentric',
        concentric: (n: cytoscape.NodeSingular) => Number(n.data('score')),
        levelWidth: () => maxScore / 4,
        minNodeSpacing: 18,
        animate: false,
      } as cytoscape.LayoutOptions,
      minZoom: 0.3,
      maxZoom: 3,
    });
    // Test hook, documented in tests/e2e/dashboard.test.ts: where each node is drawn, so a browser
    // test can click the canvas at a node. Only a data attribute; nothing else leaves the module.
    cy.ready(() => this.publishPositions(cy));
    cy.on('viewport resize position', () => this.publishPositions(cy));
    // cytoscape caches where its canvas is on the page and refreshes that only on scroll and resize;
    // a panel that grows above the canvas moves it without either, and the next click would land
    // beside the node under the pointer. Every press re-reads the position first (pointerdown comes
    // before the mouse and touch events cytoscape listens to).
    this.container.onpointerdown = () => cy.resize();
    cy.on('tap', 'node', (e) => this.onFocus(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) this.onFocus(null);
    });
    this.cy = cy;
    this.focus(focus);
  }

  focus(id: string | null): void {
    const cy = this.cy;
    if (!cy) return;
    cy.elements().removeClass('faded focused near');
    const node = id ? cy.getElementById(id) : null;
    this.container.dataset.focus = node?.nonempty() ? id! : '';
    if (!node || node.empty()) return;
    const hood = node.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
    node.addClass('focused');
    hood.edges().addClass('near');
  }

  /**
   * Adds a node's neighbours (entities named in the same articles) around it, linked by dashed
   * co-mention edges; neighbours already drawn only get the edge. Returns how many nodes were added.
   */
  expand(
    id: string,
    neighbours: readonly { entity: { id: string; name: string; kind: EntityKind }; count: number }[],
  ): number {
    const cy = this.cy;
    const centre = cy?.getElementById(id);
    if (!cy || !centre || centre.empty()) return 0;
    const at = centre.position();
    const fresh = neighbours.filter((n) => n.entity.id !== id && cy.getElementById(n.entity.id).empty());
    cy.add([
      ...fresh.map((n, i) => ({
        group: 'nodes' as const,
        data: {
          id: n.entity.id,
          label: n.entity.name,
          kind: n.entity.kind,
          score: 0,
          rank: null,
          size: 14,
          color: KIND_COLORS[n.entity.kind],
        },
        position: {
          x: at.x + 90 * Math.cos((2 * Math.PI * i) / Math.max(fresh.length, 1)),
          y: at.y + 90 * Math.sin((2 * Math.PI * i) / Math.max(fresh.length, 1)),
        },
      })),
      ...neighbours
        .filter(
          (n) =>
            n.entity.id !== id &&
            cy.getElementById(`${id}~${n.entity.id}`).empty() &&
            cy.getElementById(`${n.entity.id}~${id}`).empty(),
        )
        .map((n) => ({
          group: 'edges' as const,
          classes: 'co-mention',
          data: {
            id: `${id}~${n.entity.id}`,
            source: id,
            target: n.entity.id,
            relation: `${n.count} shared article${n.count === 1 ? '' : 's'}`,
            width: 1,
          },
        })),
    ]);
    this.container.dataset.nodes = String(cy.nodes().length);
    this.container.dataset.edges = String(cy.edges().length);
    this.container.dataset.expanded = [
      ...new Set([...(this.container.dataset.expanded ?? '').split(',').filter(Boolean), id]),
    ].join(',');
    this.focus(id);
    this.publishPositions(cy);
    return fresh.length;
  }

  /** data-positions = {"id": [x, y], …}: each node's rendered centre in CSS px from the canvas's top-left corner. */
  private publishPositions(cy: cytoscape.Core): void {
    const at: Record<string, [number, number]> = {};
    cy.nodes().forEach((n) => {
      const p = n.renderedPosition();
      at[n.id()] = [Math.round(p.x), Math.round(p.y)];
    });
    this.container.dataset.positions = JSON.stringify(at);
  }

  fit(): void {
    this.cy?.resize();
    this.cy?.fit(undefined, 24);
  }

  destroy(): void {
    this.container.onpointerdown = null;
    this.cy?.destroy();
    this.cy = null;
    delete this.container.dataset.positions;
    delete this.container.dataset.expanded;
  }
}
