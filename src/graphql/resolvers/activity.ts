import { AppError, notFound } from '../../errors/app-error.ts';
import { readActivity, type ActivityUnit } from '../../queries/timeline/read-activity.ts';
import { dateArg, idsArg, rangeArgs } from '../args.ts';
import type { ActivityBucket, Bucket, QueryResolvers } from '../resolvers-types.generated.ts';

const MAX_BUCKETS = 1000;

export const activity: QueryResolvers['activity'] = async (_root, args, ctx) => {
  const entityIds = idsArg('entityIds', args.entityIds);
  const { from, to } = rangeArgs(args.from, args.to);
  const asOf = dateArg('asOf', args.asOf);
  const starts = bucketStarts(from!, to!, args.bucket);
  if (starts.length > MAX_BUCKETS) {
    throw new AppError(
      'QUERY_TOO_COMPLEX',
      `${starts.length} buckets; at most ${MAX_BUCKETS}: choose a larger bucket or a shorter range`,
      { field: 'bucket' },
    );
  }
  const { found, rows } = await ctx.db.read(
    (tx) =>
      readActivity(tx, {
        entityIds,
        from: from!,
        to: to!,
        unit: unitOf(args.bucket),
        asOf,
        includeRetracted: args.includeRetracted ?? false,
      }),
    'activity',
  );
  const missing = entityIds.find((id) => !found.includes(id));
  if (missing) throw notFound('entity', missing);
  const buckets = new Map<string, ActivityBucket>(
    starts.map((s, i) => [
      s,
      {
        start: s,
        end: i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : lastDay(s, args.bucket),
        total: 0,
        quotes: 0,
        claims: 0,
        events: 0,
        reports: 0,
        roleChanges: 0,
        coarser: 0,
      },
    ]),
  );
  for (const r of rows) {
    const b = buckets.get(r.bucket!);
    if (!b) continue;
    if (!r.within) {
      b.coarser += r.n;
      continue;
    }
    b.total += r.n;
    switch (r.kind) {
      case 'QUOTE':
        b.quotes += r.n;
        break;
      case 'CLAIM':
        b.claims += r.n;
        break;
      case 'EVENT':
        b.events += r.n;
        break;
      case 'REPORT':
        b.reports += r.n;
        break;
      case 'ROLE_CHANGE':
        b.roleChanges += r.n;
        break;
      default:
        break;
    }
  }
  return [...buckets.values()];
};

function unitOf(b: Bucket): ActivityUnit {
  switch (b) {
    case 'DAY':
      return 'day';
    case 'WEEK':
      return 'week';
    case 'MONTH':
      return 'month';
    case 'YEAR':
      return 'year';
    default: {
      const never: never = b;
      throw new Error(`unknown bucket ${String(never)}`);
    }
  }
}

const day = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const addDays = (d: string, n: number) => iso(Date.parse(d) + n * day);

function truncate(d: string, b: Bucket): string {
  const t = new Date(Date.parse(d));
  switch (b) {
    case 'DAY':
      return d;
    case 'WEEK':
      return addDays(d, -((t.getUTCDay() + 6) % 7));
    case 'MONTH':
      return `${d.slice(0, 7)}-01`;
    case 'YEAR':
      return `${d.slice(0, 4)}-01-01`;
    default:
      return d;
  }
}

function next(d: string, b: Bucket): string {
  const t = new Date(Date.parse(d));
  switch (b) {
    case 'DAY':
      return addDays(d, 1);
    case 'WEEK':
      return addDays(d, 7);
    case 'MONTH':
      return iso(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
    case 'YEAR':
      return iso(Date.UTC(t.getUTCFullYear() + 1, 0, 1));
    default:
      return addDays(d, 1);
  }
}

function lastDay(start: string, b: Bucket): string {
  return addDays(next(start, b), -1);
}

/** Bucket starts covering [from, to]: the first is the bucket from falls in (as Neo4j's date.truncate). */
function bucketStarts(from: string, to: string, b: Bucket): string[] {
  const out: string[] = [];
  for (let s = truncate(from, b); s <= to && out.length <= MAX_BUCKETS; s = next(s, b)) out.push(s);
  return out;
}
