import type { CypherTx } from '../../db/database.ts';

export interface PluginInfo {
  name: 'apoc' | 'gds';
  version: string;
}

export interface Neo4jInfo {
  version: string;
  edition: string;
  plugins: PluginInfo[];
}

export async function readServerInfo(tx: CypherTx): Promise<Neo4jInfo> {
  const kernel = await tx.one('system/components');
  const installed = (await tx.one('system/installed-plugins'))?.names ?? [];
  const plugins: PluginInfo[] = [];
  if (installed.includes('apoc.version'))
    plugins.push({ name: 'apoc', version: (await tx.one('system/apoc-version'))!.version });
  if (installed.includes('gds.version'))
    plugins.push({ name: 'gds', version: (await tx.one('system/gds-version'))!.version });
  return { version: kernel?.version ?? 'unknown', edition: kernel?.edition ?? 'unknown', plugins };
}
