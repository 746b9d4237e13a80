import path from 'node:path';

/** Where the local server's files live. One home per data directory; a home is used by one process. */
export interface LocalLayout {
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  consoleLog: string;
  stateFile: string;
  credentialsFile: string;
}

export function localLayout(dataDir: string): LocalLayout {
  const home = path.join(dataDir, 'neo4j');
  return {
    home,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    run: path.join(home, 'run'),
    consoleLog: path.join(home, 'logs', 'console.log'),
    stateFile: path.join(home, 'run', 'quotegraph-server.json'),
    credentialsFile: path.join(dataDir, 'credentials.json'),
  };
}

/** The Maven project that resolves Neo4j, APOC, GDS and the Browser, and builds the launcher main. */
export interface LauncherLayout {
  dir: string;
  pom: string;
  lib: string;
  plugins: string;
  jar: string;
  logConfigs: string;
  marker: string;
}

export function launcherLayout(root: string): LauncherLayout {
  const dir = path.join(root, 'neo4j-launcher');
  const target = path.join(dir, 'target');
  return {
    dir,
    pom: path.join(dir, 'pom.xml'),
    lib: path.join(target, 'lib'),
    plugins: path.join(target, 'plugins'),
    jar: path.join(target, 'neo4j-launcher-1.0.0.jar'),
    logConfigs: path.join(dir, 'conf'),
    marker: path.join(target, 'quotegraph-resolved.json'),
  };
}
