// The domain model: what the queries read and the API serves, below both. It imports nothing
// outside this folder; every layer above may import it (tests/architecture/layers.test.ts).
export * from './attribution-methods.ts';
export * from './documents.ts';
export * from './entities.ts';
export * from './entity-kinds.ts';
export * from './facts.ts';
export * from './pages.ts';
export * from './paths.ts';
export * from './search.ts';
export * from './time.ts';
export * from './unattributed-reasons.ts';
export * from './conflicts.ts';
export * from './lineage.ts';
