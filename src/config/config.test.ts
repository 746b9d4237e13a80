import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('when nothing is set, then it uses the documented defaults', () => {
    const c = loadConfig({}, '/repo');
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(c.local.dataDir).toBe('/repo/.data');
    expect(c.local.startTimeoutMs).toBe(120_000);
  });

  it('when NEO4J_URI is an Aura URI, then it is accepted', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'x' }, '/repo');
    expect(c.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('when NEO4J_URI has another scheme, then the error names the variable and the reason', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' }, '/repo')).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' }, '/repo')).toThrow(
      /NEO4J_URI: must start with bolt/,
    );
  });

  it('when PORT is not a number, then the error names PORT', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, '/repo')).toThrow(/PORT/);
  });

  it('when a start timeout above 900 s is asked for, then it is refused; 600 s is taken', () => {
    expect(() => loadConfig({ NEO4J_START_TIMEOUT_S: '1200' }, '/repo')).toThrow(/NEO4J_START_TIMEOUT_S/);
    expect(loadConfig({ NEO4J_START_TIMEOUT_S: '600' }, '/repo').local.startTimeoutMs).toBe(600_000);
  });

  it('when a variable is set but empty, then it counts as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }, '/repo').neo4j.uri).toBeUndefined();
  });

  it(
    'when admission limits are not set, ' +
      'then each class gets its default; a set one is read as in flight, queued, wait ms',
    () => {
      const c = loadConfig({ ADMISSION_ANALYTICS: '1, 0, 250' }, '/repo');
      expect(c.admission.analytics).toEqual({ inFlight: 1, queued: 0, waitMs: 250 });
      expect(c.admission.page).toEqual({ inFlight: 3, queued: 64, waitMs: 1000 });
      expect(c.influenceCache).toEqual({ ttlMs: 60_000, entries: 200 });
    },
  );

  it('when an admission limit is malformed or 0 in flight, then the error names the variable and the reason', () => {
    expect(() => loadConfig({ ADMISSION_PAGE: '6,64' }, '/repo')).toThrow(
      /ADMISSION_PAGE: must be "in flight,queued,wait ms"/,
    );
    expect(() => loadConfig({ ADMISSION_LOOKUP: '0,10,100' }, '/repo')).toThrow(
      /ADMISSION_LOOKUP: in flight must be 1-256/,
    );
  });
});
