// The entity graph as GraphML for Gephi (docs/export.md). Gephi's GraphML importer reads <key>/<data>
// only: `label` becomes a node's or an edge's label and `weight` an edge's weight; any other key becomes
// a column of its attr.type. It reads no start/end attributes on <node> or <edge> and no dynamic types,
// so each edge's time is two date columns, `start` and `end` (YYYY-MM-DD), which Gephi's Data Laboratory
// merges into a time interval for the timeline. Valid against graphml.xsd (tests/cli/export-graph.test.ts).

import type { Database } from '../db/database.ts';
import { type GraphScope, graphEdges, graphNodes } from './graph-walk.ts';

const KEYS: readonly { id: string; for: 'node' | 'edge'; name: string; type: string }[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'wikidata', for: 'node', name: 'wikidataId', type: 'string' },
  { id: 'edgeLabel', for: 'edge', name: 'label', type: 'string' },
  { id: 'edgeKind', for: 'edge', name: 'kind', type: 'string' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'start', for: 'edge', name: 'start', type: 'string' },
  { id: 'end', for: 'edge', name: 'end', type: 'string' },
  { id: 'roles', for: 'edge', name: 'roles', type: 'string' },
];

const LABELS: Record<string, string> = {
  'said-about': 'said about',
  reported: 'reported',
  'held-role': 'held role',
  'co-mention': 'named with',
};

/** XML text and attribute values: markup escaped, characters XML 1.0 cannot carry dropped. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const data = (key: string, value: string | number | null): string =>
  value === null || value === '' ? '' : `<data key="${key}">${xmlText(String(value))}</data>`;

export async function* graphml(db: Database, scope: GraphScope, nodeIds: readonly string[]): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const k of KEYS) yield `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
  yield '  <graph id="quotegraph" edgedefault="directed">\n';
  for await (const nodes of graphNodes(db, nodeIds))
    yield nodes
      .map(
        (n) =>
          `    <node id="${xmlText(n.id)}">${data('label', n.name)}${data('kind', n.kind)}` +
          `${data('wikidata', n.wikidataId)}</node>\n`,
      )
      .join('');
  for await (const edges of graphEdges(db, scope, nodeIds))
    yield edges
      .map(
        (e) =>
          `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"` +
          `${e.directed ? '' : ' directed="false"'}>` +
          `${data('edgeLabel', LABELS[e.kind] ?? e.kind)}${data('edgeKind', e.kind)}${data('weight', e.weight)}` +
          `${data('start', e.start)}${data('end', e.end)}${data('roles', e.roles.join('|'))}</edge>\n`,
      )
      .join('');
  yield '  </graph>\n</graphml>\n';
}
