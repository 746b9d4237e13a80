import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config.ts';
import { launcherLayout, localLayout } from './layout.ts';
import { checkJava } from './prerequisites.ts';
import { resolveJars } from './resolve-jars.ts';
import { writeServerConfig } from './write-server-config.ts';

export interface AdminRun {
  code: number | null;
  /** stdout and stderr as they came, progress lines ("Files: 3/73, data: 4%") left out */
  output: string;
}

export interface AdminOptions {
  /** fed to neo4j-admin's standard input (`--from-stdin`) */
  stdinFile?: string;
  /** run on the home of another data folder (a scratch one) instead of the local server's */
  dataDir?: string;
}

/** neo4j-admin on a server home: `run(['database', 'dump', 'neo4j', ...])`. */
export type AdminTool = (args: string[], opts?: AdminOptions) => Promise<AdminRun>;

/**
 * Neo4j's own neo4j-admin, from the jars the project already resolves: its entry point
 * org.neo4j.cli.AdminTool is in neo4j-command-line, and the `database dump` / `database load`
 * commands register themselves from neo4j-dbms, both on the server classpath. It reads the data
 * directories from the conf/neo4j.conf the server start writes; a data folder that never ran a server
 * (or a scratch folder) gets that file here, with the configured settings.
 */
export async function adminTool(config: Config, say: (line: string) => void): Promise<AdminTool> {
  checkJava(config.local.java);
  const launcher = launcherLayout(config.root);
  await resolveJars(launcher, say);
  const settings = {
    boltPort: config.local.boltPort,
    httpPort: config.local.httpPort,
    heap: config.local.heap,
    pageCache: config.local.pageCache,
  };
  return async (args, { stdinFile, dataDir = config.local.dataDir } = {}) => {
    const local = localLayout(dataDir);
    if (!existsSync(path.join(local.conf, 'neo4j.conf'))) await writeServerConfig(local, launcher, settings);
    return new Promise((resolve, reject) => {
      const child = spawn(
        config.local.java,
        ['-cp', path.join(launcher.lib, '*'), 'org.neo4j.cli.AdminTool', ...args],
        {
          cwd: local.home,
          env: { ...process.env, NEO4J_HOME: local.home, NEO4J_CONF: local.conf },
          stdio: [stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
      if (stdinFile) {
        const input = createReadStream(stdinFile);
        input.on('error', (err) => {
          child.kill('SIGTERM');
          reject(err);
        });
        // neo4j-admin stops reading when it rejects the archive; the rest of the file has nowhere to go
        child.stdin!.on('error', () => {});
        input.pipe(child.stdin!);
      }
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({
          code,
          output: output
            .split('\n')
            .filter((l) => l.trim() && !/^Files: \d+\/\d+, data:/.test(l))
            .join('\n'),
        }),
      );
    });
  };
}

/** What neo4j-admin said about a failure, without its generic last line and its repeats. */
export function adminReason(run: AdminRun): string {
  const lines = run.output.split('\n').filter((l, i, all) => !/^Run with '--verbose'/.test(l) && l !== all[i - 1]);
  return lines.slice(-6).join('\n') || `neo4j-admin exited with code ${run.code} and said nothing`;
}
