// Builds the dashboard (web/ → dist/web): `npm run build:web`, and the Docker image's web stage.
// `--if-stale` skips it when nothing changed (npm's prestart does that through scripts/prestart.js).
import { runDashboardBuild } from '../src/dashboard/run-dashboard-build.ts';

process.exitCode = await runDashboardBuild({ ifStale: process.argv.includes('--if-stale') });
