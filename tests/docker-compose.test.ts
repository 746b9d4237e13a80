import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../src/config/config.ts';
import { API_NODE_FLAGS } from '../src/server/api-node-flags.ts';

// No Docker engine runs here, so the compose file is checked by reading it.
describe('docker-compose.yml', async () => {
  const compose = parse(await readFile(path.join(projectRoot(), 'docker-compose.yml'), 'utf8'));
  const neo4j = compose.services.neo4j;
  const api = compose.services.api;

  it('when read, then Neo4j is 5.26 community with APOC and GDS', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(JSON.parse(neo4j.environment.NEO4J_PLUGINS)).toEqual(['apoc', 'graph-data-science']);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
  });

  it('when read, then Neo4j has a healthcheck and keeps its data in a named volume', () => {
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    const [volume, mount] = neo4j.volumes[0].split(':');
    expect(mount).toBe('/data');
    expect(compose.volumes).toHaveProperty(volume);
  });

  it('when read, then ports are published on loopback only', () => {
    expect(neo4j.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(api.ports).toEqual(['127.0.0.1:4000:4000']);
  });

  it('when read, then the API is built here, waits for a healthy Neo4j and is wired to it by NEO4J_URI', () => {
    expect(api.build).toBe('.');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.NEO4J_PASSWORD).toBe(neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, ''));
    expect(api.environment.HOST).toBe('0.0.0.0');
  });

  it('when read, then the Dockerfile starts the same main job as npm start', async () => {
    const dockerfile = await readFile(path.join(projectRoot(), 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/CMD \["node", (?:"--[a-z-]+=\d+", )*"bin\/quotegraph.js", "start"\]/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });

  it(
    'when npm start and the image start the API, ' +
      'then both pass the API node flags (the memory the benchmarks measure)',
    async () => {
      const pkg = JSON.parse(await readFile(path.join(projectRoot(), 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      };
      expect(pkg.scripts.start).toBe(`node ${API_NODE_FLAGS.join(' ')} bin/quotegraph.js start`);
      const dockerfile = await readFile(path.join(projectRoot(), 'Dockerfile'), 'utf8');
      expect(dockerfile).toContain(
        `CMD ${JSON.stringify(['node', ...API_NODE_FLAGS, 'bin/quotegraph.js', 'start']).replaceAll(',', ', ')}`,
      );
    },
  );
});
