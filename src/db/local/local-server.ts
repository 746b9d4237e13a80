import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors/app-error.ts';
import type { Config } from '../../config/config.ts';
import { loadOrCreateCredentials, type Credentials } from './credentials.ts';
import { launcherLayout, localLayout, type LocalLayout } from './layout.ts';
import { portIsFree } from './port-is-free.ts';
import { checkJava } from './prerequisites.ts';
import { resolveJars } from './resolve-jars.ts';
import { isAlive, readServerState, removeServerState, writeServerState, type ServerState } from './server-state.ts';
import { waitForLogLine } from './wait-for-line.ts';
import { writeServerConfig } from './write-server-config.ts';

export interface LocalServerOptions {
  config: Config;
  dataDir: string;
  boltPort: number;
  /** null: no HTTP connector and no Browser */
  httpPort: number | null;
  /** keep running after this process exits (`quotegraph db start`) */
  detached: boolean;
  startedBy: string;
  say: (line: string) => void;
}

export interface LocalServer {
  uri: string;
  credentials: Credentials;
  pid: number;
  httpPort: number | null;
  dataDir: string;
  /** false when we found a server someone else started; stop() then leaves it alone */
  startedHere: boolean;
  /** the log a crashed server left its last words in */
  consoleLog: string;
  /**
   * Calls `listener` once if the server this process started exits without being asked to by stop()
   * (killed, ended by -XX:+ExitOnOutOfMemoryError, or stopped by another process). Never for a
   * server found running.
   */
  onUnexpectedExit(listener: (exit: ServerExit) => void): void;
  stop(): Promise<void>;
}

/** How a server process ended: its exit code, or the signal that killed it. */
export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
];

/** The local server running on this data directory, if any (started by `npm start` or `db start`). */
export async function findLocalServer(
  dataDir: string,
): Promise<{ state: ServerState; credentials: Credentials } | null> {
  const layout = localLayout(dataDir);
  const state = await readServerState(layout.stateFile);
  if (!state) return null;
  if (!isAlive(state.pid)) {
    await removeServerState(layout.stateFile);
    return null;
  }
  return { state, credentials: await loadOrCreateCredentials(layout.credentialsFile) };
}

export async function startLocalServer(opts: LocalServerOptions): Promise<LocalServer> {
  const local = localLayout(opts.dataDir);
  const running = await findLocalServer(opts.dataDir);
  if (running) {
    opts.say(`Using the local Neo4j already running on ${running.state.uri} (pid ${running.state.pid}).`);
    return describe(
      running.state,
      running.credentials,
      opts.dataDir,
      local,
      false,
      async () => {},
      () => {},
    );
  }

  checkJava(opts.config.local.java);
  const launcher = launcherLayout(opts.config.root);
  const versions = await resolveJars(launcher, opts.say);
  for (const port of [opts.boltPort, opts.httpPort]) {
    if (port !== null && !(await portIsFree(port))) {
      throw new AppError(
        'CONFIGURATION',
        `port ${port} on 127.0.0.1 is in use by another program; choose other ports with NEO4J_BOLT_PORT / ` +
          'NEO4J_HTTP_PORT, or set NEO4J_URI to use that server',
      );
    }
  }
  const credentials = await loadOrCreateCredentials(local.credentialsFile);
  await writeServerConfig(local, launcher, {
    boltPort: opts.boltPort,
    httpPort: opts.httpPort,
    heap: opts.config.local.heap,
    pageCache: opts.config.local.pageCache,
  });
  setInitialPassword(opts.config.local.java, local, launcher.lib, credentials.password);

  const classpath = [launcher.jar, path.join(launcher.lib, '*'), path.join(launcher.plugins, '*')].join(path.delimiter);
  const args = [
    `-Xms${opts.config.local.heap}`,
    `-Xmx${opts.config.local.heap}`,
    ...JVM_FLAGS,
    ...(opts.detached ? [] : [`-Dquotegraph.parentPid=${process.pid}`]),
    '-cp',
    classpath,
    'dev.quotegraph.launcher.Launcher',
    `--home-dir=${local.home}`,
    `--config-dir=${local.conf}`,
    '--console-mode',
  ];
  const offset = existsSync(local.consoleLog) ? statSync(local.consoleLog).size : 0;
  const out = openSync(local.consoleLog, 'a');
  const child = spawn(opts.config.local.java, args, {
    cwd: local.home,
    stdio: ['ignore', out, out],
    detached: opts.detached,
    env: { ...process.env, NEO4J_HOME: local.home, NEO4J_CONF: local.conf },
  });
  closeSync(out);
  opts.say(`Starting Neo4j ${versions.neo4j} in ${local.home} (Bolt 127.0.0.1:${opts.boltPort}) …`);
  try {
    await waitForLogLine(
      local.consoleLog,
      offset,
      { ready: /\bINFO\s+Started\./, failed: /ERROR\s+Failed to start/ },
      child,
      opts.config.local.startTimeoutMs,
    );
  } catch (err) {
    child.kill('SIGKILL');
    const tail = (err as { logTail?: string }).logTail ?? '';
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `the local Neo4j did not start: ${(err as Error).message}. Its log is ${local.consoleLog}; last lines:\n${tail}`,
    );
  }
  if (opts.detached) child.unref();
  const state: ServerState = {
    pid: child.pid!,
    uri: `bolt://127.0.0.1:${opts.boltPort}`,
    boltPort: opts.boltPort,
    httpPort: opts.httpPort,
    user: credentials.user,
    startedAt: new Date().toISOString(),
    startedBy: opts.startedBy,
    neo4jVersion: versions.neo4j,
  };
  await writeServerState(local.stateFile, state);
  let stopping = false;
  const onUnexpectedExit = (listener: (exit: ServerExit) => void) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      if (!stopping) listener({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once('exit', (code, signal) => {
      if (!stopping) listener({ code, signal });
    });
  };
  const stop = () => {
    stopping = true;
    return stopChild(child, local);
  };
  return describe(state, credentials, opts.dataDir, local, true, stop, onUnexpectedExit);
}

/** Stops the local server of a data directory, whoever started it. Returns false when none ran. */
export async function stopLocalServer(dataDir: string): Promise<boolean> {
  const local = localLayout(dataDir);
  const state = await readServerState(local.stateFile);
  if (!state || !isAlive(state.pid)) {
    await removeServerState(local.stateFile);
    return false;
  }
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  // Not our child: there is no exit event to wait on, so ask the OS until it is gone.
  while (isAlive(state.pid)) {
    if (Date.now() > deadline) process.kill(state.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
  }
  await removeServerState(local.stateFile);
  return true;
}

function describe(
  state: ServerState,
  credentials: Credentials,
  dataDir: string,
  local: LocalLayout,
  startedHere: boolean,
  stop: () => Promise<void>,
  onUnexpectedExit: LocalServer['onUnexpectedExit'],
): LocalServer {
  return {
    uri: state.uri,
    credentials,
    pid: state.pid,
    httpPort: state.httpPort,
    dataDir,
    startedHere,
    consoleLog: local.consoleLog,
    onUnexpectedExit,
    stop,
  };
}

async function stopChild(child: ChildProcess, local: LocalLayout): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
  }
  await removeServerState(local.stateFile);
}

/** Authentication is on from the first start: the password is set before the store exists. */
function setInitialPassword(java: string, local: LocalLayout, lib: string, password: string): void {
  if (existsSync(path.join(local.data, 'dbms', 'auth.ini')) || existsSync(path.join(local.data, 'databases', 'system')))
    return;
  const out = spawnSync(
    java,
    ['-cp', path.join(lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    {
      env: { ...process.env, NEO4J_HOME: local.home, NEO4J_CONF: local.conf },
      encoding: 'utf8',
    },
  );
  if (out.status !== 0) {
    throw new AppError(
      'CONFIGURATION',
      `could not set the local Neo4j's initial password: ${out.stderr || out.stdout}`,
    );
  }
}
