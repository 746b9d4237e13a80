// npm's prestart: brings build/ (the compiled CLI) and dist/web (the dashboard) up to date, each
// only when its sources changed, without tsx's start-up cost when both are (docs/decisions/0007).
import { importSource } from '../bin/import-source.js';
import { buildCli } from './build-cli.js';

try {
  buildCli({ ifStale: true });
} catch (err) {
  // not fatal: `quotegraph start` then runs the sources through tsx and says so
  process.stderr.write(`${err.message}\n`);
}
const { runDashboardBuild } = await importSource('dashboard/run-dashboard-build');
process.exitCode = await runDashboardBuild({ ifStale: true });
