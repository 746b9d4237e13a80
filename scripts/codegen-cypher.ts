// Writes src/db/cypher.generated.ts from the headers of cypher/**/*.cypher (run by `npm run codegen`).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../src/config/config.ts';
import { CypherRegistry } from '../src/db/cypher-registry.ts';
import { exportedNames, renderStatementTypes } from '../src/db/render-statement-types.ts';

const root = projectRoot();
const registry = await CypherRegistry.load(path.join(root, 'cypher'));
const exported = exportedNames(await readFile(path.join(root, 'src/db/row-types.ts'), 'utf8'));
const target = path.join(root, 'src/db/cypher.generated.ts');
await writeFile(target, renderStatementTypes(registry.all(), exported));
console.log(`wrote ${path.relative(root, target)}: ${registry.all().length} statements`);
