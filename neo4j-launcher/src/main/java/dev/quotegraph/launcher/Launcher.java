package dev.quotegraph.launcher;

import java.util.Optional;

/**
 * Starts the Neo4j community server (the same entry point `neo4j console` uses) and, when
 * -Dquotegraph.parentPid is set, stops it as soon as that process is gone.
 *
 * Why the watchdog: `npm start` owns the server it started. Ctrl-C reaches both processes, but a
 * parent killed with SIGKILL (or a crashed test runner) would otherwise leave an orphaned Neo4j
 * holding the data directory's lock, and the next start would fail on it.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Optional.ofNullable(System.getProperty("quotegraph.parentPid"))
                .map(Long::parseLong)
                .flatMap(ProcessHandle::of)
                .ifPresent(Launcher::exitWhenGone);
        org.neo4j.server.CommunityEntryPoint.main(args);
    }

    private static void exitWhenGone(ProcessHandle parent) {
        parent.onExit().thenRun(() -> {
            System.out.println("quotegraph launcher: parent process " + parent.pid() + " exited; stopping Neo4j");
            // System.exit runs Neo4j's shutdown hook, which checkpoints and releases the store lock.
            System.exit(0);
        });
    }
}
