import { parseArgs } from 'node:util';
import { addKeyToFile, formatKeyLine, hashApiKey, newApiKey, Roles, type Role } from '../../auth/api-keys.ts';
import type { Command } from '../command.ts';

/**
 * Makes a new API key: prints the key once on stdout (it is not stored anywhere), stores only its
 * sha256 in the key file, and prints the line for QUOTEGRAPH_API_KEYS for deployments without it.
 */
export const apikeyCreate: Command = {
  path: ['apikey', 'create'],
  summary: 'create an API key (printed once; only its hash is stored)',
  usage: 'apikey create --name NAME --role reader|editor|admin [--no-save]',
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: { name: { type: 'string' }, role: { type: 'string' }, 'no-save': { type: 'boolean' } },
    });
    const name = values.name ?? '';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) {
      ctx.say('apikey create: --name NAME is needed (letters, digits, . _ -; at most 64)');
      return 2;
    }
    if (!(Roles as readonly string[]).includes(values.role ?? '')) {
      ctx.say(`apikey create: --role must be one of ${Roles.join(', ')}`);
      return 2;
    }
    const key = newApiKey();
    const entry = { name, role: values.role as Role, sha256: hashApiKey(key) };
    if (!values['no-save']) {
      await addKeyToFile(ctx.config.security.apiKeysFile, entry);
      ctx.say(
        `Stored the hash of "${name}" (${entry.role}) in ${ctx.config.security.apiKeysFile}; restart the ` +
          'API to use it.',
      );
    }
    ctx.say(`For QUOTEGRAPH_API_KEYS: ${formatKeyLine(entry)}`);
    ctx.say('The key below is shown once and stored nowhere: keep it now. Send it as "Authorization: Bearer <key>".');
    ctx.print(key);
    return 0;
  },
};
