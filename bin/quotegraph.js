#!/usr/bin/env node
// The `quotegraph` command. It runs the JavaScript that `npm ci` compiled into build/, or, when
// src/ changed since, the TypeScript sources through tsx (docs/decisions/0007).
import { importSource } from './import-source.js';

const { main } = await importSource('cli/main');
process.exitCode = await main(process.argv.slice(2));
