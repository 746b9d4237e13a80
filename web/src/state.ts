/**
 * Everything a researcher has chosen lives in the URL, so a link reproduces the view:
 *   ?e=person:marco-rubio,org:nato&from=2026-01-01&to=2026-02-28&asOf=2026-02-10
 *    &bucket=month&focus=org:reuters&doc=doc:…&fact=quote:…&view=2026-01-20~2026-02-20
 */
export type BucketChoice = 'WEEK' | 'MONTH';

export interface AppState {
  entities: string[];
  from: string | null;
  to: string | null;
  asOf: string | null;
  bucket: BucketChoice;
  /** entity focused in the influence network */
  focus: string | null;
  /** document open in the reader, and the fact highlighted in it */
  doc: string | null;
  fact: string | null;
  /** the timeline's visible window (zoom and pan), YYYY-MM-DD~YYYY-MM-DD */
  view: [string, string] | null;
}

export const MAX_ENTITIES = 6;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_:.-]{1,200}$/;

function date(v: string | null): string | null {
  return v && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : null;
}

function id(v: string | null): string | null {
  return v && ID.test(v) ? v : null;
}

export function parseState(search: string): AppState {
  const p = new URLSearchParams(search);
  const entities = [
    ...new Set(
      (p.get('e') ?? '')
        .split(',')
        .map((x) => id(x.trim()))
        .filter((x): x is string => !!x),
    ),
  ].slice(0, MAX_ENTITIES);
  const [v0, v1] = (p.get('view') ?? '').split('~');
  const view0 = date(v0 ?? null);
  const view1 = date(v1 ?? null);
  return {
    entities,
    from: date(p.get('from')),
    to: date(p.get('to')),
    asOf: date(p.get('asOf')),
    bucket: p.get('bucket') === 'month' ? 'MONTH' : 'WEEK',
    focus: id(p.get('focus')),
    doc: id(p.get('doc')),
    fact: id(p.get('fact')),
    view: view0 && view1 && view0 < view1 ? [view0, view1] : null,
  };
}

export function formatState(s: AppState): string {
  const p = new URLSearchParams();
  if (s.entities.length) p.set('e', s.entities.join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.asOf) p.set('asOf', s.asOf);
  if (s.bucket === 'MONTH') p.set('bucket', 'month');
  if (s.focus) p.set('focus', s.focus);
  if (s.doc) p.set('doc', s.doc);
  if (s.fact) p.set('fact', s.fact);
  if (s.view) p.set('view', `${s.view[0]}~${s.view[1]}`);
  // ids contain ':' and ','; both are safe in a query string and far easier to read unescaped
  const q = p.toString().replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%7E/g, '~');
  return q ? `?${q}` : '';
}
