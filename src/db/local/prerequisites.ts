import { spawnSync } from 'node:child_process';
import { AppError } from '../../errors/app-error.ts';

const alternatives =
  'Alternatively set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use an existing Neo4j 5.26 server, ' +
  'or run `docker compose up` (see README).';

/** Checks for a Java 17 or 21 runtime, the versions Neo4j 5.26 runs on; returns its major version. */
export function checkJava(java: string): number {
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) {
    throw new AppError(
      'CONFIGURATION',
      `Java was not found (tried "${java}"). The local Neo4j needs a Java 17 runtime: install it ` +
        '(Debian/Ubuntu: apt-get install openjdk-17-jre-headless; macOS: brew install openjdk@17) or set ' +
        `JAVA_HOME. ${alternatives}`,
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  const major = m ? Number(m[1] === '1' ? m[2] : m[1]) : NaN;
  if (!(major === 17 || major === 21)) {
    throw new AppError(
      'CONFIGURATION',
      `Neo4j 5.26 runs on Java 17 or 21, but "${java}" is Java ` +
        (Number.isNaN(major) ? 'of an unknown version' : major) +
        '. ' +
        `Point JAVA_HOME at a Java 17 installation. ${alternatives}`,
    );
  }
  return major;
}

export function checkMaven(): void {
  const out = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) {
    throw new AppError(
      'CONFIGURATION',
      `Maven (mvn) was not found. The first start fetches Neo4j from Maven Central with it: install Maven ` +
        `(Debian/Ubuntu: apt-get install maven; macOS: brew install maven). ${alternatives}`,
    );
  }
}
