#!/usr/bin/env node
// The `quotegraph` command. The sources are TypeScript run through tsx's loader, so a clone works
// after `npm ci` with no build step (docs/decisions/0002-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
