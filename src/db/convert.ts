import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
} from 'neo4j-driver';

/**
 * Neo4j values to plain JSON-friendly values, applied to every record at the boundary so no
 * driver type (Integer, Date, Node) leaks past db/. Dates become ISO strings ("2026-02-15").
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans: answer them before the driver-type checks, which
  // each probe the value's properties (a timeline page converts thousands of values).
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value)) return { labels: value.labels, ...fromNeo4jMap(value.properties) };
  if (isRelationship(value)) return { type: value.type, ...fromNeo4jMap(value.properties) };
  if (isPath(value)) {
    return value.segments.map((s) => ({
      start: fromNeo4j(s.start),
      relationship: fromNeo4j(s.relationship),
      end: fromNeo4j(s.end),
    }));
  }
  return fromNeo4jMap(value as Record<string, unknown>);
}

function fromNeo4jMap(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(map)) out[k] = fromNeo4j(v);
  return out;
}
