import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { AppError } from '../../errors/app-error.ts';
import type { LauncherLayout } from './layout.ts';
import { checkMaven } from './prerequisites.ts';

export interface ResolvedVersions {
  neo4j: string;
  apoc: string;
  gds: string;
  browser: string;
}

/**
 * Makes sure neo4j-launcher/target holds the server classpath, the plugin jars and the launcher,
 * fetching them through Maven on the first run (about 150 MB from Maven Central). A marker keyed
 * by the pom's hash makes later runs skip Maven entirely, and re-resolve when the pom changes.
 */
export async function resolveJars(layout: LauncherLayout, say: (line: string) => void): Promise<ResolvedVersions> {
  const pom = await readFile(layout.pom, 'utf8');
  const pomHash = createHash('sha256').update(pom).digest('hex');
  const versions = versionsOf(pom);
  const marker = await readFile(layout.marker, 'utf8').then(
    (s) => JSON.parse(s) as { pomHash: string },
    () => null,
  );
  if (marker?.pomHash === pomHash) return versions;

  checkMaven();
  say(
    `Fetching Neo4j ${versions.neo4j} (community), APOC ${versions.apoc}, GDS ${versions.gds} and Neo4j Browser ` +
      `${versions.browser} from Maven Central. First run only; this takes a few minutes.`,
  );
  await runMaven(layout.dir, say);
  await writeFile(layout.marker, JSON.stringify({ pomHash, versions, resolvedAt: new Date().toISOString() }, null, 2));
  say('Neo4j jars are ready.');
  return versions;
}

function versionsOf(pom: string): ResolvedVersions {
  const prop = (name: string) => {
    const m = new RegExp(`<${name}>([^<]+)</${name}>`).exec(pom);
    if (!m) throw new AppError('CONFIGURATION', `neo4j-launcher/pom.xml has no <${name}> property`);
    return m[1]!;
  };
  return {
    neo4j: prop('neo4j.version'),
    apoc: prop('apoc.version'),
    gds: prop('gds.version'),
    browser: prop('browser.version'),
  };
}

function runMaven(cwd: string, say: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', 'package', '-DskipTests'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let artifacts = 0;
    let lastReport = Date.now();
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (/Downloaded from|Downloading from|BUILD/.test(line) || /^\[INFO\] --- /.test(line)) {
        if (line.includes('Downloaded from')) artifacts++;
        if (Date.now() - lastReport > 5000) {
          lastReport = Date.now();
          say(`  … Maven is still working (${artifacts} files fetched so far)`);
        }
      }
    };
    let buffer = '';
    const feed = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    mvn.stdout.on('data', feed);
    mvn.stderr.on('data', feed);
    mvn.on('error', (err) => reject(new AppError('CONFIGURATION', `could not run mvn: ${err.message}`)));
    mvn.on('close', (code) => {
      if (code === 0) return resolve();
      reject(
        new AppError(
          'CONFIGURATION',
          `Maven could not fetch the Neo4j jars (exit ${code}). Is Maven Central reachable? Last ` +
            `lines:\n${tail.join('\n')}`,
        ),
      );
    });
  });
}
