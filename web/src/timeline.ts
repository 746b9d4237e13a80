import { dayNumber, isoOf, monthName, parts, formatEdtf } from './dates.ts';
import { h, s, clear } from './dom.ts';
import type { DatePrecision } from './gql/graphql';
import { ITEM_TYPES, laneLabel, typeLabel, type Item, type ItemType } from './model.ts';

export interface TimelineEntry {
  item: Item;
  edtf: string;
  precision: DatePrecision;
  /** first and last day (inclusive) as UTC day numbers */
  start: number;
  end: number;
}

export interface MarkSelection {
  key: string;
  label: string;
  items: Item[];
}

interface Mark {
  key: string;
  lane: ItemType;
  edtf: string;
  point: boolean;
  start: number;
  end: number;
  items: Item[];
}

interface Window {
  from: string | null;
  to: string | null;
  asOf: string | null;
}

const LABEL_W = 78;
const AXIS_H = 26;
const ROW_H = 24;
const LANE_PAD = 6;
const MIN_SPAN_DAYS = 4;
const MAX_SPAN_DAYS = 365 * 30;

export const TYPE_COLORS: Record<ItemType, string> = {
  Quote: '#2563eb',
  Claim: '#7c3aed',
  Event: '#059669',
  Report: '#c2410c',
  RoleChange: '#64748b',
};

/**
 * A zoomable, pannable time axis with one lane per kind of item. Day-precise items are points (one
 * marker per day and lane, with a count); month, year and interval items are hatched bars, so a
 * month-precise report never looks like it happened on the 1st. Written here rather than pulled in
 * from vis-timeline: the dashboard needs points, bars and lanes only, in about 300 lines.
 */
export class Timeline {
  private entries: TimelineEntry[] = [];
  private window: Window = { from: null, to: null, asOf: null };
  private view: [number, number] = [0, 1];
  private selected: string | null = null;
  private readonly plot: HTMLDivElement;
  private drag: { x: number; view: [number, number]; moved: boolean } | null = null;
  private plotW = 1;

  constructor(
    root: HTMLElement,
    private readonly opts: { onSelect(sel: MarkSelection): void; onView(view: [string, string]): void },
  ) {
    const zoomIn = h(
      'button',
      {
        type: 'button',
        class: 'icon-btn',
        title: 'Zoom in (+)',
        'aria-label': 'Zoom in',
        onclick: () => this.zoom(0.6),
      },
      '+',
    );
    const zoomOut = h(
      'button',
      {
        type: 'button',
        class: 'icon-btn',
        title: 'Zoom out (−)',
        'aria-label': 'Zoom out',
        onclick: () => this.zoom(1 / 0.6),
      },
      '−',
    );
    const fit = h(
      'button',
      { type: 'button', class: 'text-btn', title: 'Show everything (0)', onclick: () => this.fit(true) },
      'Fit',
    );
    const left = h(
      'button',
      {
        type: 'button',
        class: 'icon-btn',
        title: 'Earlier (←)',
        'aria-label': 'Earlier',
        onclick: () => this.pan(-0.3),
      },
      '‹',
    );
    const right = h(
      'button',
      { type: 'button', class: 'icon-btn', title: 'Later (→)', 'aria-label': 'Later', onclick: () => this.pan(0.3) },
      '›',
    );
    const legend = h(
      'span',
      { class: 'tl-legend' },
      h('span', { class: 'lg-point' }),
      'day',
      h('span', { class: 'lg-range' }),
      'month, year or interval',
    );
    this.plot = h('div', { class: 'tl-plot' });
    root.append(
      h(
        'div',
        { class: 'tl-toolbar' },
        legend,
        h('span', { class: 'tl-hint' }, 'Drag to pan · Ctrl + wheel to zoom'),
        h('span', { class: 'btn-group' }, left, zoomOut, zoomIn, right, fit),
      ),
      this.plot,
    );
    new ResizeObserver(() => this.render()).observe(this.plot);
    this.bind();
  }

  setData(entries: TimelineEntry[], window: Window, view: [string, string] | null): void {
    this.entries = entries;
    this.window = window;
    this.selected = null;
    if (view) this.view = [dayNumber(view[0]), dayNumber(view[1]) + 1];
    else this.fit(false);
    this.render();
  }

  select(key: string | null): void {
    this.selected = key;
    this.render();
  }

  fit(emit: boolean): void {
    const { from, to } = this.window;
    let lo: number;
    let hi: number;
    if (from && to) {
      lo = dayNumber(from);
      hi = dayNumber(to) + 1;
    } else if (this.entries.length) {
      lo = Math.min(...this.entries.map((e) => e.start));
      hi = Math.max(...this.entries.map((e) => e.end)) + 1;
      if (from) lo = dayNumber(from);
      if (to) hi = dayNumber(to) + 1;
    } else {
      const today = dayNumber(new Date().toISOString().slice(0, 10));
      lo = from ? dayNumber(from) : today - 60;
      hi = to ? dayNumber(to) + 1 : today + 1;
    }
    const pad = Math.max(2, (hi - lo) * 0.06);
    this.setView([lo - pad, hi + pad], emit);
  }

  zoom(factor: number, atFraction = 0.5): void {
    const [a, b] = this.view;
    const span = Math.min(MAX_SPAN_DAYS, Math.max(MIN_SPAN_DAYS, (b - a) * factor));
    const center = a + (b - a) * atFraction;
    this.setView([center - span * atFraction, center + span * (1 - atFraction)], true);
  }

  pan(fraction: number): void {
    const [a, b] = this.view;
    const d = (b - a) * fraction;
    this.setView([a + d, b + d], true);
  }

  private setView(view: [number, number], emit: boolean): void {
    this.view = view;
    this.render();
    if (emit) this.opts.onView([isoOf(Math.floor(view[0])), isoOf(Math.ceil(view[1]) - 1)]);
  }

  private marks(): Mark[] {
    const byKey = new Map<string, Mark>();
    for (const e of this.entries) {
      const lane = e.item.__typename;
      const key = `${lane}|${e.edtf}`;
      const m = byKey.get(key);
      if (m) m.items.push(e.item);
      else
        byKey.set(key, {
          key,
          lane,
          edtf: e.edtf,
          point: e.precision === 'DAY',
          start: e.start,
          end: e.end,
          items: [e.item],
        });
    }
    return [...byKey.values()].sort((x, y) => x.start - y.start || y.end - x.end);
  }

  render(): void {
    const width = this.plot.clientWidth;
    if (!width) return;
    const [v0, v1] = this.view;
    const plotW = Math.max(10, width - LABEL_W - 8);
    const x = (day: number) => LABEL_W + ((day - v0) / (v1 - v0)) * plotW;
    const marks = this.marks();
    const lanes = ITEM_TYPES.filter((t) => marks.some((m) => m.lane === t));

    // Pack each lane's marks into rows so that nothing overlaps at this zoom level.
    const placed: { mark: Mark; lane: number; row: number; x0: number; x1: number }[] = [];
    const laneRows: number[] = [];
    lanes.forEach((lane, li) => {
      const rows: number[] = [];
      for (const mark of marks.filter((m) => m.lane === lane)) {
        const label = this.barLabel(mark);
        const x0 = mark.point ? x(mark.start + 0.5) - 11 : x(mark.start);
        const x1 = mark.point ? x(mark.start + 0.5) + 11 : Math.max(x(mark.end + 1), x0 + 6) + (label ? 0 : 2);
        let row = rows.findIndex((last) => x0 > last + 3);
        if (row < 0) {
          row = rows.length;
          rows.push(x1);
        } else rows[row] = x1;
        placed.push({ mark, lane: li, row, x0, x1 });
      }
      laneRows.push(Math.max(1, rows.length));
    });
    const laneTop: number[] = [];
    let y = AXIS_H;
    for (const rows of laneRows) {
      laneTop.push(y);
      y += rows * ROW_H + LANE_PAD * 2;
    }
    const height = Math.max(y, AXIS_H + 70) + 4;

    const svg = s('svg', {
      class: 'tl-svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      tabindex: 0,
      role: 'group',
      // the visible window, as the URL's view= has it (read by tests/e2e/dashboard.test.ts)
      'data-view': `${isoOf(Math.floor(v0))}~${isoOf(Math.ceil(v1) - 1)}`,
      'aria-label':
        `Timeline from ${formatEdtf(isoOf(Math.floor(v0)))} to ${formatEdtf(isoOf(Math.ceil(v1) - 1))}. ` +
        'Arrow keys pan, plus and minus zoom.',
    });
    const defs = s('defs', {}, s('clipPath', { id: 'tl-clip' }, s('rect', { x: LABEL_W, y: 0, width: plotW, height })));
    for (const t of ITEM_TYPES) {
      defs.append(
        s(
          'pattern',
          { id: `hatch-${t}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
          s('rect', { width: 6, height: 6, fill: TYPE_COLORS[t], 'fill-opacity': 0.12 }),
          s('line', {
            x1: 0,
            y1: 0,
            x2: 0,
            y2: 6,
            stroke: TYPE_COLORS[t],
            'stroke-width': 2.2,
            'stroke-opacity': 0.45,
          }),
        ),
      );
    }
    svg.append(defs);
    const body = s('g', { 'clip-path': 'url(#tl-clip)' });

    // the chosen date range: everything outside it is shaded
    const { from, to, asOf } = this.window;
    if (from)
      body.append(
        s('rect', {
          class: 'tl-outside',
          x: LABEL_W,
          y: AXIS_H,
          width: Math.max(0, x(dayNumber(from)) - LABEL_W),
          height,
        }),
      );
    if (to)
      body.append(
        s('rect', {
          class: 'tl-outside',
          x: x(dayNumber(to) + 1),
          y: AXIS_H,
          width: Math.max(0, width - x(dayNumber(to) + 1)),
          height,
        }),
      );

    for (const t of ticks(v0, v1, plotW)) {
      const tx = x(t.day);
      body.append(
        s('line', { class: t.major ? 'tl-grid major' : 'tl-grid', x1: tx, x2: tx, y1: AXIS_H - 6, y2: height }),
      );
      body.append(s('text', { class: t.major ? 'tl-tick major' : 'tl-tick', x: tx + 3, y: AXIS_H - 10 }, t.label));
    }
    lanes.forEach((_, li) => {
      if (li > 0) svg.append(s('line', { class: 'tl-lane-sep', x1: 0, x2: width, y1: laneTop[li]!, y2: laneTop[li]! }));
    });
    if (asOf) {
      const ax = x(dayNumber(asOf) + 1);
      body.append(s('line', { class: 'tl-asof', x1: ax, x2: ax, y1: AXIS_H - 4, y2: height }));
      body.append(
        s(
          'text',
          { class: 'tl-asof-label', x: ax - 4, y: height - 6, 'text-anchor': 'end' },
          `known by ${formatEdtf(asOf)}`,
        ),
      );
    }

    for (const p of placed) {
      const { mark } = p;
      const cy = laneTop[p.lane]! + LANE_PAD + p.row * ROW_H + ROW_H / 2;
      const color = TYPE_COLORS[mark.lane];
      const n = mark.items.length;
      const label = `${formatEdtf(mark.edtf)}: ${n} ${typeLabel(mark.lane, n)}`;
      const g = s('g', {
        class: `tl-mark${mark.point ? ' point' : ' range'}${this.selected === mark.key ? ' selected' : ''}`,
        tabindex: 0,
        role: 'button',
        'aria-label': label,
        'data-edtf': mark.edtf,
        'data-type': mark.lane,
        'data-count': n,
      });
      g.append(s('title', {}, label));
      if (mark.point) {
        const cx = x(mark.start + 0.5);
        const r = n > 1 ? 9.5 : 6.5;
        g.append(s('circle', { cx, cy, r, fill: color, stroke: '#fff', 'stroke-width': 1.5 }));
        if (n > 1) g.append(s('text', { class: 'tl-count', x: cx, y: cy + 3.5, 'text-anchor': 'middle' }, n));
      } else {
        const x0 = x(mark.start);
        const w = Math.max(6, x(mark.end + 1) - x0);
        g.append(
          s('rect', {
            x: x0,
            y: cy - 8,
            width: w,
            height: 16,
            rx: 3,
            fill: `url(#hatch-${mark.lane})`,
            stroke: color,
            'stroke-width': 1.2,
          }),
        );
        const text = this.barLabel(mark);
        if (text && w > text.length * 6.2 + 10)
          g.append(s('text', { class: 'tl-bar-label', x: x0 + 6, y: cy + 4, fill: color }, text));
      }
      const choose = () => {
        if (this.drag?.moved) return;
        this.selected = mark.key;
        this.render();
        this.opts.onSelect({ key: mark.key, label, items: mark.items });
      };
      g.addEventListener('click', choose);
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          choose();
        }
      });
      body.append(g);
    }
    svg.append(body);
    // lane labels above the clipped body, on a white band
    svg.append(s('rect', { class: 'tl-label-bg', x: 0, y: 0, width: LABEL_W - 4, height }));
    lanes.forEach((lane, li) => {
      svg.append(
        s('text', { class: 'tl-lane-label', x: 10, y: laneTop[li]! + LANE_PAD + ROW_H / 2 + 4 }, laneLabel(lane)),
      );
    });
    if (!lanes.length)
      svg.append(
        s(
          'text',
          { class: 'tl-empty', x: LABEL_W + plotW / 2, y: AXIS_H + 40, 'text-anchor': 'middle' },
          'No dated items in this window',
        ),
      );
    this.plotW = plotW;
    clear(this.plot, svg);
  }

  private barLabel(mark: Mark): string | null {
    if (mark.point) return null;
    const n = mark.items.length;
    return `${formatEdtf(mark.edtf)} · ${n} ${typeLabel(mark.lane, n)}`;
  }

  /** Handlers live on the persistent container: the SVG is rebuilt on every frame of a drag. */
  private bind(): void {
    const el = this.plot;
    el.addEventListener(
      'wheel',
      (e) => {
        const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY);
        if (e.ctrlKey || e.metaKey) {
          e.preventDefault();
          const rect = el.getBoundingClientRect();
          const frac = Math.min(1, Math.max(0, (e.clientX - rect.left - LABEL_W) / this.plotW));
          this.zoom(Math.exp(e.deltaY * 0.0025), frac);
        } else if (horizontal || e.shiftKey) {
          e.preventDefault();
          this.pan((horizontal ? e.deltaX : e.deltaY) / this.plotW);
        }
      },
      { passive: false },
    );
    el.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      this.drag = { x: e.clientX, view: [...this.view], moved: false };
    });
    el.addEventListener('pointermove', (e) => {
      if (!this.drag) return;
      const dx = e.clientX - this.drag.x;
      if (!this.drag.moved && Math.abs(dx) < 4) return;
      if (!this.drag.moved) el.setPointerCapture(e.pointerId);
      this.drag.moved = true;
      const [a, b] = this.drag.view;
      const d = (-dx / this.plotW) * (b - a);
      this.view = [a + d, b + d];
      this.render();
    });
    const end = () => {
      if (this.drag?.moved) {
        this.setView(this.view, true);
        // the click that ends a drag must not select a mark
        setTimeout(() => (this.drag = null), 0);
      } else this.drag = null;
    };
    el.addEventListener('pointerup', end);
    el.addEventListener('pointercancel', end);
    el.addEventListener('keydown', (e) => {
      if (!(e.target instanceof SVGSVGElement)) return;
      const actions: Record<string, () => void> = {
        ArrowLeft: () => this.pan(-0.2),
        ArrowRight: () => this.pan(0.2),
        '+': () => this.zoom(0.7),
        '=': () => this.zoom(0.7),
        '-': () => this.zoom(1 / 0.7),
        '0': () => this.fit(true),
      };
      const act = actions[e.key];
      if (act) {
        e.preventDefault();
        act();
        el.querySelector<SVGSVGElement>('svg')?.focus();
      }
    });
  }
}

interface Tick {
  day: number;
  label: string;
  major: boolean;
}

/** Axis ticks whose unit follows the zoom: days, weeks (Mondays), months or years. */
export function ticks(v0: number, v1: number, widthPx: number): Tick[] {
  const perDay = widthPx / (v1 - v0);
  const out: Tick[] = [];
  const first = Math.floor(v0);
  const last = Math.ceil(v1);
  if (perDay >= 30) {
    for (let d = first; d <= last; d++) {
      const p = parts(d);
      out.push({ day: d, label: p.d === 1 ? `${p.d} ${monthName(p.m)}` : String(p.d), major: p.d === 1 });
    }
  } else if (perDay >= 4.5) {
    for (let d = first; d <= last; d++) {
      const p = parts(d);
      if (p.weekday === 0) out.push({ day: d, label: `${p.d} ${monthName(p.m)}`, major: false });
      else if (p.d === 1) out.push({ day: d, label: p.m === 1 ? String(p.y) : '', major: true });
    }
  } else if (perDay >= 0.12) {
    const step = perDay >= 1.2 ? 1 : perDay >= 0.4 ? 3 : 6;
    for (let d = first; d <= last; d++) {
      const p = parts(d);
      if (p.d !== 1 || (p.m - 1) % step !== 0) continue;
      out.push({ day: d, label: p.m === 1 ? `${monthName(p.m)} ${p.y}` : monthName(p.m), major: p.m === 1 });
    }
  } else {
    const step = perDay * 365 >= 40 ? 1 : perDay * 365 >= 15 ? 5 : 10;
    for (let d = first; d <= last; d++) {
      const p = parts(d);
      if (p.d === 1 && p.m === 1 && p.y % step === 0) out.push({ day: d, label: String(p.y), major: true });
    }
  }
  return out;
}
