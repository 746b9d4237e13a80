// What every JSON-lines importer reads first: a line as one JSON object, and an http(s) url in it.

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The line as a JSON object, or why it is not one ("not JSON", "not a JSON object"). */
export function objectOfLine(line: string): { object: JsonObject } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not JSON' };
  }
  return isObject(value) ? { object: value } : { error: 'not a JSON object' };
}

/** The url normalised when it is an http(s) address, else null. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
