import { projectRoot } from '../config/config.ts';
import { buildDashboard } from './build-dashboard.ts';

/**
 * Builds the dashboard (web/ → dist/web) and says so; returns the exit code. `ifStale` (npm's
 * prestart) skips it when nothing changed, and only warns when Vite is not installed (a production
 * install serves the API without it).
 */
export async function runDashboardBuild({ ifStale }: { ifStale: boolean }): Promise<number> {
  try {
    const started = Date.now();
    const built = await buildDashboard(projectRoot(), { ifStale });
    if (built)
      process.stderr.write(`Built the dashboard into dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    return 0;
  } catch (err) {
    const missingVite =
      (err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes('vite');
    if (ifStale && missingVite) {
      process.stderr.write('Vite is not installed (npm ci --omit=dev?): the dashboard at / is not built.\n');
      return 0;
    }
    process.stderr.write(`Could not build the dashboard: ${(err as Error).message}\n`);
    return 1;
  }
}
