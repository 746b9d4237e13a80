import type { Command } from '../command.ts';
import { stopLocalServer } from '../../db/local/local-server.ts';

export const dbStop: Command = {
  path: ['db', 'stop'],
  summary: 'stop the local Neo4j (its data stays in .data/neo4j)',
  usage: 'db stop',
  async run(_args, ctx) {
    const stopped = await stopLocalServer(ctx.config.local.dataDir);
    ctx.print(stopped ? 'Stopped the local Neo4j.' : 'No local Neo4j was running.');
    return 0;
  },
};
