import { dayNumber, formatEdtf, monthName, parts } from './dates.ts';
import { h, s, clear } from './dom.ts';
import type { DashboardActivityQuery } from './gql/graphql';
import type { BucketChoice } from './state.ts';
import { TYPE_COLORS } from './timeline.ts';

type Bucket = DashboardActivityQuery['activity'][number];

const SERIES = [
  { key: 'quotes', label: 'Quotes', color: TYPE_COLORS.Quote },
  { key: 'claims', label: 'Claims', color: TYPE_COLORS.Claim },
  { key: 'events', label: 'Events', color: TYPE_COLORS.Event },
  { key: 'reports', label: 'Reports', color: TYPE_COLORS.Report },
  { key: 'roleChanges', label: 'Roles', color: TYPE_COLORS.RoleChange },
] as const;

/** Stacked bars per week or month, in plain SVG; items dated more coarsely than the bucket are hatched on top. */
export function renderActivity(root: HTMLElement, buckets: readonly Bucket[], bucket: BucketChoice): void {
  const width = Math.max(280, root.clientWidth || 600);
  const height = 190;
  const left = 30;
  const bottom = 24;
  const top = 10;
  const plotW = width - left - 6;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...buckets.map((b) => b.total + b.coarser));
  const step = niceStep(max);
  const yMax = Math.ceil(max / step) * step;
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  const bw = plotW / Math.max(1, buckets.length);
  const svg = s('svg', {
    class: 'act-svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `Activity per ${bucket === 'WEEK' ? 'week' : 'month'}`,
  });
  svg.append(
    s(
      'defs',
      {},
      s(
        'pattern',
        { id: 'act-hatch', width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        s('rect', { width: 5, height: 5, fill: '#f1f5f9' }),
        s('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: '#94a3b8', 'stroke-width': 2 }),
      ),
    ),
  );
  for (let v = 0; v <= yMax; v += step) {
    svg.append(s('line', { class: 'act-grid', x1: left, x2: width - 6, y1: y(v), y2: y(v) }));
    svg.append(s('text', { class: 'act-axis', x: left - 6, y: y(v) + 3.5, 'text-anchor': 'end' }, v));
  }
  const labelEvery = Math.ceil(46 / bw);
  buckets.forEach((b, i) => {
    const x0 = left + i * bw + Math.min(3, bw * 0.15);
    const w = Math.max(1, bw - Math.min(6, bw * 0.3));
    let acc = 0;
    const g = s('g', { class: 'act-bar', 'data-start': b.start });
    const parts_ = SERIES.filter((sr) => b[sr.key] > 0).map((sr) => `${b[sr.key]} ${sr.label.toLowerCase()}`);
    if (b.coarser) parts_.push(`${b.coarser} dated more coarsely`);
    g.append(s('title', {}, `${label(b.start, bucket, true)}: ${parts_.join(', ') || 'nothing'}`));
    for (const sr of SERIES) {
      const v = b[sr.key];
      if (!v) continue;
      g.append(s('rect', { x: x0, y: y(acc + v), width: w, height: y(acc) - y(acc + v), fill: sr.color }));
      acc += v;
    }
    if (b.coarser)
      g.append(
        s('rect', {
          x: x0,
          y: y(acc + b.coarser),
          width: w,
          height: y(acc) - y(acc + b.coarser),
          fill: 'url(#act-hatch)',
          stroke: '#94a3b8',
          'stroke-width': 0.8,
        }),
      );
    // a transparent full-height target so thin bars still show their tooltip
    g.append(s('rect', { x: left + i * bw, y: top, width: bw, height: plotH, fill: 'transparent' }));
    svg.append(g);
    if (i % labelEvery === 0)
      svg.append(
        s(
          'text',
          { class: 'act-axis', x: left + i * bw + bw / 2, y: height - 7, 'text-anchor': 'middle' },
          label(b.start, bucket, false),
        ),
      );
  });
  svg.append(s('line', { class: 'act-base', x1: left, x2: width - 6, y1: y(0), y2: y(0) }));
  const legend = h(
    'div',
    { class: 'legend' },
    ...SERIES.map((sr) =>
      h('span', { class: 'legend-item' }, h('i', { class: 'swatch', style: `background:${sr.color}` }), sr.label),
    ),
    h('span', { class: 'legend-item' }, h('i', { class: 'swatch hatched' }), 'coarser date'),
  );
  clear(root, svg, legend);
}

function label(start: string, bucket: BucketChoice, long: boolean): string {
  const p = parts(dayNumber(start));
  if (bucket === 'MONTH')
    return long ? formatEdtf(start.slice(0, 7)) : `${monthName(p.m)}${p.m === 1 ? ` ${String(p.y).slice(2)}` : ''}`;
  return long ? `Week of ${formatEdtf(start)}` : `${p.d} ${monthName(p.m)}`;
}

function niceStep(max: number): number {
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return Math.max(1, m * pow);
  return pow * 10;
}
